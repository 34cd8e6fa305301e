"""Demo country profiles: how peer support stands in fourteen European countries.

Written for demonstration: plausible summaries in general terms, no named people, and
organisations described by what they are rather than by name.
"""

from datetime import timedelta

from django.utils import timezone

from practices.models import Status

from .models import CountryProfile, Occupation

PROFILES = [
    {
        "country": "HU",
        "summary": "Peer support in Hungary grew out of patient and family associations and "
        "a few pioneering psychiatric wards. Trained peer workers now take part in several "
        "community services, mostly through time-limited projects.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Peer workers are employed in some community mental-health services "
        "and day centres, usually on project funding. There is no national job title yet, "
        "so contracts use titles such as *assistant* or *mentor*.",
        "certification": "Training is offered by patient organisations as a multi-week "
        "course with supervised placements. Certificates are issued by the training "
        "organisation and are not yet part of the national qualifications register.",
        "funding": "Mostly European and foundation grants, with some local-authority "
        "contracts. Services say that the end of a project often means the end of a post.",
        "networks": "- A national association of people with lived experience of mental "
        "illness\n- A network of family and carer associations\n- Regional peer-support "
        "groups meeting in larger towns",
    },
    {
        "country": "NL",
        "summary": "The Netherlands has one of Europe's most developed peer-support "
        "fields. Experts by experience work in most mental-health and addiction services, "
        "and the role has its own professional standards.",
        "occupation_status": Occupation.RECOGNISED,
        "occupation": "Experts by experience (*ervaringsdeskundigen*) hold paid posts in "
        "mental-health trusts, addiction care, social services and municipalities, with "
        "their own job profile and career steps.",
        "certification": "Vocational and higher-education courses lead to a recognised "
        "qualification. A professional register records practitioners who meet the "
        "profession's standards and keep up their learning.",
        "funding": "Posts are paid from the services' regular budgets and from municipal "
        "social-support funds; peer-run recovery initiatives often combine both.",
        "networks": "- A professional association of experts by experience\n- Recovery "
        "colleges and self-help centres in most regions\n- A national platform for "
        "client-run initiatives",
    },
    {
        "country": "BE",
        "summary": "Belgium employs experts by experience in hospitals and community "
        "services in both Flanders and Wallonia. Training and employment differ between "
        "the regions.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Many psychiatric hospitals and mobile teams employ at least one "
        "expert by experience. Employment terms vary by region and by service.",
        "certification": "Regional training centres run courses of several months with "
        "placements; a shared national qualification is under discussion.",
        "funding": "Regional and federal health budgets, with project funding for new "
        "initiatives such as recovery colleges.",
        "networks": "- Regional networks of experts by experience in Flanders and in "
        "Wallonia\n- Family and carer associations\n- Recovery colleges in several cities",
    },
    {
        "country": "FI",
        "summary": "Finland relies widely on experts by experience, who co-teach, sit on "
        "development groups and support people in services. Associations organise most of "
        "the training.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Experts by experience are usually paid per assignment rather than "
        "employed; a growing number of services create salaried posts.",
        "certification": "Associations offer a standard training of roughly six months, "
        "which many employers ask for. There is no state qualification.",
        "funding": "Non-governmental organisations receive state funding for peer "
        "activities; services pay fees for individual assignments.",
        "networks": "- A national network of expert-by-experience associations\n- Mental "
        "health and substance-use associations with local groups\n- Clubhouses in many "
        "towns",
    },
    {
        "country": "GB",
        "summary": "In the United Kingdom, peer support workers are part of many NHS "
        "mental-health teams, and peer-led charities have a long history. Roles, pay "
        "bands and training differ between the four nations.",
        "occupation_status": Occupation.RECOGNISED,
        "occupation": "Peer support worker is an established NHS job title with a pay band "
        "and a route to senior and supervisory posts.",
        "certification": "A national apprenticeship standard and several accredited "
        "college courses exist; many employers also train their own peer workers.",
        "funding": "NHS budgets fund most posts; charities rely on grants, contracts and "
        "donations.",
        "networks": "- Peer-led charities and user-led organisations in each nation\n- "
        "Recovery colleges in most regions\n- A national network for peer-support "
        "practitioners",
    },
    {
        "country": "DE",
        "summary": "Germany trains peer workers through a well-known one-year course "
        "developed with people in recovery, and employs them in hospitals and community "
        "services.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Hospitals and community psychiatry services employ peer workers, "
        "often part-time. A specific entitlement in social law is still being debated.",
        "certification": "A one-year course with placements, offered in many cities, is "
        "widely accepted by employers. Certificates are issued by the course providers.",
        "funding": "Health-insurance and social-care budgets for the services that employ "
        "peers; training is often paid by the participant or by job centres.",
        "networks": "- A national association of trained peer workers\n- Self-help "
        "associations of people with psychiatric experience\n- Trialogue groups in many "
        "cities",
    },
    {
        "country": "AT",
        "summary": "Austria has a small but active peer field. Peer workers are employed "
        "in some psychosocial services, mainly in the larger cities.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Peer posts exist in psychosocial services in several federal "
        "states; conditions depend on the state and the employer.",
        "certification": "Courses based on the German one-year model are offered in "
        "Austria; there is no federal qualification.",
        "funding": "Federal-state social budgets and project grants.",
        "networks": "- A national umbrella of self-help and user organisations\n- Peer "
        "groups and trialogue groups in the state capitals",
    },
    {
        "country": "IE",
        "summary": "Ireland introduced peer support workers into its public mental-health "
        "services in the last decade, alongside recovery education and family peer "
        "support.",
        "occupation_status": Occupation.RECOGNISED,
        "occupation": "The public health service employs peer support workers and family "
        "peer support workers in community mental-health teams.",
        "certification": "A university-based certificate in peer support practice is the "
        "usual entry route.",
        "funding": "Posts are funded by the national health budget; recovery education "
        "is funded partly by the same source and partly by charities.",
        "networks": "- A national recovery-education network\n- Voluntary mental-health "
        "organisations with local branches\n- Family and carer support groups",
    },
    {
        "country": "PT",
        "summary": "Portugal's peer support is led mainly by user associations, with a "
        "few services starting to include peer workers in their teams.",
        "occupation_status": Occupation.NOT_RECOGNISED,
        "occupation": "Peer support is mostly voluntary. Some community projects pay peer "
        "facilitators for the length of a project.",
        "certification": "Associations and universities have run pilot training courses; "
        "there is no recognised qualification yet.",
        "funding": "Project grants, some municipal support and volunteering.",
        "networks": "- User and family associations in Lisbon, Porto and other cities\n- "
        "Mutual-help groups for mental health and addiction",
    },
    {
        "country": "SI",
        "summary": "Slovenia has a strong tradition of community mental health and user "
        "involvement; peer workers support people in community services and in "
        "de-institutionalisation projects.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Non-governmental organisations employ peer workers; public "
        "services have begun to follow in pilot projects.",
        "certification": "Training is provided by non-governmental organisations, some "
        "of it verified by the national social-care authorities.",
        "funding": "Public tenders for social-care programmes and European projects.",
        "networks": "- Non-governmental mental-health organisations with day centres\n- "
        "User groups and advocacy networks",
    },
    {
        "country": "ES",
        "summary": "Spain's peer support is growing through regional programmes in which "
        "people with lived experience accompany others in services and in the community.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Several regions employ peer workers in mental-health services, "
        "often through first-person associations.",
        "certification": "Regional courses and university extension courses; no national "
        "qualification.",
        "funding": "Regional health and social budgets, with support from foundations.",
        "networks": "- First-person (lived-experience) associations in several regions\n- "
        "A national confederation of family and user associations",
    },
    {
        "country": "IT",
        "summary": "Italy's community mental-health services involve users and families "
        "in many ways; peer roles are known under several names and differ from region "
        "to region.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Some local health authorities pay peer supporters, often through "
        "social co-operatives or associations.",
        "certification": "Regional and local courses; no national qualification.",
        "funding": "Local health-authority budgets and social co-operatives.",
        "networks": "- Associations of users and families in many provinces\n- Social "
        "co-operatives that employ people with lived experience",
    },
    {
        "country": "PL",
        "summary": "Poland's mental-health reform introduced community centres, and some "
        "of them include recovery assistants with lived experience.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Recovery assistants work in community mental-health centres that "
        "take part in the reform programme.",
        "certification": "Courses run by non-governmental organisations and universities "
        "prepare recovery assistants; the title is not yet a registered occupation.",
        "funding": "The national health fund's pilot budgets for community centres.",
        "networks": "- Associations of people with lived experience\n- Family "
        "associations and self-help groups",
    },
    {
        "country": "SE",
        "summary": "Sweden has user-led organisations with a long history and a growing "
        "number of peer workers in psychiatry and social services.",
        "occupation_status": Occupation.EMERGING,
        "occupation": "Regions and municipalities employ peer supporters in several "
        "places, often after pilot projects.",
        "certification": "A national training model for peer supporters is used by "
        "several regions; there is no state qualification.",
        "funding": "Regional and municipal budgets, with state development funds.",
        "networks": "- User-led organisations for mental health\n- A national network of "
        "peer supporters",
    },
]


def seed_country_profiles() -> int:
    """Create or update the demo profiles, all published; return how many there are."""
    today = timezone.localdate()
    for position, profile in enumerate(PROFILES):
        data = dict(profile)
        code = data.pop("country")
        CountryProfile.objects.update_or_create(
            country_id=code,
            defaults={
                **data,
                "status": Status.PUBLISHED,
                "last_verified": today - timedelta(days=30 + 11 * position),
            },
        )
    return len(PROFILES)

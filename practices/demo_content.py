"""Demo content for the practices catalogue: invented organisations and practices, original text."""

ORGANISATIONS = [
    {
        "key": "kapocs",
        "name": "Kapocs Peer Support Association",
        "country": "HU",
        "website": "https://kapocs.example.org/",
        "description": (
            "A Budapest association run by people who have come through mental-health difficulties "
            "themselves. It trains peer mentors and places paid peer support workers in hospital "
            "wards and university settings."
        ),
        "contact_email": "hello@kapocs.example.org",
        "contact_email_public": True,
    },
    {
        "key": "mecsek-circle",
        "name": "Mecsek Recovery Circle",
        "country": "HU",
        "website": "https://mecsek-circle.example.org/",
        "description": (
            "A peer-run group in Pécs that has held weekly recovery conversations since 2009. It "
            "now also works with young people and with families across southern Hungary."
        ),
        "contact_email": "info@mecsek-circle.example.org",
        "contact_email_public": False,
    },
    {
        "key": "lantaarn",
        "name": "Stichting Lantaarn Ervaringswerk",
        "country": "NL",
        "website": "https://lantaarn.example.net/",
        "description": (
            "A Utrecht foundation of experts by experience. It trains peer workers for local "
            "mental-health teams and runs peer circles for teenagers who grow up with a parent's "
            "mental-health difficulties."
        ),
        "contact_email": "contact@lantaarn.example.net",
        "contact_email_public": True,
    },
    {
        "key": "tegenwind",
        "name": "Tegenwind Youth Collective",
        "country": "NL",
        "website": "https://tegenwind.example.org/",
        "description": (
            "A Rotterdam collective of young people with lived experience. They run listening "
            "points in secondary schools and a small recovery college for people aged 15 to 25."
        ),
        "contact_email": "hallo@tegenwind.example.org",
        "contact_email_public": True,
    },
    {
        "key": "tweede-adem",
        "name": "Stichting Tweede Adem",
        "country": "NL",
        "website": "https://tweede-adem.example.com/",
        "description": (
            "A Groningen network for people living with long-term physical conditions. It focuses "
            "on emotional wellbeing alongside medical care."
        ),
        "contact_email": "info@tweede-adem.example.com",
        "contact_email_public": False,
    },
    {
        "key": "tuulensuoja",
        "name": "Tuulensuoja Peer Association",
        "country": "FI",
        "website": "https://tuulensuoja.example.org/",
        "description": (
            "A peer association in Tampere that hosts a member-run clubhouse and runs a warmline "
            "in Finnish and Swedish as well as peer-led courses for adults."
        ),
        "contact_email": "toimisto@tuulensuoja.example.org",
        "contact_email_public": True,
    },
    {
        "key": "kivijalka",
        "name": "Kivijalka Youth Peers",
        "country": "FI",
        "website": "https://kivijalka.example.org/",
        "description": (
            "An Oulu organisation led by young adults with lived experience. It offers peer "
            "mentoring and online groups for young people across northern Finland."
        ),
        "contact_email": "moi@kivijalka.example.org",
        "contact_email_public": True,
    },
    {
        "key": "riverside",
        "name": "Riverside Peer Collective",
        "country": "GB",
        "website": "https://riverside-peers.example.org/",
        "description": (
            "A Bristol charity that co-produces recovery education with local services, employs "
            "peer tutors and runs a peer listening scheme for health and care staff."
        ),
        "contact_email": "hello@riverside-peers.example.org",
        "contact_email_public": False,
    },
    {
        "key": "harbour-lines",
        "name": "Harbour Lines Peer Trust",
        "country": "GB",
        "website": "https://harbour-lines.example.org/",
        "description": (
            "A Glasgow trust that runs an evening peer warmline and a peer support service for "
            "people leaving psychiatric hospital."
        ),
        "contact_email": "hello@harbour-lines.example.org",
        "contact_email_public": True,
    },
    {
        "key": "weggefaehrten",
        "name": "Weggefährten Peer-Netzwerk e.V.",
        "country": "DE",
        "website": "https://weggefaehrten.example.org/",
        "description": (
            "A Leipzig network of trained recovery companions who work in outpatient psychiatry "
            "and in the community."
        ),
        "contact_email": "kontakt@weggefaehrten.example.org",
        "contact_email_public": True,
    },
    {
        "key": "ankerplatz",
        "name": "Ankerplatz Sucht-Selbsthilfe e.V.",
        "country": "DE",
        "website": "https://ankerplatz.example.net/",
        "description": (
            "A Hamburg self-help association for people in recovery from alcohol and drug use and "
            "for their families. Its members sponsor newcomers and host online meetings."
        ),
        "contact_email": "info@ankerplatz.example.net",
        "contact_email_public": False,
    },
    {
        "key": "dreiklang",
        "name": "Dreiklang Trialogforum",
        "country": "AT",
        "website": "https://dreiklang.example.org/",
        "description": (
            "A forum in Graz that brings together people with experience of psychosis, relatives "
            "and professionals in open trialogue meetings and in training for health workers."
        ),
        "contact_email": "forum@dreiklang.example.org",
        "contact_email_public": True,
    },
    {
        "key": "sli-nua",
        "name": "Slí Nua Peer Recovery Network",
        "country": "IE",
        "website": "https://slinua.example.org/",
        "description": (
            "A Cork network of people in recovery from addiction and mental-health difficulties. "
            "It also runs a peer listening service for the farming community."
        ),
        "contact_email": "hello@slinua.example.org",
        "contact_email_public": True,
    },
    {
        "key": "caminho",
        "name": "Associação Caminho Partilhado",
        "country": "PT",
        "website": "https://caminho-partilhado.example.org/",
        "description": (
            "A Porto association that offers peer counselling to people living with HIV and, for "
            "many years, hosted support groups for families affected by mental illness."
        ),
        "contact_email": "geral@caminho-partilhado.example.org",
        "contact_email_public": False,
    },
    {
        "key": "sopotnik",
        "name": "Društvo Sopotnik",
        "country": "SI",
        "website": "https://sopotnik.example.org/",
        "description": (
            "A Ljubljana society whose members have their own experience of mental-health "
            "difficulties. It runs a member-managed drop-in centre and has piloted "
            "recovery-college courses."
        ),
        "contact_email": "info@sopotnik.example.org",
        "contact_email_public": True,
    },
    {
        "key": "entre-iguales",
        "name": "Colectivo Entre Iguales",
        "country": "ES",
        "website": "https://entre-iguales.example.org/",
        "description": (
            "A Valencia collective of peer supporters, several of whom have migrated to Spain "
            "themselves, working in mental-health and community settings."
        ),
        "contact_email": "hola@entre-iguales.example.org",
        "contact_email_public": True,
    },
    {
        "key": "pari-passo",
        "name": "Cooperativa Sociale Pari Passo",
        "country": "IT",
        "website": "https://paripasso.example.com/",
        "description": (
            "A Bologna social cooperative that trains and employs peer support workers and "
            "coordinates a peer visiting scheme for older residents."
        ),
        "contact_email": "info@paripasso.example.com",
        "contact_email_public": False,
    },
    {
        "key": "przystan",
        "name": "Fundacja Przystań",
        "country": "PL",
        "website": "https://przystan.example.org/",
        "description": (
            "A Kraków foundation that offers peer counselling for students and support circles for "
            "people who have fled the war in Ukraine."
        ),
        "contact_email": "kontakt@przystan.example.org",
        "contact_email_public": True,
    },
    {
        "key": "jamsides",
        "name": "Föreningen Jämsides",
        "country": "SE",
        "website": "https://jamsides.example.org/",
        "description": (
            "A Göteborg association that runs a warmline staffed by older volunteers and, until "
            "2022, hosted a moderated online peer forum."
        ),
        "contact_email": "info@jamsides.example.org",
        "contact_email_public": True,
    },
    {
        "key": "faellesvejen",
        "name": "Fællesvejen Peer Network",
        "country": "DK",
        "website": "https://faellesvejen.example.net/",
        "description": (
            "An Aarhus network that develops peer-led groups and has trained peer workers for "
            "municipal health and addiction services."
        ),
        "contact_email": "kontakt@faellesvejen.example.net",
        "contact_email_public": False,
    },
    {
        "key": "tugisild",
        "name": "MTÜ Tugisild",
        "country": "EE",
        "website": "https://tugisild.example.org/",
        "description": (
            "A Tartu non-profit run by disabled people. It provides peer counselling for "
            "independent living in Estonian and Russian."
        ),
        "contact_email": "info@tugisild.example.org",
        "contact_email_public": True,
    },
    {
        "key": "soubeh",
        "name": "Spolek Souběh",
        "country": "CZ",
        "website": "https://soubeh.example.org/",
        "description": (
            "A Brno association of wheelchair users and other disabled people who mentor peers "
            "during and after rehabilitation."
        ),
        "contact_email": "info@soubeh.example.org",
        "contact_email_public": True,
    },
    {
        "key": "syntrofia",
        "name": "Syntrofia Peer Network",
        "country": "GR",
        "website": "https://syntrofia.example.org/",
        "description": (
            "A Thessaloniki network of refugees and Greek volunteers trained in peer listening. "
            "Its main service ran from 2016 to 2023."
        ),
        "contact_email": "contact@syntrofia.example.org",
        "contact_email_public": False,
    },
    {
        "key": "passerelles",
        "name": "Association Passerelles Pairs",
        "country": "FR",
        "website": "https://passerelles-pairs.example.org/",
        "description": (
            "A Lille mutual-aid association run by its members, most of whom live with long-term "
            "mental-health conditions."
        ),
        "contact_email": "bonjour@passerelles-pairs.example.org",
        "contact_email_public": True,
    },
    {
        "key": "vestland-likeperson",
        "name": "Vestland Likeperson Network",
        "country": "NO",
        "website": "https://vestland-likeperson.example.org/",
        "description": (
            "A Bergen network of trained peers (likepersoner) who support people with an acquired "
            "brain injury and their families."
        ),
        "contact_email": "post@vestland-likeperson.example.org",
        "contact_email_public": True,
    },
    {
        "key": "brugwerk",
        "name": "Brugwerk vzw",
        "country": "BE",
        "website": "https://brugwerk.example.org/",
        "description": (
            "A Gent organisation of experience experts that runs a learning house on recovery and "
            "coordinates cross-border learning circles for peer workers."
        ),
        "contact_email": "info@brugwerk.example.org",
        "contact_email_public": True,
    },
]

PRACTICES = [
    {
        "title": "Campus Companions: peer mentoring for university students in Budapest",
        "organisation": "kapocs",
        "countries": ["HU"],
        "types": ["one-to-one-mentoring"],
        "focus": ["anxiety-depression", "mental-health"],
        "groups": ["young-people"],
        "languages": ["hu", "en"],
        "materials_languages": ["hu", "en"],
        "mode": "blended",
        "setting": "community",
        "year_started": 2016,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-learning", "helper-therapy"],
        "outcomes": ["hope", "self-esteem", "engagement-with-services"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "Students who have come through their own mental-health difficulties are matched with "
            "a younger student for a semester of regular one-to-one meetings, in person or by "
            "video call."
        ),
        "description": (
            "Campus Companions pairs first- and second-year students who are struggling with low "
            "mood, anxiety or exam pressure with an older student who has lived through something "
            "similar. Pairs meet for about an hour every week or two over one semester, usually in "
            "a café near campus, or by video call during exam periods. International students can "
            "be matched with an English-speaking mentor.\n\n"
            "## How mentors are prepared\n\n"
            "Mentors complete a 24-hour course spread over four Saturdays. It covers active "
            "listening, sharing one's own story safely, keeping boundaries, and how to help "
            "someone reach the university counselling service when they want to. Each mentor then "
            "joins a fortnightly supervision group of six to eight mentors, led by an experienced "
            "peer worker from Kapocs.\n\n"
            "## What we have learned\n\n"
            "A participant survey in 2022 found that most mentees felt less alone and more willing "
            "to ask for help. Several said that meeting a mentor who had finished their degree "
            "made their own plans feel possible again. Mentors reported growing in confidence too. "
            "The survey had no comparison group, so the findings are encouraging rather than "
            "conclusive."
        ),
        "contact_name": "Campus Companions coordinator",
        "references": [
            {
                "authors": "Kapocs Peer Support Association",
                "year": 2022,
                "title": "Campus Companions: participant survey 2021-2022",
                "journal": "",
                "doi": "",
                "url": "https://kapocs.example.org/reports/campus-companions-survey-2022",
            },
        ],
        "links": [
            {
                "title": "Become a Campus Companions mentor",
                "url": "https://kapocs.example.org/campus-companions/",
            },
        ],
    },
    {
        "title": "Thursday recovery conversations in Pécs",
        "organisation": "mecsek-circle",
        "countries": ["HU"],
        "types": ["mutual-support-groups"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience"],
        "languages": ["hu"],
        "materials_languages": ["hu"],
        "mode": "in-person",
        "setting": "peer-run",
        "year_started": 2009,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "social-comparison"],
        "outcomes": ["social-inclusion", "hope", "self-esteem"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "An open weekly group in Pécs where adults with experience of mental-health "
            "difficulties talk about recovery in everyday life. No referral or diagnosis is needed."
        ),
        "description": (
            "Every Thursday evening, between eight and fifteen people gather in a rented community "
            "room near the centre of Pécs for a ninety-minute conversation about recovery. The "
            "group started in 2009, when a handful of former day-hospital patients wanted to keep "
            "meeting after their programme ended, and it has been run by its members ever "
            "since.\n\n"
            "Each meeting opens with a short round in which people say how their week has gone. "
            "Then comes a theme chosen the week before: sleep, money worries, telling an employer, "
            "or simply what helped. Two members share the facilitator role for three months at a "
            "time before passing it on. Facilitators meet once a month to talk through difficult "
            "moments, and they can ask for advice from a volunteer psychologist who visits twice a "
            "year but does not lead the group.\n\n"
            "Newcomers can come without a referral and without saying anything about a diagnosis. "
            "Members describe the group as a place where they are “not a case, just a person”, and "
            "several have gone on to train as peer supporters. There has been no formal "
            "evaluation; this description is based on the group's own records and members' "
            "accounts."
        ),
        "contact_name": "Facilitators of the Thursday group",
        "references": [
            {
                "authors": "Davidson et al.",
                "year": 1999,
                "title": (
                    "Peer support among individuals with severe mental illness: a review of the "
                    "evidence"
                ),
                "journal": "Clinical Psychology: Science and Practice",
                "doi": "",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": "Ward-based peer support workers at a Budapest psychiatric hospital",
        "organisation": "kapocs",
        "countries": ["HU"],
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "groups": ["crisis-after-discharge", "adults-lived-experience"],
        "languages": ["hu"],
        "materials_languages": ["hu"],
        "mode": "in-person",
        "setting": "inside-services",
        "year_started": 2018,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-support", "social-learning"],
        "outcomes": ["engagement-with-services", "fewer-readmissions", "hope"],
        "evidence": "controlled",
        "peer_led": True,
        "summary": (
            "Trained peer support workers are part of the team on two acute wards. They meet "
            "people during their stay and keep in touch during the first weeks at home."
        ),
        "description": (
            "Since 2018, Kapocs has placed paid peer support workers on two acute wards of a large "
            "public hospital in Budapest. Each worker is employed part-time, is a full member of "
            "the ward team, and has personal experience of a hospital admission.\n\n"
            "What the role involves:\n\n"
            "- informal conversations on the ward, often in the day room or on walks in the "
            "hospital garden;\n"
            "- helping people prepare for going home, including practical matters such as "
            "benefits, housing and the first outpatient appointment;\n"
            "- up to three follow-up contacts in the six weeks after discharge, by phone or in "
            "person;\n"
            "- taking part in ward rounds, where they help bring the patient's perspective into "
            "the discussion.\n\n"
            "Peer workers complete a 120-hour training course before they start. After that they "
            "have monthly group supervision with an external peer supervisor and a short weekly "
            "check-in with the ward manager.\n\n"
            "Between 2019 and 2021 the hospital compared readmissions on these two wards with two "
            "similar wards that had no peer workers. People supported by peers were somewhat less "
            "likely to be readmitted within six months, and they kept more of their outpatient "
            "appointments. The wards were not randomly assigned, so other differences between them "
            "may have played a part."
        ),
        "contact_name": "Peer work team lead",
        "references": [
            {
                "authors": "Kapocs Peer Support Association",
                "year": 2022,
                "title": "Peer support on acute wards: comparison of readmissions 2019-2021",
                "journal": "",
                "doi": "",
                "url": "https://kapocs.example.org/reports/ward-peer-support-2022",
            },
            {
                "authors": "Bellamy, Schmutte & Davidson",
                "year": 2017,
                "title": "An update on the growing evidence base for peer support",
                "journal": "Mental Health and Social Inclusion",
                "doi": "",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": "Esti Szó: an evening chat line for young people in Hungary",
        "organisation": "kapocs",
        "countries": ["HU"],
        "types": ["warmlines", "online-peer-support"],
        "focus": ["anxiety-depression", "mental-health"],
        "groups": ["young-people"],
        "languages": ["hu"],
        "materials_languages": ["hu"],
        "mode": "online",
        "setting": "peer-run",
        "year_started": 2020,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge"],
        "outcomes": ["hope", "engagement-with-services"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "A text chat, open four evenings a week, where people aged 14 to 24 can talk "
            "anonymously with trained volunteers who are a few years older and have lived "
            "experience themselves."
        ),
        "description": (
            "Esti Szó (“evening word”) began during the first lockdown in spring 2020, when many "
            "young people in Hungary suddenly lost daily contact with friends and school. It is a "
            "text chat rather than a crisis service. It is open from 18:00 to 22:00 on Mondays, "
            "Tuesdays, Thursdays and Sundays, and conversations are anonymous.\n\n"
            "Volunteers are aged 19 to 30 and have their own experience of anxiety, low mood or "
            "other difficulties. They complete 30 hours of online training, practise with "
            "role-play chats, and then take shifts in pairs so that nobody is alone with a hard "
            "conversation. A coordinator is on call during every shift, and there is a clear "
            "procedure for connecting someone who seems to be at immediate risk with the national "
            "emergency line.\n\n"
            "About a third of users fill in a short anonymous feedback form at the end of a chat. "
            "In 2023, most of those who replied said they felt calmer after the conversation, and "
            "around one in four said they planned to talk to someone in their life or to a "
            "professional. The team is now working with a university research group on a fuller "
            "evaluation."
        ),
        "contact_name": "Chat line coordinator",
        "references": [
            {
                "authors": "Kapocs Peer Support Association",
                "year": 2024,
                "title": "Esti Szó chat feedback: summary of 2023",
                "journal": "",
                "doi": "",
                "url": "https://kapocs.example.org/reports/esti-szo-feedback-2023",
            },
        ],
        "links": [
            {
                "title": "Esti Szó opening hours",
                "url": "https://kapocs.example.org/esti-szo/",
            },
        ],
    },
    {
        "title": "Trialogue evenings for families, service users and clinicians in Pécs",
        "organisation": "mecsek-circle",
        "countries": ["HU"],
        "types": ["trialogue"],
        "focus": ["mental-health"],
        "groups": ["carers-families", "adults-lived-experience"],
        "languages": ["hu"],
        "materials_languages": ["hu"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2015,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-learning"],
        "outcomes": ["family-stress", "empowerment"],
        "evidence": "theory-based",
        "peer_led": False,
        "summary": (
            "Once a month, people with experience of psychosis, relatives and mental-health "
            "workers meet on equal terms to talk about a shared topic, with nobody acting as the "
            "expert."
        ),
        "description": (
            "The trialogue evenings in Pécs follow a model first developed in Austria and Germany: "
            "three groups who usually meet only in fixed roles sit together as equals. They are "
            "people with experience of psychosis, their relatives and friends, and professionals. "
            "Meetings take place on the first Monday of the month in a library meeting room, last "
            "two hours and are free. Usually 20 to 30 people attend.\n\n"
            "A moderating team of three, one from each group, opens the evening and keeps time, "
            "but does not steer the conversation. Topics are agreed in advance, for example “What "
            "helps during a crisis?” or “Medication: who decides?”. Nobody is asked about a "
            "diagnosis, and professionals come in their own time rather than as part of their "
            "job.\n\n"
            "The practice rests on the idea that each group holds a different kind of knowledge, "
            "and that hearing the others can loosen fixed views. Relatives often say that "
            "listening to people with lived experience who are not their own family member helps "
            "them understand their relative differently. The circle has not evaluated the evenings "
            "formally, but it keeps attendance records and short written reflections from each "
            "season."
        ),
        "contact_name": "Trialogue moderating team",
        "references": [],
        "links": [
            {
                "title": "Trialogue evenings: this year's topics",
                "url": "https://mecsek-circle.example.org/trialogue/",
            },
        ],
    },
    {
        "title": (
            "Friss Kezdet: peer-led circles on alcohol and drug use for young people in Baranya"
        ),
        "organisation": "mecsek-circle",
        "countries": ["HU"],
        "types": ["peer-led-groups"],
        "focus": ["addiction"],
        "groups": ["young-people"],
        "languages": ["hu"],
        "materials_languages": ["hu"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2021,
        "activity_status": "active",
        "mechanisms": ["social-learning", "social-comparison", "experiential-knowledge"],
        "outcomes": ["self-management", "social-inclusion"],
        "evidence": "theory-based",
        "peer_led": True,
        "summary": (
            "Small groups for 16- to 25-year-olds who want to look at their alcohol or drug use, "
            "led by two young adults who have changed their own use. They meet in youth clubs in "
            "Pécs and two nearby towns."
        ),
        "description": (
            "Friss Kezdet (“fresh start”) was designed by three young members of the circle who "
            "felt that adult recovery groups did not speak to their situation. The circles are for "
            "young people who want to look at their use of alcohol, cannabis or other drugs. "
            "Participants do not have to aim for abstinence.\n\n"
            "Each circle runs for eight weekly sessions of 75 minutes with six to ten "
            "participants. Sessions are built around:\n\n"
            "- describing what a typical week looks like and where substances fit into it;\n"
            "- noticing triggers, including boredom, pressure from friends and difficult "
            "feelings;\n"
            "- trying one small change and talking about how it went the following week;\n"
            "- learning where to find further help, including local addiction services.\n\n"
            "The two facilitators are aged 20 to 28 and have changed their own substance use. They "
            "attend a 40-hour training course and meet a youth worker and an addiction counsellor "
            "for supervision after every second session.\n\n"
            "The design draws on social learning theory: facilitators who are only a few years "
            "older are seen as credible examples that change is possible. An evaluation plan is "
            "being prepared with the county youth service."
        ),
        "contact_name": "Youth programme team",
        "references": [],
        "links": [],
    },
    {
        "title": "Luisterpunt: peer listening in Rotterdam secondary schools",
        "organisation": "tegenwind",
        "countries": ["NL"],
        "types": ["peer-listening"],
        "focus": ["mental-health", "anxiety-depression"],
        "groups": ["young-people"],
        "languages": ["nl", "en"],
        "materials_languages": ["nl"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2017,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "helper-therapy"],
        "outcomes": ["hope", "engagement-with-services", "self-esteem"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "Trained pupils aged 15 to 18, some with their own experience of mental-health "
            "difficulties, offer a listening ear to fellow pupils during lunch breaks in six "
            "Rotterdam schools."
        ),
        "description": (
            "In each participating school, a team of six to ten pupil listeners is available in a "
            "quiet room during two lunch breaks a week. Pupils can drop in without an appointment "
            "to talk about anything that weighs on them, from friendships and tension at home to "
            "worries about their mood. Listeners do not give advice or therapy. They listen, help "
            "the other pupil work out what they want, and, if the pupil wishes, walk with them to "
            "the school counsellor.\n\n"
            "## Training and support\n\n"
            "Listeners follow a twelve-hour training course led by young adults from Tegenwind. It "
            "includes role-play, a session on confidentiality and its limits, and a session on "
            "looking after yourself. A Tegenwind coordinator visits each school every month, and "
            "listeners can always call on the school counsellor if a conversation worries them.\n\n"
            "## What pupils say\n\n"
            "A questionnaire in four schools in 2023 showed that most pupils who visited felt "
            "taken seriously and would come back. School counsellors reported that some pupils now "
            "reach them earlier than before. The listeners described feeling more confident and "
            "more at ease talking about mental health."
        ),
        "contact_name": "Schools coordinator",
        "references": [
            {
                "authors": "Tegenwind Youth Collective",
                "year": 2023,
                "title": "Luisterpunt: school questionnaire 2023",
                "journal": "",
                "doi": "",
                "url": "https://tegenwind.example.org/reports/luisterpunt-2023",
            },
        ],
        "links": [
            {
                "title": "Luisterpunt: information for schools",
                "url": "https://tegenwind.example.org/luisterpunt/scholen/",
            },
        ],
    },
    {
        "title": "Leerhuis 16-25: a recovery college run by and for young Rotterdammers",
        "organisation": "tegenwind",
        "countries": ["NL"],
        "types": ["recovery-colleges"],
        "focus": ["mental-health"],
        "groups": ["young-people"],
        "languages": ["nl", "en"],
        "materials_languages": ["nl", "en"],
        "mode": "blended",
        "setting": "peer-run",
        "year_started": 2019,
        "activity_status": "active",
        "mechanisms": ["social-learning", "experiential-knowledge", "social-support"],
        "outcomes": ["empowerment", "self-management", "social-inclusion"],
        "evidence": "theory-based",
        "peer_led": True,
        "summary": (
            "Free short courses on living well with mental-health difficulties, written and taught "
            "by young people with lived experience and open to anyone aged 16 to 25."
        ),
        "description": (
            "Leerhuis 16-25 offers courses rather than treatment. Each term there are six to eight "
            "courses of three to six sessions, with titles such as “Getting through a bad week”, "
            "“Talking to your parents about how you feel” and “Studying with a mental-health "
            "condition”. Groups have no more than twelve students, and anyone aged 16 to 25 can "
            "enrol without a referral.\n\n"
            "Every course is written by a small team of young peer tutors. Some are co-taught with "
            "a youth worker or clinician who adds professional knowledge. Tutors are paid for "
            "their teaching hours, take a five-day course in teaching skills, and meet a senior "
            "peer tutor after each course to reflect on what went well and what to change.\n\n"
            "When the pandemic closed the building in 2020, all courses moved online. Since 2022 "
            "most have returned to the classroom, but two courses each term stay online for young "
            "people who find travelling or groups hard to begin with.\n\n"
            "The college follows recovery-college principles: learning together as equals, "
            "choosing your own goals, and learning from tutors who have been through similar "
            "things. The team collects course feedback but has not yet carried out an outcome "
            "study."
        ),
        "contact_name": "Leerhuis tutor team",
        "references": [],
        "links": [
            {
                "title": "Leerhuis 16-25 course calendar",
                "url": "https://tegenwind.example.org/leerhuis/",
            },
        ],
    },
    {
        "title": "Mood and diabetes peer groups in Groningen",
        "organisation": "tweede-adem",
        "countries": ["NL"],
        "types": ["peer-led-groups"],
        "focus": ["chronic-illness", "anxiety-depression"],
        "groups": ["adults-lived-experience"],
        "languages": ["nl"],
        "materials_languages": ["nl"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2014,
        "activity_status": "active",
        "mechanisms": ["social-support", "social-comparison", "social-learning"],
        "outcomes": ["depression-symptoms", "self-management", "quality-of-life"],
        "evidence": "controlled",
        "peer_led": True,
        "summary": (
            "Ten-session groups for adults with type 1 or type 2 diabetes who also struggle with "
            "low mood, led by two trained peers who live with diabetes themselves."
        ),
        "description": (
            "Living with diabetes calls for daily attention over many years, and low mood can make "
            "that much harder. These groups bring together eight to ten adults who live with both. "
            "They meet every two weeks for ten sessions of two hours in a community centre. The "
            "programme covers daily routines, coping with setbacks, talking with health "
            "professionals and planning small pleasant activities.\n\n"
            "Two peer leaders run each group. Both live with diabetes and have their own "
            "experience of depression. They complete a 32-hour training course and are supervised "
            "by a diabetes nurse and a psychologist, who meet them after every second session but "
            "do not attend the groups.\n\n"
            "## Evaluation\n\n"
            "Between 2017 and 2019, Tweede Adem worked with a regional health service on a study "
            "in which 96 people were randomly offered either a place in a group straight away or "
            "usual care with a six-month wait. After six months, people in the groups reported "
            "fewer depressive symptoms and more confidence in managing their diabetes than those "
            "still waiting. Blood-sugar values did not differ clearly. The study was small and "
            "took place in one region, so the team treats the results with caution."
        ),
        "contact_name": "Group programme coordinator",
        "references": [
            {
                "authors": "Stichting Tweede Adem",
                "year": 2020,
                "title": (
                    "Mood and diabetes peer groups: randomised comparison with usual care, final "
                    "report"
                ),
                "journal": "",
                "doi": "",
                "url": "https://tweede-adem.example.com/reports/mood-diabetes-trial-2020",
            },
            {
                "authors": "Fuhr, Salisbury, De Silva et al.",
                "year": 2014,
                "title": (
                    "Effectiveness of peer-delivered interventions for severe mental illness and "
                    "depression on clinical and psychosocial outcomes: a systematic review and "
                    "meta-analysis"
                ),
                "journal": "Soc Psychiatry Psychiatr Epidemiol",
                "doi": "10.1007/s00127-014-0857-5",
                "url": "",
            },
        ],
        "links": [
            {
                "title": "Join a mood and diabetes group",
                "url": "https://tweede-adem.example.com/groepen/",
            },
        ],
    },
    {
        "title": "Buddy scheme for young adults moving to adult care with a long-term condition",
        "organisation": "tweede-adem",
        "countries": ["NL"],
        "types": ["one-to-one-mentoring"],
        "focus": ["chronic-illness"],
        "groups": ["young-people"],
        "languages": ["nl"],
        "materials_languages": ["nl"],
        "mode": "blended",
        "setting": "community",
        "year_started": 2015,
        "activity_status": "ended",
        "mechanisms": ["social-learning", "experiential-knowledge", "social-support"],
        "outcomes": ["self-management", "hope", "social-inclusion"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "From 2015 to 2021, young people with conditions such as diabetes, Crohn's disease or "
            "epilepsy were matched with a slightly older buddy who had already moved to adult "
            "care, work or study."
        ),
        "description": (
            "The move from children's to adult health care often comes at the same time as leaving "
            "home, starting college or a first job. The buddy scheme matched young people aged 16 "
            "to 23 with a buddy aged 22 to 30 who lived with a long-term condition and had been "
            "through that same transition.\n\n"
            "Pairs agreed their own rhythm, usually one meeting or video call a month for a year, "
            "with messages in between. Conversations covered practical matters, such as organising "
            "medication on a student budget or deciding when to tell an employer, but also the "
            "feeling of being different from friends. Buddies attended a two-day training course "
            "and a quarterly evening with other buddies and a social worker.\n\n"
            "An internal evaluation of 54 pairs found that most young people valued having someone "
            "who “just got it”, and several said they felt more at ease speaking up in "
            "consultations. Buddies said the role helped them reflect on their own journey.\n\n"
            "The scheme ended in 2021 when its project funding stopped. The manual and training "
            "materials are still available for organisations that want to start something similar."
        ),
        "contact_name": "Former buddy scheme team",
        "references": [
            {
                "authors": "Stichting Tweede Adem",
                "year": 2021,
                "title": "Buddy scheme for young adults: internal evaluation 2015-2021",
                "journal": "",
                "doi": "",
                "url": "https://tweede-adem.example.com/reports/buddy-evaluation-2021",
            },
        ],
        "links": [
            {
                "title": "Buddy scheme manual",
                "url": "https://tweede-adem.example.com/downloads/buddy-manual/",
            },
        ],
    },
    {
        "title": (
            "Saturday circles for teenagers who care for a parent with mental-health difficulties"
        ),
        "organisation": "lantaarn",
        "countries": ["NL"],
        "types": ["mutual-support-groups"],
        "focus": ["mental-health"],
        "groups": ["young-people", "carers-families"],
        "languages": ["nl"],
        "materials_languages": ["nl"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2018,
        "activity_status": "active",
        "mechanisms": ["social-support", "social-comparison"],
        "outcomes": ["family-stress", "social-inclusion"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "Monthly Saturday meetings for 12- to 18-year-olds who look after, or worry about, a "
            "parent with a mental-health condition, facilitated by young adults who grew up in a "
            "similar family."
        ),
        "description": (
            "Many young people who grow up with a parent with a mental-health condition never meet "
            "anyone else in the same situation. The circles give them that chance. Each group "
            "meets on one Saturday afternoon a month in a youth centre and mixes talking with "
            "doing something together, such as cooking, a board game or a walk along the river.\n\n"
            "Talking rounds are short and nobody has to share. Topics come from the group: keeping "
            "secrets at school, feeling guilty about having fun, or what happens when a parent "
            "goes into hospital. The two facilitators are young adults who were young carers "
            "themselves. They have had training in group work and meet a family therapist once a "
            "month to talk through what they have heard.\n\n"
            "Parents are informed and give consent, but the circles belong to the young people. "
            "Groups stay small, usually six to ten members, so that everyone knows each other by "
            "name.\n\n"
            "The circles have not been evaluated. Lantaarn gathers informal feedback at the end of "
            "each year, and young people often say that the most important thing was discovering "
            "they are not the only one."
        ),
        "contact_name": "Young carers team",
        "references": [],
        "links": [],
    },
    {
        "title": "Calmer Waters: a peer-led course for panic and anxiety in Tampere",
        "organisation": "tuulensuoja",
        "countries": ["FI"],
        "types": ["peer-led-groups"],
        "focus": ["anxiety-depression"],
        "groups": ["adults-lived-experience"],
        "languages": ["fi"],
        "materials_languages": ["fi", "sv"],
        "mode": "blended",
        "setting": "community",
        "year_started": 2012,
        "activity_status": "active",
        "mechanisms": ["social-learning", "experiential-knowledge", "social-comparison"],
        "outcomes": ["self-management", "quality-of-life", "empowerment"],
        "evidence": "controlled",
        "peer_led": True,
        "summary": (
            "A ten-week course in which adults living with panic or strong anxiety learn and "
            "practise cognitive-behavioural techniques together, guided by two peer leaders who "
            "have lived with anxiety themselves."
        ),
        "description": (
            "The course follows a structured manual based on cognitive-behavioural principles, in "
            "the tradition of peer-led anxiety programmes developed elsewhere. Groups of eight to "
            "twelve adults meet weekly for two hours over ten weeks. Each session includes a short "
            "explanation, a practical exercise (for example slow breathing, noticing anxious "
            "thoughts, or a planned step towards a feared situation) and time to share how the "
            "previous week's practice went.\n\n"
            "The two leaders are volunteers with personal experience of panic or anxiety. They "
            "complete a 36-hour training course with a psychologist and a senior peer leader. "
            "After each session they fill in a short checklist, which they can go through with the "
            "psychologist.\n\n"
            "## Evidence\n\n"
            "In 2016-2018 the association carried out a study with a local university: 120 people "
            "on the waiting list were randomly given either an immediate place or a place three "
            "months later. Those who took the course reported fewer panic attacks and less "
            "avoidance than those still waiting, and most of the change held at a six-month "
            "follow-up. Participants particularly valued knowing that the leaders had once "
            "struggled with the same exercises.\n\n"
            "Since 2021 one group each term meets by video call."
        ),
        "contact_name": "Course coordinator",
        "references": [
            {
                "authors": "Tuulensuoja Peer Association",
                "year": 2019,
                "title": "Calmer Waters course: waiting-list controlled comparison 2016-2018",
                "journal": "",
                "doi": "",
                "url": "https://tuulensuoja.example.org/reports/calmer-waters-2019",
            },
        ],
        "links": [
            {
                "title": "Calmer Waters course dates",
                "url": "https://tuulensuoja.example.org/kurssit/",
            },
        ],
    },
    {
        "title": "Jalansija: peer mentors for young people leaving inpatient care in Oulu",
        "organisation": "kivijalka",
        "countries": ["FI"],
        "types": ["one-to-one-mentoring"],
        "focus": ["mental-health"],
        "groups": ["young-people", "crisis-after-discharge"],
        "languages": ["fi"],
        "materials_languages": ["fi"],
        "mode": "blended",
        "setting": "inside-services",
        "year_started": 2017,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "social-learning"],
        "outcomes": ["fewer-readmissions", "engagement-with-services", "hope"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "Young people aged 16 to 25 are offered a peer mentor before they leave a psychiatric "
            "ward, with weekly contact during their first three months back home."
        ),
        "description": (
            "The weeks after leaving hospital can be the most fragile part of an admission. In "
            "Jalansija (“foothold”), a mentor meets the young person on the ward at least once "
            "before discharge. Together they agree how to stay in touch, usually a weekly meeting "
            "in town or at home with messages in between, for about three months.\n\n"
            "Mentors are young adults aged 20 to 30 who have been in psychiatric care themselves. "
            "Kivijalka pays them for their hours under an agreement with the regional hospital. "
            "Training lasts 48 hours over two months, and mentors meet every fortnight for group "
            "supervision with an experienced peer supervisor. Each ward and the mentor team have a "
            "named contact person on each side.\n\n"
            "## Evaluation\n\n"
            "The hospital's development unit followed 140 young people discharged between 2018 and "
            "2021. Compared with young people discharged from the same wards in the two years "
            "before the programme began, those with a mentor attended more of their follow-up "
            "appointments, and slightly fewer were readmitted within three months. The comparison "
            "was with an earlier period rather than a control group. In interviews, young people "
            "said mentors helped with very ordinary things, such as getting up, going to the shop "
            "or returning to school, that felt huge after hospital."
        ),
        "contact_name": "Jalansija mentor coordinator",
        "references": [
            {
                "authors": "Kivijalka Youth Peers",
                "year": 2022,
                "title": "Jalansija peer mentoring: evaluation of discharges 2018-2021",
                "journal": "",
                "doi": "",
                "url": "https://kivijalka.example.org/reports/jalansija-2022",
            },
            {
                "authors": "Bellamy, Schmutte & Davidson",
                "year": 2017,
                "title": "An update on the growing evidence base for peer support",
                "journal": "Mental Health and Social Inclusion",
                "doi": "",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": "Iltalinja: a bilingual peer warmline for adults in Finland",
        "organisation": "tuulensuoja",
        "countries": ["FI"],
        "types": ["warmlines"],
        "focus": ["mental-health", "anxiety-depression"],
        "groups": ["adults-lived-experience"],
        "languages": ["fi", "sv"],
        "materials_languages": ["fi", "sv"],
        "mode": "online",
        "setting": "peer-run",
        "year_started": 2013,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge"],
        "outcomes": ["social-inclusion", "hope"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "A phone and chat line where adults can talk with a peer volunteer in Finnish or "
            "Swedish when they feel lonely or low, every evening from 17:00 to 23:00."
        ),
        "description": (
            "Iltalinja is a warmline: somewhere to call before things turn into a crisis. Many "
            "callers live alone and find the evening the hardest part of the day. Calls have no "
            "fixed time limit, though most last 15 to 30 minutes, and regular callers are "
            "welcome.\n\n"
            "About forty volunteers with lived experience of mental-health difficulties answer "
            "calls from home through a secure phone system, and a chat service was added in 2019. "
            "Volunteers take two shifts a month after completing a 40-hour training course. Each "
            "evening a shift leader is available for debriefing, and volunteers meet monthly, in "
            "Tampere or online, for group supervision.\n\n"
            "Swedish-language calls are answered by a smaller team of bilingual volunteers, "
            "several of whom live in the coastal regions where Swedish is widely spoken.\n\n"
            "In a caller survey in 2022, most respondents said they felt less alone after calling, "
            "and many said the line helped them get through the night without turning to emergency "
            "services. The team notes that the survey mainly reached regular callers, so it may "
            "not reflect the views of people who called only once."
        ),
        "contact_name": "Warmline volunteer coordinator",
        "references": [
            {
                "authors": "Tuulensuoja Peer Association",
                "year": 2022,
                "title": "Iltalinja warmline: caller survey 2022",
                "journal": "",
                "doi": "",
                "url": "https://tuulensuoja.example.org/reports/iltalinja-survey-2022",
            },
        ],
        "links": [
            {
                "title": "Call or chat with Iltalinja",
                "url": "https://tuulensuoja.example.org/iltalinja/",
            },
        ],
    },
    {
        "title": "Saari: small online groups for isolated young people in northern Finland",
        "organisation": "kivijalka",
        "countries": ["FI"],
        "types": ["online-peer-support", "peer-led-groups"],
        "focus": ["anxiety-depression"],
        "groups": ["young-people"],
        "languages": ["fi"],
        "materials_languages": ["fi"],
        "mode": "online",
        "setting": "peer-run",
        "year_started": 2020,
        "activity_status": "active",
        "mechanisms": ["social-support", "social-comparison"],
        "outcomes": ["social-inclusion", "hope"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "Groups of five or six young people aged 15 to 29 meet weekly by video or voice call "
            "for eight weeks, led by a young peer facilitator. Cameras are optional."
        ),
        "description": (
            "In sparsely populated northern Finland, a young person who spends most days at home "
            "may live hours away from any group. Saari (“island”) meets them where they already "
            "are: online. Each group has five or six members aged 15 to 29 and meets for an hour a "
            "week over eight weeks on a secure video platform. Cameras are optional, and people "
            "can also take part through the text chat.\n\n"
            "## How a session runs\n\n"
            "- a check-in using a simple scale from one to five;\n"
            "- a theme, such as daily rhythm, gaming and sleep, or dealing with messages from "
            "school or employment services;\n"
            "- a small shared challenge for the week, for example going outside once a day;\n"
            "- a check-out, with a reminder of where to find urgent help.\n\n"
            "Facilitators are young adults who have lived through long periods of isolation. They "
            "receive 30 hours of training and have a short debrief with a youth worker after every "
            "session.\n\n"
            "Feedback from 2021-2023 shows that most participants attended at least six of the "
            "eight sessions, which the team sees as a good sign for young people who often drop "
            "out of services. Several went on to join in-person activities."
        ),
        "contact_name": "Online groups team",
        "references": [],
        "links": [
            {
                "title": "Sign up for a Saari group",
                "url": "https://kivijalka.example.org/saari/",
            },
        ],
    },
    {
        "title": "Työpaja Tammela: a member-run clubhouse in Tampere",
        "organisation": "tuulensuoja",
        "countries": ["FI"],
        "types": ["peer-run-organisations"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience"],
        "languages": ["fi"],
        "materials_languages": ["fi"],
        "mode": "in-person",
        "setting": "peer-run",
        "year_started": 1998,
        "activity_status": "active",
        "mechanisms": ["social-support", "helper-therapy"],
        "outcomes": ["social-inclusion", "quality-of-life", "self-esteem"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "A clubhouse where adults with lived experience of mental illness run the kitchen, the "
            "office and a small café together, finding routine, company and a route back to work."
        ),
        "description": (
            "Work at the clubhouse is organised around the ordinary tasks that keep the place "
            "running. Members cook a daily lunch for around 30 people, run a small café that is "
            "open to the neighbourhood, keep the accounts, write a monthly newsletter and look "
            "after the garden. Nobody is paid to attend and nobody is required to come; members "
            "choose how much they take on.\n\n"
            "The clubhouse was founded in 1998 by a group of members and relatives. Decisions are "
            "made at a weekly house meeting, where members and the two employed staff have one "
            "vote each. Staff work side by side with members rather than treating them.\n\n"
            "For members who want paid work, the clubhouse arranges short transitional jobs with "
            "local employers. A more experienced member acts as a job buddy during the first "
            "weeks.\n\n"
            "Members often say that being expected and needed each morning matters as much as any "
            "activity. The clubhouse has not been formally evaluated, but it keeps yearly figures "
            "on attendance and on members who move into work or study."
        ),
        "contact_name": "House meeting secretary",
        "references": [
            {
                "authors": "Davidson et al.",
                "year": 1999,
                "title": (
                    "Peer support among individuals with severe mental illness: a review of the "
                    "evidence"
                ),
                "journal": "Clinical Psychology: Science and Practice",
                "doi": "",
                "url": "",
            },
        ],
        "links": [
            {
                "title": "Visit the clubhouse",
                "url": "https://tuulensuoja.example.org/tammela/",
            },
        ],
    },
    {
        "title": "Harbour Lines warmline: evening calls with a peer in the west of Scotland",
        "organisation": "harbour-lines",
        "countries": ["GB"],
        "types": ["warmlines"],
        "focus": ["mental-health", "co-occurring"],
        "groups": ["adults-lived-experience", "crisis-after-discharge"],
        "languages": ["en"],
        "materials_languages": ["en"],
        "mode": "online",
        "setting": "peer-run",
        "year_started": 2011,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge"],
        "outcomes": ["engagement-with-services", "social-inclusion", "hope"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "A free phone line, open every evening, where adults can talk with a trained peer "
            "about how they are feeling before things reach crisis point."
        ),
        "description": (
            "The warmline is open from 18:00 to midnight every day of the year. It is answered by "
            "paid part-time peer workers and volunteers, all with lived experience of "
            "mental-health difficulties and some also of alcohol or drug use. Callers are often "
            "people who have recently left hospital, people on a waiting list, or people who "
            "simply need to talk to someone who understands.\n\n"
            "What callers can expect:\n\n"
            "- a conversation without a fixed time limit, although most calls last under half an "
            "hour;\n"
            "- no assessment, and no notes passed to other services unless the caller asks or "
            "there is an immediate risk to life;\n"
            "- help to think about next steps, including information about local services;\n"
            "- the option of an agreed call-back the following evening.\n\n"
            "Every new worker completes 60 hours of training and shadows experienced colleagues "
            "for eight shifts. Shifts end with a short debrief, and all staff and volunteers have "
            "monthly one-to-one supervision.\n\n"
            "An independent evaluation commissioned in 2019 combined call records, a caller survey "
            "and interviews with local crisis teams. Callers valued being listened to by someone "
            "with shared experience, and some reported using out-of-hours crisis services less "
            "often, although the evaluation could not show cause and effect."
        ),
        "contact_name": "Warmline manager",
        "references": [
            {
                "authors": "Harbour Lines Peer Trust",
                "year": 2020,
                "title": (
                    "Warmline evaluation: call records, caller survey and stakeholder interviews"
                ),
                "journal": "",
                "doi": "",
                "url": "https://harbour-lines.example.org/reports/warmline-evaluation-2020",
            },
        ],
        "links": [
            {
                "title": "Warmline number and opening hours",
                "url": "https://harbour-lines.example.org/warmline/",
            },
        ],
    },
    {
        "title": "Riverside Recovery College: co-produced courses in Bristol",
        "organisation": "riverside",
        "countries": ["GB"],
        "types": ["recovery-colleges"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience", "carers-families", "workers-professionals"],
        "languages": ["en"],
        "materials_languages": ["en"],
        "mode": "blended",
        "setting": "community",
        "year_started": 2014,
        "activity_status": "active",
        "mechanisms": ["social-learning", "experiential-knowledge", "helper-therapy"],
        "outcomes": ["empowerment", "self-management", "hope"],
        "evidence": "evaluated",
        "peer_led": False,
        "summary": (
            "Free courses on recovery and wellbeing, each designed and co-taught by a peer tutor "
            "and a practitioner, open to people who use services, their families and staff."
        ),
        "description": (
            "Riverside Recovery College publishes a prospectus three times a year with around 25 "
            "courses. Topics range from “Understanding and living with voices” and “Planning for a "
            "crisis” to “Writing for wellbeing” and “Supporting someone you love”. Courses run for "
            "one to six sessions, usually in libraries and community centres, and several are "
            "offered online.\n\n"
            "## Co-production\n\n"
            "Each course is written and taught by a pair: a peer tutor with lived experience and a "
            "practitioner from health or social care. Peer tutors are employed by the charity and "
            "complete a ten-day training programme in adult education and co-production. Tutor "
            "pairs meet a learning lead before and after each course.\n\n"
            "Students enrol as learners, not patients. Staff from local services are encouraged to "
            "enrol alongside service users and carers, and many students describe this mix as one "
            "of the most valuable things about the college.\n\n"
            "## Evaluation\n\n"
            "An evaluation in 2021-2022 combined questionnaires at enrolment and three months "
            "later with interviews. Students reported more hope and more confidence in managing "
            "their own wellbeing, and many said they had made new social contacts. About a third "
            "of students did not return the follow-up questionnaire, which limits the conclusions."
        ),
        "contact_name": "Recovery college learning lead",
        "references": [
            {
                "authors": "Riverside Peer Collective",
                "year": 2022,
                "title": "Recovery college evaluation 2021-2022: learner outcomes and experiences",
                "journal": "",
                "doi": "",
                "url": "https://riverside-peers.example.org/reports/college-evaluation-2022",
            },
        ],
        "links": [
            {
                "title": "Current prospectus",
                "url": "https://riverside-peers.example.org/college/prospectus/",
            },
        ],
    },
    {
        "title": "First Thirty Days: peer support after leaving psychiatric hospital in Glasgow",
        "organisation": "harbour-lines",
        "countries": ["GB"],
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "groups": ["crisis-after-discharge"],
        "languages": ["en"],
        "materials_languages": ["en"],
        "mode": "in-person",
        "setting": "inside-services",
        "year_started": 2016,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "social-learning"],
        "outcomes": ["fewer-readmissions", "engagement-with-services", "quality-of-life"],
        "evidence": "controlled",
        "peer_led": True,
        "summary": (
            "A peer support worker starts visiting before discharge and then stays in close "
            "contact for the first month at home, when the risk of readmission is highest."
        ),
        "description": (
            "Harbour Lines employs peer support workers who are based in two community "
            "mental-health teams but work across hospital and community. About a week before "
            "someone leaves the ward, a peer worker introduces themselves and asks what the person "
            "expects to find hard at home. Over the next thirty days they offer up to eight "
            "contacts: a home visit, a trip to the pharmacy or the job centre, or a walk and a "
            "coffee.\n\n"
            "Peer workers carry small caseloads of eight to ten people. They complete a 15-day "
            "accredited training course, receive weekly supervision from a senior peer worker, and "
            "join monthly reflective practice sessions with the wider team.\n\n"
            "## What the trial found\n\n"
            "In 2018-2020 the service took part in a randomised comparison run with the regional "
            "health board. Of 210 people leaving hospital, half were offered peer support "
            "alongside usual care and half received usual care alone. After six months the peer "
            "support group had fewer readmissions and reported slightly better quality of life, "
            "while differences in symptom measures were small. These results fit with "
            "international reviews suggesting that peer support can match or add to usual care on "
            "several outcomes."
        ),
        "contact_name": "Senior peer support worker",
        "references": [
            {
                "authors": "Harbour Lines Peer Trust",
                "year": 2021,
                "title": (
                    "First Thirty Days: randomised comparison of peer support after discharge, "
                    "final report"
                ),
                "journal": "",
                "doi": "",
                "url": "https://harbour-lines.example.org/reports/first-thirty-days-2021",
            },
            {
                "authors": "Fuhr, Salisbury, De Silva et al.",
                "year": 2014,
                "title": (
                    "Effectiveness of peer-delivered interventions for severe mental illness and "
                    "depression on clinical and psychosocial outcomes: a systematic review and "
                    "meta-analysis"
                ),
                "journal": "Soc Psychiatry Psychiatr Epidemiol",
                "doi": "10.1007/s00127-014-0857-5",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": "After the Shift: peer listening for health and care staff in Bristol",
        "organisation": "riverside",
        "countries": ["GB"],
        "types": ["peer-listening"],
        "focus": ["trauma", "anxiety-depression"],
        "groups": ["workers-professionals"],
        "languages": ["en"],
        "materials_languages": ["en"],
        "mode": "blended",
        "setting": "inside-services",
        "year_started": 2020,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "helper-therapy"],
        "outcomes": ["engagement-with-services", "quality-of-life"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "Health and care workers trained as peer listeners offer confidential conversations to "
            "colleagues after distressing events at work, such as the death of a patient or an "
            "assault."
        ),
        "description": (
            "Nurses, care workers, paramedics and other staff often go straight from a distressing "
            "event back to the next task. After the Shift was set up with two local health and "
            "care employers during the pandemic. It offers staff a conversation with a trained "
            "colleague from another team who has also been affected by difficult experiences at "
            "work.\n\n"
            "Peer listeners are volunteers who keep their usual jobs and give two hours a week to "
            "the scheme, with their employer's agreement. They complete a three-day course on "
            "listening, common reactions to traumatic events, and when to suggest occupational "
            "health or psychological services. They have monthly group supervision with a clinical "
            "psychologist and can phone a duty lead at any time.\n\n"
            "Conversations take place within a few days of a request, in a private room or by "
            "video call, and last up to an hour. Each person can have up to three conversations. "
            "Nothing is recorded on personnel files.\n\n"
            "## Evaluation\n\n"
            "In 2022 Riverside and the employers reviewed usage figures, a short questionnaire and "
            "interviews. Staff who used the scheme said it helped them make sense of what had "
            "happened and made them more willing to seek further help. Take-up was lower among "
            "night staff, so evening and early-morning slots have since been added."
        ),
        "contact_name": "Staff listening scheme lead",
        "references": [
            {
                "authors": "Riverside Peer Collective",
                "year": 2022,
                "title": "After the Shift: evaluation of staff peer listening 2020-2022",
                "journal": "",
                "doi": "",
                "url": "https://riverside-peers.example.org/reports/after-the-shift-2022",
            },
        ],
        "links": [],
    },
    {
        "title": "Recovery companions in a Leipzig psychiatric outpatient clinic",
        "organisation": "weggefaehrten",
        "countries": ["DE"],
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience"],
        "languages": ["de"],
        "materials_languages": ["de"],
        "mode": "in-person",
        "setting": "inside-services",
        "year_started": 2013,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-learning", "social-support"],
        "outcomes": ["hope", "empowerment", "engagement-with-services"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "Three part-time recovery companions with lived experience work in the team of an "
            "outpatient psychiatric clinic, offering one-to-one conversations and a weekly open "
            "group."
        ),
        "description": (
            "Recovery companions (Genesungsbegleiterinnen and Genesungsbegleiter) have been part "
            "of the clinic team since 2013. They are employed on the same terms as other staff, "
            "take part in case discussions, and patients can book them directly without a doctor's "
            "referral.\n\n"
            "Their work has three strands:\n\n"
            "- one-to-one conversations of up to an hour, often about hope, setbacks and finding "
            "meaning after a crisis;\n"
            "- a weekly open group, “Erfahrung teilen” (sharing experience), for up to twelve "
            "people;\n"
            "- advising colleagues on recovery-oriented language and practice, including reviewing "
            "the clinic's letters and leaflets.\n\n"
            "All recovery companions have completed a year-long part-time training course for "
            "experts by experience, with placements and a portfolio. The clinic pays for monthly "
            "external supervision by an experienced peer supervisor.\n\n"
            "A patient and staff survey in 2020 found that patients who had seen a recovery "
            "companion rated the clinic as more welcoming and felt more involved in decisions "
            "about their care. Staff said that the team's attitudes had shifted over the years, "
            "for example in how recovery is discussed in case meetings."
        ),
        "contact_name": "Recovery companion team",
        "references": [
            {
                "authors": "Weggefährten Peer-Netzwerk e.V.",
                "year": 2020,
                "title": "Recovery companions in outpatient care: patient and staff survey 2020",
                "journal": "",
                "doi": "",
                "url": "https://weggefaehrten.example.org/berichte/survey-2020",
            },
            {
                "authors": "Solomon",
                "year": 2004,
                "title": (
                    "Peer support/peer-provided services: underlying processes, benefits, and "
                    "critical ingredients"
                ),
                "journal": "Psychiatric Rehabilitation Journal",
                "doi": "",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": (
            "Recovery sponsorships for people leaving residential addiction treatment in Hamburg"
        ),
        "organisation": "ankerplatz",
        "countries": ["DE"],
        "types": ["recovery-sponsorship"],
        "focus": ["addiction"],
        "groups": ["adults-lived-experience"],
        "languages": ["de", "ru"],
        "materials_languages": ["de"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2010,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-learning", "helper-therapy"],
        "outcomes": ["self-management", "social-inclusion", "hope"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "People leaving a residential alcohol or drug treatment programme are matched with a "
            "sponsor in stable recovery, who stays in touch throughout their first year back home."
        ),
        "description": (
            "Coming home after several months in a residential programme means facing old places, "
            "old contacts and old habits again. Ankerplatz offers everyone leaving one of three "
            "partner clinics a sponsor: a member of the association with at least two years of "
            "stable recovery.\n\n"
            "Sponsor and newcomer first meet in the clinic. After that they usually meet weekly "
            "for three months and less often later on. They may go to a self-help group together, "
            "sort out paperwork, or talk on the phone at a difficult moment. The approach borrows "
            "from sponsorship in twelve-step fellowships, but it is not tied to any one programme "
            "and welcomes people who follow other routes to recovery. Some sponsors speak Russian "
            "as well as German.\n\n"
            "## Support for sponsors\n\n"
            "Sponsors attend a weekend course on listening, boundaries and relapse, and meet every "
            "month in a sponsors' circle led by a social worker. They are volunteers and are "
            "reimbursed for travel.\n\n"
            "Follow-up calls in 2022-2023 suggested that people with a sponsor were more likely to "
            "stay connected with self-help groups during their first year. Sponsors often say that "
            "the role strengthens their own recovery."
        ),
        "contact_name": "Sponsorship coordinator",
        "references": [
            {
                "authors": "Ankerplatz Sucht-Selbsthilfe e.V.",
                "year": 2024,
                "title": "Recovery sponsorships: follow-up calls 2022-2023",
                "journal": "",
                "doi": "",
                "url": "https://ankerplatz.example.net/berichte/patenschaften-2024",
            },
        ],
        "links": [
            {
                "title": "Becoming a sponsor",
                "url": "https://ankerplatz.example.net/patenschaften/",
            },
        ],
    },
    {
        "title": "Doppelt stark: online meetings on drinking and low mood",
        "organisation": "ankerplatz",
        "countries": ["DE", "AT"],
        "types": ["online-peer-support"],
        "focus": ["co-occurring", "addiction", "anxiety-depression"],
        "groups": ["adults-lived-experience"],
        "languages": ["de"],
        "materials_languages": ["de"],
        "mode": "online",
        "setting": "peer-run",
        "year_started": 2020,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "social-comparison"],
        "outcomes": ["self-management", "social-inclusion"],
        "evidence": "theory-based",
        "peer_led": True,
        "summary": (
            "Twice-weekly video meetings for German-speaking adults who find that drinking and "
            "depression or anxiety feed into each other, hosted by trained self-help group members."
        ),
        "description": (
            "Many people who want to change their drinking also live with low mood or anxiety, and "
            "they sometimes feel that neither addiction groups nor mental-health groups have room "
            "for both. Doppelt stark (“doubly strong”) was set up in 2020 as an online meeting "
            "where the two can be talked about together.\n\n"
            "Meetings take place on Tuesday and Sunday evenings for 90 minutes on a secure video "
            "platform, with up to 14 participants. Two hosts, both with lived experience of these "
            "combined difficulties, welcome newcomers in a separate breakout room for ten minutes "
            "first. The meetings follow a few simple rules: speak from your own experience, give "
            "no advice unless asked, and keep what is said in the meeting.\n\n"
            "Hosts complete a 16-hour online course and meet monthly with hosts from other groups. "
            "A partner association in Austria joined in 2021, so the meetings are now open to "
            "participants in both countries.\n\n"
            "The practice is based on the idea that people who recognise their own pattern in "
            "someone else's story can see it more clearly and feel less alone with it. It has not "
            "yet been evaluated; the association records attendance and asks for short anonymous "
            "feedback twice a year."
        ),
        "contact_name": "Online meetings hosts",
        "references": [],
        "links": [],
    },
    {
        "title": "Open trialogue seminars in Graz",
        "organisation": "dreiklang",
        "countries": ["AT"],
        "types": ["trialogue"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience", "carers-families", "workers-professionals"],
        "languages": ["de"],
        "materials_languages": ["de"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2003,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-learning"],
        "outcomes": ["empowerment", "family-stress"],
        "evidence": "described",
        "peer_led": False,
        "summary": (
            "A seminar series in which people with experience of psychosis, their relatives and "
            "mental-health professionals meet as equals every month to explore one question "
            "together."
        ),
        "description": (
            "The Graz seminars have run since 2003, with eight evenings each season from October "
            "to May. They are held in an adult education centre, so that nobody meets on the home "
            "ground of a hospital or a self-help group. Between 15 and 40 people attend.\n\n"
            "## How an evening works\n\n"
            "The evening opens with three short introductions to the theme, one from each group, "
            "of about five minutes each. The rest of the two hours is open conversation in a "
            "circle. Moderation is shared by a trio, again one person from each group, whose task "
            "is to make sure all three perspectives are heard and that nobody feels pressed to "
            "reveal personal information.\n\n"
            "Themes have included “The first crisis”, “Brothers and sisters”, “Work and psychosis” "
            "and “When professionals have their own experience”. Students of psychology, nursing "
            "and social work often attend as part of their training.\n\n"
            "The forum has not evaluated the seminars formally, but it collects written "
            "reflections on cards at the end of each season. A recurring theme is that the "
            "seminars change how people listen to each other outside the room, at home and in "
            "services."
        ),
        "contact_name": "Seminar moderation trio",
        "references": [],
        "links": [
            {
                "title": "This season's seminar themes",
                "url": "https://dreiklang.example.org/seminare/",
            },
        ],
    },
    {
        "title": (
            "Learning from three perspectives: a trialogue module for psychiatry and nursing "
            "trainees"
        ),
        "organisation": "dreiklang",
        "countries": ["AT", "DE"],
        "types": ["trialogue"],
        "focus": ["mental-health"],
        "groups": ["workers-professionals"],
        "languages": ["de"],
        "materials_languages": ["de"],
        "mode": "in-person",
        "setting": "inside-services",
        "year_started": 2016,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-learning"],
        "outcomes": ["engagement-with-services", "empowerment"],
        "evidence": "theory-based",
        "peer_led": False,
        "summary": (
            "A two-day module in which trainee psychiatrists and nurses learn alongside people "
            "with lived experience of psychosis and relatives, as part of their professional "
            "training."
        ),
        "description": (
            "The module was developed by the forum with two teaching hospitals in Austria and a "
            "nursing school in Bavaria. Each course brings together 12 to 16 trainees with four "
            "people with lived experience and four relatives, who are paid as co-teachers.\n\n"
            "Day one is spent in small mixed trialogue groups. Trainees are asked to take part as "
            "people rather than as clinicians, and to listen more than they speak. Day two looks "
            "at everyday situations on a ward, such as an admission, a first conversation about "
            "medication or a family meeting, and asks how each would look if all three "
            "perspectives were taken seriously. Short role-plays are followed by feedback from "
            "each group in turn.\n\n"
            "Co-teachers prepare together in a half-day workshop and debrief with the course lead "
            "at the end of each day. They are free to decide how much of their own story to "
            "share.\n\n"
            "The module is based on the view that professionals' attitudes are shaped most by "
            "meeting people with lived experience outside a treatment relationship. Trainees "
            "complete a short reflection form at the end, and a more systematic evaluation with a "
            "university department is being planned."
        ),
        "contact_name": "Training module lead",
        "references": [
            {
                "authors": "Farkas & Boevink",
                "year": 2018,
                "title": (
                    "Peer delivered services in mental health care in 2018: infancy or adolescence?"
                ),
                "journal": "World Psychiatry",
                "doi": "",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": (
            "Walking Alongside: recovery sponsorship for people affected by alcohol and gambling "
            "in Cork"
        ),
        "organisation": "sli-nua",
        "countries": ["IE"],
        "types": ["recovery-sponsorship", "mutual-support-groups"],
        "focus": ["addiction"],
        "groups": ["adults-lived-experience"],
        "languages": ["en"],
        "materials_languages": ["en"],
        "mode": "in-person",
        "setting": "peer-run",
        "year_started": 2008,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "helper-therapy", "social-support"],
        "outcomes": ["self-management", "hope", "social-inclusion"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "People newly in recovery from alcohol or gambling problems can ask for a sponsor from "
            "the network, who offers regular contact, shares their own experience and goes with "
            "them to meetings."
        ),
        "description": (
            "The sponsorship scheme grew out of the network's weekly recovery meetings in Cork "
            "city and two market towns in the county. Anyone who has been to at least three "
            "meetings can ask for a sponsor. Sponsors have usually been in recovery for at least "
            "two years, and most were once sponsored themselves.\n\n"
            "Sponsorship is informal and rests on an agreement between two people. A typical "
            "arrangement includes a phone call on set days, a coffee before or after the weekly "
            "meeting, and an agreed way to get in touch when cravings or stress build up. Sponsors "
            "do not give medical or financial advice, and they encourage newcomers to use other "
            "services too, such as debt advice or counselling.\n\n"
            "Twice a year the network holds an evening workshop for sponsors on topics such as "
            "boundaries, gambling debt and looking after your own recovery. A small group of "
            "long-standing members is available to talk over any difficulties between "
            "workshops.\n\n"
            "The practice has grown out of members' own experience rather than a written model, "
            "and it has not been evaluated. Members say that the scheme keeps the weekly meetings "
            "connected to what happens during the rest of the week."
        ),
        "contact_name": "Sponsorship contact group",
        "references": [],
        "links": [
            {
                "title": "Recovery meetings in Cork city and county",
                "url": "https://slinua.example.org/meetings/",
            },
        ],
    },
    {
        "title": "Over the Gate: a peer listening network for farmers in rural Munster",
        "organisation": "sli-nua",
        "countries": ["IE"],
        "types": ["peer-listening"],
        "focus": ["anxiety-depression", "mental-health"],
        "groups": ["workers-professionals", "adults-lived-experience"],
        "languages": ["en"],
        "materials_languages": ["en"],
        "mode": "blended",
        "setting": "community",
        "year_started": 2019,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "social-comparison"],
        "outcomes": ["engagement-with-services", "social-inclusion", "hope"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "Farmers who have come through stress, low mood or isolation themselves are trained to "
            "listen to other farmers at marts and agricultural shows, or on the phone."
        ),
        "description": (
            "Farming can be lonely work, with long hours, money worries and unpredictable weather, "
            "and many farmers are reluctant to tell a doctor how they feel. Over the Gate trains "
            "farmers and farm family members who have their own experience of stress or depression "
            "to be listeners in their community.\n\n"
            "Listeners are present at livestock marts and agricultural shows with a small stand, "
            "and they can also be reached on a phone number answered in the evenings. "
            "Conversations are confidential. Listeners help people put words to what is going on "
            "and, if they want, find out about local support such as GPs, counselling or financial "
            "advice.\n\n"
            "## Training\n\n"
            "- two full days of training in listening, safety planning and local services;\n"
            "- a refresher day every year;\n"
            "- monthly group calls with a coordinator and a counsellor.\n\n"
            "Between 2020 and 2023, listeners recorded about 600 conversations. A short review "
            "with listeners and local health professionals found that many conversations were with "
            "men who had never talked to anyone about their mental health before. The review did "
            "not follow up the people who had been listened to, so effects on them are not known."
        ),
        "contact_name": "Over the Gate coordinator",
        "references": [
            {
                "authors": "Slí Nua Peer Recovery Network",
                "year": 2023,
                "title": "Over the Gate: review of the first three years",
                "journal": "",
                "doi": "",
                "url": "https://slinua.example.org/reports/over-the-gate-2023",
            },
        ],
        "links": [],
    },
    {
        "title": "Peer counselling for people newly diagnosed with HIV in Porto",
        "organisation": "caminho",
        "countries": ["PT"],
        "types": ["peer-counselling"],
        "focus": ["chronic-illness", "anxiety-depression"],
        "groups": ["adults-lived-experience"],
        "languages": ["pt", "en"],
        "materials_languages": ["pt"],
        "mode": "blended",
        "setting": "inside-services",
        "year_started": 2007,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-support", "social-learning"],
        "outcomes": ["self-management", "self-esteem", "engagement-with-services"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "Counsellors who live with HIV offer up to six sessions to people who have recently "
            "learned their HIV status, at a hospital clinic in Porto or by phone."
        ),
        "description": (
            "Learning that you are living with HIV can bring shock, fear and worry about telling "
            "others, even though treatment today allows a long and healthy life. Since 2007 the "
            "association has offered peer counselling at the infectious diseases outpatient clinic "
            "of a public hospital in Porto.\n\n"
            "Counsellors are people living with HIV who have completed a 50-hour course covering "
            "counselling skills, the basics of treatment, disclosure, stigma and sexual health. "
            "They see people in a private room at the clinic, usually on the same day as a medical "
            "appointment, or by phone for those who prefer not to be seen there. Each person can "
            "have up to six sessions. Counsellors have monthly group supervision with a clinical "
            "psychologist and can consult the clinic nurses whenever needed.\n\n"
            "## Evaluation\n\n"
            "In 2018 the association compared clinic records of people who took up peer "
            "counselling with those of people who declined it. Those who saw a peer counsellor "
            "were more likely to keep their appointments during the first year, and in interviews "
            "they described feeling less ashamed. Because people chose for themselves whether to "
            "take part, the two groups may have differed in other ways."
        ),
        "contact_name": "Peer counselling team",
        "references": [
            {
                "authors": "Associação Caminho Partilhado",
                "year": 2019,
                "title": "Peer counselling at the outpatient clinic: evaluation report 2018",
                "journal": "",
                "doi": "",
                "url": "https://caminho-partilhado.example.org/relatorios/aconselhamento-2019",
            },
        ],
        "links": [],
    },
    {
        "title": (
            "Evening groups for relatives of people with severe mental illness in Porto and Braga"
        ),
        "organisation": "caminho",
        "countries": ["PT"],
        "types": ["mutual-support-groups"],
        "focus": ["mental-health"],
        "groups": ["carers-families"],
        "languages": ["pt"],
        "materials_languages": ["pt"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2005,
        "activity_status": "ended",
        "mechanisms": ["social-support", "experiential-knowledge", "social-comparison"],
        "outcomes": ["family-stress", "quality-of-life"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "From 2005 to 2020, relatives of people with severe mental illness met every fortnight "
            "in Porto, and later in Braga, to share experience and practical knowledge. The groups "
            "closed during the pandemic."
        ),
        "description": (
            "The groups were started by three mothers whose adult children had been in and out of "
            "hospital and who felt that nobody had explained to them what was happening. At their "
            "busiest, two groups met every second Wednesday evening in Porto and one in Braga, "
            "each with 10 to 20 relatives.\n\n"
            "Meetings had a simple shape: a round of news, a topic chosen by the group, and time "
            "for practical questions. Topics included rights under mental-health law, how to "
            "respond when a relative refuses help, sharing care between siblings, and finding time "
            "for yourself. From time to time a guest was invited, such as a lawyer, a nurse or a "
            "person with lived experience, but the groups remained led by relatives.\n\n"
            "Facilitation was shared among experienced members, who met twice a year for a day of "
            "reflection with a family therapist who gave her time voluntarily.\n\n"
            "The groups stopped meeting in March 2020 and did not restart; an attempt to move "
            "online drew only a few members. Former members still keep in touch through an "
            "informal network, and the association now directs families to other organisations in "
            "the region."
        ),
        "contact_name": "Family groups archive contact",
        "references": [
            {
                "authors": "Solomon",
                "year": 2004,
                "title": (
                    "Peer support/peer-provided services: underlying processes, benefits, and "
                    "critical ingredients"
                ),
                "journal": "Psychiatric Rehabilitation Journal",
                "doi": "",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": "Hiša Sopotnik: a member-managed drop-in centre in Ljubljana",
        "organisation": "sopotnik",
        "countries": ["SI"],
        "types": ["peer-run-organisations", "mutual-support-groups"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience"],
        "languages": ["sl"],
        "materials_languages": ["sl"],
        "mode": "in-person",
        "setting": "peer-run",
        "year_started": 2004,
        "activity_status": "active",
        "mechanisms": ["social-support", "helper-therapy", "experiential-knowledge"],
        "outcomes": ["social-inclusion", "empowerment", "quality-of-life"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "A drop-in centre, open on weekdays, where adults with lived experience of "
            "mental-health difficulties meet, cook, join groups and help run the house."
        ),
        "description": (
            "Hiša Sopotnik (“fellow traveller house”) is a ground-floor flat in a residential "
            "street in Ljubljana, open from 10:00 to 16:00 on weekdays. On a typical day between "
            "20 and 35 people drop in. Nobody is asked for more than a first name, or about "
            "diagnosis or treatment.\n\n"
            "The day starts with a short morning meeting where visitors sign up for tasks: cooking "
            "lunch, shopping, cleaning or answering the phone. Afternoons offer groups run by "
            "members, such as a walking group, a conversation group about living with voices, and "
            "a craft workshop whose work is sold at a Christmas market.\n\n"
            "The centre is governed by an assembly of members, which elects a five-person board "
            "every two years. Two part-time coordinators, both with lived experience, are employed "
            "through a grant from the city. New volunteers take an introductory course of six "
            "evenings and are paired with an experienced volunteer for their first month.\n\n"
            "Members describe the centre as a second home and a place where they can give as well "
            "as receive. The society publishes a yearly activity report but has not carried out an "
            "outcome evaluation."
        ),
        "contact_name": "House coordinators",
        "references": [
            {
                "authors": "Davidson et al.",
                "year": 1999,
                "title": (
                    "Peer support among individuals with severe mental illness: a review of the "
                    "evidence"
                ),
                "journal": "Clinical Psychology: Science and Practice",
                "doi": "",
                "url": "",
            },
        ],
        "links": [
            {
                "title": "Opening hours and address",
                "url": "https://sopotnik.example.org/hisa/",
            },
        ],
    },
    {
        "title": "Učimo se skupaj: a pilot recovery college in Ljubljana and Maribor",
        "organisation": "sopotnik",
        "countries": ["SI"],
        "types": ["recovery-colleges"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience", "carers-families"],
        "languages": ["sl"],
        "materials_languages": ["sl", "en"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2017,
        "activity_status": "ended",
        "mechanisms": ["social-learning", "experiential-knowledge"],
        "outcomes": ["empowerment", "hope", "self-management"],
        "evidence": "theory-based",
        "peer_led": False,
        "summary": (
            "A two-year pilot that tested recovery-college courses in two Slovenian cities, "
            "co-designed by peer trainers and professionals. It ended in 2019, but two of its "
            "courses are still taught."
        ),
        "description": (
            "Učimo se skupaj (“we learn together”) was funded by a two-year grant. Its aim was to "
            "test whether the recovery-college approach, developed mainly in English-speaking "
            "countries, could be adapted to Slovenian services and culture.\n\n"
            "Six courses were written or adapted: understanding recovery, wellness planning, "
            "managing stress, rights and services, living with voices, and supporting a family "
            "member. Each was taught by a peer trainer together with a professional from a "
            "community mental-health team, in groups of 10 to 15. Peer trainers took part in a "
            "train-the-trainer course with colleagues from two recovery colleges in other European "
            "countries.\n\n"
            "The pilot followed recovery-college principles: education rather than therapy, "
            "co-production at every step, and learners choosing what to attend. The final report "
            "describes what was learned about adaptation, for example that courses worked better "
            "in community venues than in hospital rooms, and that learners wanted more time for "
            "informal conversation after sessions.\n\n"
            "When the grant ended in 2019, the courses stopped. Two of them were later taken up by "
            "Hiša Sopotnik and are still offered there once a year."
        ),
        "contact_name": "Former pilot team",
        "references": [
            {
                "authors": "Društvo Sopotnik",
                "year": 2019,
                "title": "Učimo se skupaj: final report of the recovery college pilot 2017-2019",
                "journal": "",
                "doi": "",
                "url": "https://sopotnik.example.org/porocila/ucimo-se-skupaj-2019",
            },
        ],
        "links": [
            {
                "title": "Course materials (Slovenian)",
                "url": "https://sopotnik.example.org/gradiva/",
            },
        ],
    },
    {
        "title": "Acompañar: peer counselling for people who have recently migrated to Valencia",
        "organisation": "entre-iguales",
        "countries": ["ES"],
        "types": ["peer-counselling"],
        "focus": ["trauma", "mental-health"],
        "groups": ["refugees-migrants"],
        "languages": ["es", "ar", "fr"],
        "materials_languages": ["es", "ar", "fr"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2018,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-support", "social-learning"],
        "outcomes": ["social-inclusion", "hope", "engagement-with-services"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "Counsellors who migrated to Spain themselves offer individual support in Spanish, "
            "Arabic or French to people who arrived within the last two years, focusing on stress, "
            "loss and finding a way through local services."
        ),
        "description": (
            "Many people who arrive in Valencia after long and sometimes dangerous journeys carry "
            "grief, fear and exhaustion, while also dealing with residence papers, housing and a "
            "new language. Acompañar offers them a counsellor who has been through migration "
            "too.\n\n"
            "Peer counsellors are women and men from North and West Africa and Latin America who "
            "have lived in Spain for several years. They complete an 80-hour course on counselling "
            "skills, trauma-informed practice, self-care and the local health and social system. "
            "They then see people for up to ten sessions of about 50 minutes, at the collective's "
            "office or at partner organisations. A psychologist supervises the team every two "
            "weeks, and counsellors can refer people to specialist trauma services when needed.\n\n"
            "In feedback interviews with 30 participants in 2022, people described feeling "
            "understood “without having to explain everything”, and several said their counsellor "
            "had helped them register with a family doctor. Counsellors noted that sessions often "
            "touched on practical matters as much as feelings. The team sees this as part of the "
            "approach rather than a distraction from it."
        ),
        "contact_name": "Acompañar coordination",
        "references": [
            {
                "authors": "Colectivo Entre Iguales",
                "year": 2022,
                "title": "Acompañar: participant feedback interviews 2022",
                "journal": "",
                "doi": "",
                "url": "https://entre-iguales.example.org/informes/acompanar-2022",
            },
        ],
        "links": [],
    },
    {
        "title": "Voices in Company: a mutual support group for people who hear voices in Valencia",
        "organisation": "entre-iguales",
        "countries": ["ES"],
        "types": ["mutual-support-groups"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience"],
        "languages": ["es", "ca"],
        "materials_languages": ["es", "ca"],
        "mode": "in-person",
        "setting": "peer-run",
        "year_started": 2012,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "social-comparison"],
        "outcomes": ["empowerment", "self-management", "self-esteem"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "A fortnightly group where people who hear voices or have other unusual experiences "
            "share ways of living with them, without needing to agree on what the voices mean."
        ),
        "description": (
            "The group meets every other Tuesday for two hours in a civic centre in Valencia, with "
            "five to twelve participants. It was started in 2012 by two people who hear voices, "
            "inspired by the international voice-hearing movement, which treats voices as "
            "meaningful experiences that people can learn to live with.\n\n"
            "Members are free to understand their voices in their own way: as part of an illness, "
            "as a spiritual experience, as a reaction to past events, or as something else. The "
            "group takes no position, and people are welcome whether or not they take medication "
            "or use services. Conversations often turn to practical strategies, such as answering "
            "voices back, setting aside a time of day for them, or using music and headphones.\n\n"
            "Two facilitators, each with their own experience of hearing voices, share the role. "
            "They meet facilitators of similar groups elsewhere in Spain twice a year to exchange "
            "ideas. A professional attends only when the group invites one for a particular "
            "theme.\n\n"
            "There has been no evaluation. Members say that being able to talk openly about voices "
            "without being judged makes the voices feel less frightening."
        ),
        "contact_name": "Group facilitators",
        "references": [],
        "links": [],
    },
    {
        "title": "Experts by experience in a Bologna community mental-health centre",
        "organisation": "pari-passo",
        "countries": ["IT"],
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience", "carers-families"],
        "languages": ["it"],
        "materials_languages": ["it"],
        "mode": "in-person",
        "setting": "inside-services",
        "year_started": 2011,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-support", "helper-therapy"],
        "outcomes": ["engagement-with-services", "family-stress", "empowerment"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "People who have used mental-health services, and relatives who have cared for "
            "someone, work alongside staff at reception, on home visits and in family groups at a "
            "community mental-health centre."
        ),
        "description": (
            "Since 2011, Pari Passo has trained and employed people who have used mental-health "
            "services themselves, and relatives who have cared for someone, to work inside a "
            "public community mental-health centre in Bologna. There are currently seven peer "
            "workers, five with personal experience and two family members, each working 15 to 20 "
            "hours a week.\n\n"
            "Their tasks include:\n\n"
            "- welcoming people at the reception desk and in the waiting room, where a first visit "
            "can feel less daunting with a peer present;\n"
            "- joining staff on home visits, especially to people who have lost touch with the "
            "centre;\n"
            "- co-leading a monthly group for families with a social worker;\n"
            "- taking part in weekly team meetings as full members.\n\n"
            "New peer workers complete a 100-hour course run by the cooperative, followed by three "
            "months of working alongside an experienced colleague. Supervision is monthly, with a "
            "psychologist and a senior peer worker.\n\n"
            "A mixed-methods evaluation in 2019 found that staff saw peer workers as improving the "
            "atmosphere of the centre and helping to re-engage people who had stopped attending. "
            "Families reported feeling less isolated. The evaluation was carried out by the "
            "cooperative with an external adviser and did not include a comparison group."
        ),
        "contact_name": "Peer work coordinator",
        "references": [
            {
                "authors": "Cooperativa Sociale Pari Passo",
                "year": 2020,
                "title": "Peer workers in community mental health: mixed-methods evaluation 2019",
                "journal": "",
                "doi": "",
                "url": "https://paripasso.example.com/rapporti/valutazione-2019",
            },
            {
                "authors": "Farkas & Boevink",
                "year": 2018,
                "title": (
                    "Peer delivered services in mental health care in 2018: infancy or adolescence?"
                ),
                "journal": "World Psychiatry",
                "doi": "",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": "Tea and Conversation: peer visitors for older residents living alone in Bologna",
        "organisation": "pari-passo",
        "countries": ["IT"],
        "types": ["peer-listening"],
        "focus": ["anxiety-depression"],
        "groups": ["older-people"],
        "languages": ["it"],
        "materials_languages": ["it"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2015,
        "activity_status": "active",
        "mechanisms": ["social-support", "helper-therapy", "social-comparison"],
        "outcomes": ["depression-symptoms", "quality-of-life", "social-inclusion"],
        "evidence": "controlled",
        "peer_led": True,
        "summary": (
            "Older volunteers, many of whom have come through loneliness or low mood themselves, "
            "visit a person over 70 at home once a week to listen and keep them company."
        ),
        "description": (
            "Loneliness and low mood are common among older people who live alone, especially "
            "after a bereavement or a loss of mobility. In this scheme, volunteers aged 60 and "
            "over each visit one person once a week, for about an hour, for at least six months. "
            "Visits are simple: a cup of tea, conversation, looking through photographs, perhaps a "
            "short walk to the local market.\n\n"
            "Volunteers are recruited through pensioners' associations and parishes, and many have "
            "their own experience of bereavement, isolation or depression. They complete a 20-hour "
            "training course on listening, recognising when someone needs more help, and keeping "
            "boundaries, and they meet monthly in a group with the scheme coordinator.\n\n"
            "## Evaluation\n\n"
            "In 2018-2019, Pari Passo and the city's social services ran a study in which 84 older "
            "people referred because of loneliness were randomly offered peer visits either "
            "straight away or after six months. At six months, those who had been visited reported "
            "fewer depressive symptoms and less loneliness than those still waiting. Volunteers "
            "also described benefits, above all feeling useful. The study was small, and "
            "participants knew which group they were in, which may have influenced their answers."
        ),
        "contact_name": "Visiting scheme coordinator",
        "references": [
            {
                "authors": "Cooperativa Sociale Pari Passo",
                "year": 2020,
                "title": "Peer visiting for older people: randomised waiting-list study 2018-2019",
                "journal": "",
                "doi": "",
                "url": "https://paripasso.example.com/rapporti/visite-2020",
            },
        ],
        "links": [
            {
                "title": "Volunteer as a peer visitor",
                "url": "https://paripasso.example.com/volontari/",
            },
        ],
    },
    {
        "title": "Rozmowa: peer counselling by students for students in Kraków",
        "organisation": "przystan",
        "countries": ["PL"],
        "types": ["peer-counselling"],
        "focus": ["anxiety-depression", "mental-health"],
        "groups": ["young-people"],
        "languages": ["pl", "en"],
        "materials_languages": ["pl", "en"],
        "mode": "blended",
        "setting": "community",
        "year_started": 2019,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-support", "helper-therapy"],
        "outcomes": ["engagement-with-services", "self-esteem", "hope"],
        "evidence": "theory-based",
        "peer_led": True,
        "summary": (
            "Trained students with lived experience offer up to four confidential conversations to "
            "other students in Kraków, in person or online, in Polish or English."
        ),
        "description": (
            "Rozmowa (“conversation”) offers students a first step that feels less formal than "
            "booking an appointment with a psychologist. Counsellors are students in their third "
            "year or above, or recent graduates, who went through anxiety, depression or other "
            "difficulties during their own studies. Each conversation lasts up to 50 minutes, and "
            "a student can have up to four, either in a room at the foundation's office near the "
            "Old Town or by video call.\n\n"
            "Counsellors complete a 60-hour course over one semester and are supervised in small "
            "groups every two weeks by a psychotherapist. Conversations follow a simple structure: "
            "understand what is happening, explore what has helped before, and agree on a next "
            "step, which may be a referral to the university's psychological service.\n\n"
            "The service draws on experiential knowledge and on the helper-therapy principle: "
            "counsellors are expected to gain from the role as well, and the foundation pays "
            "attention to their own wellbeing, especially during exam periods.\n\n"
            "English-language sessions were added in 2021 for international students. The "
            "foundation collects anonymous feedback but has not yet evaluated outcomes."
        ),
        "contact_name": "Rozmowa coordinator",
        "references": [],
        "links": [
            {
                "title": "Book a conversation",
                "url": "https://przystan.example.org/rozmowa/",
            },
        ],
    },
    {
        "title": "Support circles in Kraków for people who fled the war in Ukraine",
        "organisation": "przystan",
        "countries": ["PL"],
        "types": ["mutual-support-groups"],
        "focus": ["trauma", "anxiety-depression"],
        "groups": ["refugees-migrants"],
        "languages": ["uk", "ru", "pl"],
        "materials_languages": ["uk", "pl"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2022,
        "activity_status": "active",
        "mechanisms": ["social-support", "social-comparison", "experiential-knowledge"],
        "outcomes": ["social-inclusion", "hope", "quality-of-life"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "Weekly circles in Ukrainian or Russian, facilitated by women who came to Kraków in "
            "2022 themselves, for people coping with displacement, separation from family and "
            "uncertainty."
        ),
        "description": (
            "In the weeks after February 2022, many thousands of people from Ukraine arrived in "
            "Kraków, most of them women, children and older people. Przystań started these circles "
            "in April 2022, when several Ukrainian women who had recently arrived asked for a "
            "place to talk.\n\n"
            "There are now five circles. Each meets weekly for 90 minutes in a community centre "
            "with eight to twelve participants. One circle is for mothers, with childcare in the "
            "next room, and one is for older people. Facilitators are Ukrainian women with a "
            "background in teaching, nursing or social work who came to Poland in 2022. They took "
            "a 24-hour course on group facilitation, trauma awareness and self-care, and they meet "
            "a bilingual psychologist every fortnight.\n\n"
            "Feedback forms from 2023 suggest that participants value hearing from others in the "
            "same situation and picking up practical tips about school enrolment, work and "
            "housing. Facilitators say the circles help them too, although they describe the work "
            "as tiring at times. The foundation has therefore limited each facilitator to one "
            "circle."
        ),
        "contact_name": "Support circles team",
        "references": [
            {
                "authors": "Fundacja Przystań",
                "year": 2023,
                "title": "Support circles for people from Ukraine: feedback summary 2023",
                "journal": "",
                "doi": "",
                "url": "https://przystan.example.org/raporty/kregi-2023",
            },
        ],
        "links": [],
    },
    {
        "title": "Kvällsrösten: a warmline answered by older volunteers in western Sweden",
        "organisation": "jamsides",
        "countries": ["SE"],
        "types": ["warmlines"],
        "focus": ["anxiety-depression", "mental-health"],
        "groups": ["older-people"],
        "languages": ["sv"],
        "materials_languages": ["sv"],
        "mode": "online",
        "setting": "peer-run",
        "year_started": 2010,
        "activity_status": "active",
        "mechanisms": ["social-support", "experiential-knowledge", "helper-therapy"],
        "outcomes": ["social-inclusion", "quality-of-life"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "Older people who feel lonely or low can call in the afternoon or evening and talk "
            "with a volunteer of a similar age who has also been through hard times."
        ),
        "description": (
            "Kvällsrösten (“the evening voice”) is open from 15:00 to 21:00, seven days a week. "
            "Most callers are over 70 and live alone, and they call to talk about loneliness, "
            "grief, health worries or simply their day. Volunteers are aged 60 to 82 and have "
            "their own experience of depression, loss or anxiety in later life.\n\n"
            "Volunteers are trained over four afternoons. They learn to listen without hurrying, "
            "to recognise when someone may need health care or emergency help, and to keep the "
            "line a place for conversation rather than advice. A volunteer coordinator holds a "
            "monthly meeting where difficult calls can be talked through, and a volunteer "
            "psychologist joins four times a year.\n\n"
            "Some callers phone every week and have come to know the volunteers; others call only "
            "once. Volunteers take calls from home using a shared number, so that nobody has to "
            "travel in winter.\n\n"
            "Volunteers say that the calls give their own week structure and meaning. The "
            "association describes the line in its yearly reports, based on call numbers and "
            "volunteers' notes, but it has not carried out an evaluation."
        ),
        "contact_name": "Volunteer coordinator",
        "references": [],
        "links": [
            {
                "title": "Call Kvällsrösten",
                "url": "https://jamsides.example.org/kvallsrosten/",
            },
        ],
    },
    {
        "title": "Samma båt: a moderated Nordic forum on mental health and substance use",
        "organisation": "jamsides",
        "countries": ["SE", "NO"],
        "types": ["online-peer-support"],
        "focus": ["co-occurring", "addiction"],
        "groups": ["adults-lived-experience"],
        "languages": ["sv", "no"],
        "materials_languages": ["sv"],
        "mode": "online",
        "setting": "peer-run",
        "year_started": 2014,
        "activity_status": "ended",
        "mechanisms": ["social-support", "experiential-knowledge", "social-comparison"],
        "outcomes": ["social-inclusion", "self-management"],
        "evidence": "theory-based",
        "peer_led": True,
        "summary": (
            "From 2014 to 2022, a moderated online forum gave adults in Sweden and Norway a place "
            "to write about living with both mental-health difficulties and substance use. It "
            "closed when hosting costs rose."
        ),
        "description": (
            "Samma båt (“the same boat”) was a text forum where members wrote under a pseudonym. "
            "At its busiest it had around 1,500 active members. Posts could be written in Swedish "
            "or Norwegian, and many threads ran in both languages.\n\n"
            "Moderation was at the heart of the practice. A team of eight volunteer moderators, "
            "all with lived experience of both mental-health and substance-use difficulties, took "
            "shifts so that new posts were read within a few hours during the day. Moderators:\n\n"
            "- welcomed new members and explained the forum rules;\n"
            "- removed posts that named individuals or encouraged harm;\n"
            "- replied to posts suggesting someone might be in danger, with information about "
            "emergency services;\n"
            "- met online every month with the association's coordinator.\n\n"
            "The forum was designed around the idea that people who recognise their own experience "
            "in others' stories feel less alone and pick up practical strategies along the way. No "
            "formal study was carried out.\n\n"
            "The forum closed in 2022 after the hosting platform changed its terms and costs rose. "
            "The association has kept its moderator guides, which other groups are welcome to use."
        ),
        "contact_name": "Former forum coordinator",
        "references": [],
        "links": [
            {
                "title": "Moderator guide (archived)",
                "url": "https://jamsides.example.org/arkiv/moderatorguide/",
            },
        ],
    },
    {
        "title": "Peer-led groups in Aarhus for people facing low mood after retirement",
        "organisation": "faellesvejen",
        "countries": ["DK"],
        "types": ["peer-led-groups"],
        "focus": ["anxiety-depression"],
        "groups": ["older-people"],
        "languages": ["da"],
        "materials_languages": ["da"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2013,
        "activity_status": "active",
        "mechanisms": ["social-support", "social-learning", "social-comparison"],
        "outcomes": ["depression-symptoms", "quality-of-life", "social-inclusion"],
        "evidence": "controlled",
        "peer_led": True,
        "summary": (
            "Twelve-week groups for people over 60 who feel low or without purpose after leaving "
            "work, led by two trained peers who went through the same transition."
        ),
        "description": (
            "Retirement can bring freedom, but also a loss of structure, status and daily contact "
            "with colleagues. For some people it is followed by a long period of low mood. These "
            "groups offer a way through it together with others at the same stage of life.\n\n"
            "Each group has eight to ten members and meets weekly for two hours over twelve weeks "
            "in a local library or senior centre. Sessions combine conversation with a few "
            "structured elements: planning enjoyable activities, noticing unhelpful patterns of "
            "thinking, and keeping a weekly plan. The final sessions focus on finding new roles, "
            "such as volunteering or joining a club.\n\n"
            "The two leaders are retired people with their own experience of depression. They "
            "complete 40 hours of training, follow a session manual, and meet a psychologist for "
            "supervision every third week.\n\n"
            "## Evaluation\n\n"
            "Between 2016 and 2018, a randomised trial run with the municipal health department "
            "compared 130 people who joined a group with people who received an information "
            "leaflet and a list of local activities. At the end of the twelve weeks, group members "
            "reported fewer depressive symptoms; after one year the difference was smaller but "
            "still present. Participants especially valued the friendships formed, and several "
            "groups went on meeting on their own."
        ),
        "contact_name": "Group programme lead",
        "references": [
            {
                "authors": "Fællesvejen Peer Network",
                "year": 2019,
                "title": "Peer-led groups after retirement: randomised trial report 2016-2018",
                "journal": "",
                "doi": "",
                "url": "https://faellesvejen.example.net/rapporter/efter-arbejdslivet-2019",
            },
            {
                "authors": "Fuhr, Salisbury, De Silva et al.",
                "year": 2014,
                "title": (
                    "Effectiveness of peer-delivered interventions for severe mental illness and "
                    "depression on clinical and psychosocial outcomes: a systematic review and "
                    "meta-analysis"
                ),
                "journal": "Soc Psychiatry Psychiatr Epidemiol",
                "doi": "10.1007/s00127-014-0857-5",
                "url": "",
            },
        ],
        "links": [],
    },
    {
        "title": "Peer workers in municipal alcohol and drug treatment in Aarhus",
        "organisation": "faellesvejen",
        "countries": ["DK"],
        "types": ["peer-specialists"],
        "focus": ["addiction", "co-occurring"],
        "groups": ["adults-lived-experience"],
        "languages": ["da"],
        "materials_languages": ["da"],
        "mode": "in-person",
        "setting": "inside-services",
        "year_started": 2016,
        "activity_status": "ended",
        "mechanisms": ["experiential-knowledge", "social-learning", "social-support"],
        "outcomes": ["engagement-with-services", "self-management", "hope"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "Between 2016 and 2022, trained peer workers in recovery from addiction were employed "
            "at a municipal treatment centre to welcome newcomers and reach out to people who had "
            "stopped attending."
        ),
        "description": (
            "The project placed four part-time peer workers, each with at least three years of "
            "recovery from alcohol or drug use, in a municipal outpatient treatment centre. Many "
            "people who start treatment drop out within the first weeks, and the project aimed to "
            "change that.\n\n"
            "Peer workers met people at their first appointment, explained what would happen, and "
            "stayed in touch by phone and text message during the first two months. When someone "
            "missed appointments, a peer worker tried to reach them and, if they wished, went back "
            "with them. Several people who also had mental-health difficulties were helped to "
            "connect with psychiatric services.\n\n"
            "Peer workers completed a ten-day training course developed by Fællesvejen. They had "
            "weekly supervision with a senior counsellor and a monthly peer supervision group.\n\n"
            "## Evaluation\n\n"
            "A municipal evaluation in 2021 compared how many people stayed in treatment in the "
            "two years before and after the project began. The share still in treatment after "
            "three months rose, and staff described the peer workers as a bridge between the "
            "centre and people with little trust in services. The project ended in 2022 when its "
            "funding stopped; drawing on its experience, the municipality has since created two "
            "permanent peer posts."
        ),
        "contact_name": "Former project lead",
        "references": [
            {
                "authors": "Fællesvejen Peer Network",
                "year": 2021,
                "title": "Peer workers in municipal addiction treatment: evaluation 2016-2021",
                "journal": "",
                "doi": "",
                "url": "https://faellesvejen.example.net/rapporter/peer-medarbejdere-2021",
            },
        ],
        "links": [],
    },
    {
        "title": "Independent living peer counselling in Tartu and south Estonia",
        "organisation": "tugisild",
        "countries": ["EE"],
        "types": ["peer-counselling"],
        "focus": ["disability"],
        "groups": ["adults-lived-experience"],
        "languages": ["et", "ru"],
        "materials_languages": ["et", "ru"],
        "mode": "blended",
        "setting": "peer-run",
        "year_started": 2006,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-learning", "social-support"],
        "outcomes": ["empowerment", "self-management", "quality-of-life"],
        "evidence": "theory-based",
        "peer_led": True,
        "summary": (
            "Disabled people trained as peer counsellors help others plan how to live "
            "independently, from personal assistance and accessible housing to dealing with "
            "officials."
        ),
        "description": (
            "Tugisild was founded by people with physical and sensory impairments who had moved "
            "out of institutions or their parents' homes and wanted to help others do the same. "
            "Its peer counsellors work from a core principle of the independent living movement: "
            "disabled people are the experts on their own lives and should be in control of the "
            "support they receive.\n\n"
            "A counsellor and the person seeking support meet for four to eight sessions, at the "
            "person's home, at the office in Tartu, or by video call. Together they work through a "
            "personal plan that might cover applying for personal assistance, adapting a flat, "
            "managing a budget or preparing for a meeting with the local authority. Counsellors "
            "share how they solved similar problems, but decisions stay with the person.\n\n"
            "Counsellors are trained over 48 hours, with modules on counselling skills, disability "
            "rights and the social welfare system, and they meet for group supervision every "
            "month. Sessions are offered in Estonian and Russian.\n\n"
            "The approach rests on experiential knowledge and on the idea of peers as credible "
            "role models. Tugisild keeps case records but has not evaluated outcomes."
        ),
        "contact_name": "Peer counselling service",
        "references": [],
        "links": [
            {
                "title": "Request a peer counsellor",
                "url": "https://tugisild.example.org/noustamine/",
            },
        ],
    },
    {
        "title": (
            "Peer mentors for people learning to live with a wheelchair after injury or illness"
        ),
        "organisation": "soubeh",
        "countries": ["CZ", "SK"],
        "types": ["one-to-one-mentoring"],
        "focus": ["disability"],
        "groups": ["adults-lived-experience"],
        "languages": ["cs", "sk"],
        "materials_languages": ["cs", "sk"],
        "mode": "in-person",
        "setting": "inside-services",
        "year_started": 2011,
        "activity_status": "active",
        "mechanisms": ["social-learning", "experiential-knowledge", "social-comparison"],
        "outcomes": ["hope", "self-management", "quality-of-life"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "Wheelchair users who have been through rehabilitation themselves visit people in "
            "spinal units and rehabilitation centres, and stay available after they return home."
        ),
        "description": (
            "A spinal cord injury or a serious illness can change a life in a moment. Souběh's "
            "mentors use wheelchairs and have lived with their impairment for at least three "
            "years. They visit spinal units and rehabilitation centres in Brno and two other Czech "
            "cities, and since 2016 also in Slovakia through a partner association.\n\n"
            "## What mentors do\n\n"
            "Mentors meet people on the ward, one to one or in small groups, to talk about the "
            "everyday questions that staff cannot answer from personal experience: getting "
            "dressed, driving, relationships and sexuality, returning to work, or coping with "
            "stares in the street. Many mentors give practical demonstrations, such as moving from "
            "the wheelchair into a car. After discharge, people can keep in touch with their "
            "mentor by phone or meet again at home.\n\n"
            "Mentors complete a 32-hour training course, and a psychologist from one of the "
            "rehabilitation centres meets them every two months.\n\n"
            "In 2021 a questionnaire was sent to 75 people six months after a rehabilitation stay "
            "in which they had a mentor. Most said the mentor had given them hope and practical "
            "ideas that made the return home easier. The response rate was moderate and there was "
            "no comparison group."
        ),
        "contact_name": "Mentoring programme coordinator",
        "references": [
            {
                "authors": "Spolek Souběh",
                "year": 2021,
                "title": "Peer mentoring in rehabilitation: six-month questionnaire 2021",
                "journal": "",
                "doi": "",
                "url": "https://soubeh.example.org/zpravy/mentoring-2021",
            },
        ],
        "links": [],
    },
    {
        "title": "Listening circles with refugees and asylum seekers in Thessaloniki",
        "organisation": "syntrofia",
        "countries": ["GR"],
        "types": ["peer-listening", "mutual-support-groups"],
        "focus": ["trauma"],
        "groups": ["refugees-migrants"],
        "languages": ["ar", "fa", "el"],
        "materials_languages": ["ar", "fa", "el"],
        "mode": "in-person",
        "setting": "community",
        "year_started": 2016,
        "activity_status": "ended",
        "mechanisms": ["social-support", "experiential-knowledge"],
        "outcomes": ["social-inclusion", "hope"],
        "evidence": "theory-based",
        "peer_led": True,
        "summary": (
            "From 2016 to 2023, refugees trained as peer listeners offered one-to-one "
            "conversations and small circles in Arabic and Farsi to people living in camps and "
            "shelters around Thessaloniki."
        ),
        "description": (
            "Syntrofia began in 2016, when many people who had crossed the Aegean were living for "
            "months in camps around Thessaloniki, with little to do and great uncertainty about "
            "the future. A small group of refugees with backgrounds in teaching and health care, "
            "together with Greek volunteers, set up a listening service.\n\n"
            "Peer listeners were trained over ten half-days in listening, psychological first aid, "
            "recognising signs of severe distress, and caring for themselves. They offered "
            "one-to-one conversations in a quiet tent or room, and weekly circles of six to ten "
            "people, with separate circles for women and men when participants preferred. A Greek "
            "psychologist and an interpreter met the listeners every week to discuss difficult "
            "situations and arrange referrals.\n\n"
            "The practice was built on the idea that people who share a language and the "
            "experience of flight can offer a kind of understanding that outside helpers cannot. "
            "The work also gave listeners a valued role at a time when they were not allowed to "
            "work.\n\n"
            "As camps closed and people moved on, numbers fell, and the network ended the service "
            "in 2023. Some former listeners now work as cultural mediators."
        ),
        "contact_name": "Network secretariat",
        "references": [],
        "links": [],
    },
    {
        "title": "Le Local: a member-run mutual aid club in Lille",
        "organisation": "passerelles",
        "countries": ["FR", "BE"],
        "types": ["peer-run-organisations", "mutual-support-groups"],
        "focus": ["mental-health"],
        "groups": ["adults-lived-experience"],
        "languages": ["fr"],
        "materials_languages": ["fr"],
        "mode": "in-person",
        "setting": "peer-run",
        "year_started": 2007,
        "activity_status": "active",
        "mechanisms": ["social-support", "helper-therapy", "experiential-knowledge"],
        "outcomes": ["social-inclusion", "self-esteem", "empowerment"],
        "evidence": "described",
        "peer_led": True,
        "summary": (
            "A mutual aid club in central Lille, open six days a week and run by its members, "
            "where adults living with mental-health conditions meet, organise activities and "
            "support each other."
        ),
        "description": (
            "Le Local is a former shop with a kitchen, a lounge and a small workshop, run by and "
            "for its members. It has around 120 members, some of whom travel in from towns across "
            "the Belgian border. Membership costs a few euros a year.\n\n"
            "Members decide everything through a monthly general meeting and an elected board. "
            "Activities change with members' interests. In a typical week they might include:\n\n"
            "- a shared lunch cooked by a rota of members;\n"
            "- a discussion group on living with a mental-health condition;\n"
            "- an outing to a museum or to the coast;\n"
            "- a repair café where members fix bicycles and small appliances.\n\n"
            "Two coordinators are employed to help with administration and fundraising, but they "
            "are not therapists and do not lead the groups. Members who facilitate groups can "
            "attend a regional training day for peer facilitators each year.\n\n"
            "Members say the club gives them a reason to go out and a place where they are welcome "
            "as they are. There has been no formal evaluation, but the association writes an "
            "annual activity report for its funders."
        ),
        "contact_name": "Board of Le Local",
        "references": [
            {
                "authors": "Davidson et al.",
                "year": 1999,
                "title": (
                    "Peer support among individuals with severe mental illness: a review of the "
                    "evidence"
                ),
                "journal": "Clinical Psychology: Science and Practice",
                "doi": "",
                "url": "",
            },
        ],
        "links": [
            {
                "title": "Visit Le Local",
                "url": "https://passerelles-pairs.example.org/le-local/",
            },
        ],
    },
    {
        "title": "Likeperson support after acquired brain injury in Vestland",
        "organisation": "vestland-likeperson",
        "countries": ["NO"],
        "types": ["one-to-one-mentoring", "mutual-support-groups"],
        "focus": ["disability", "chronic-illness"],
        "groups": ["adults-lived-experience", "carers-families"],
        "languages": ["no"],
        "materials_languages": ["no"],
        "mode": "blended",
        "setting": "community",
        "year_started": 2013,
        "activity_status": "active",
        "mechanisms": ["experiential-knowledge", "social-comparison", "social-support"],
        "outcomes": ["quality-of-life", "hope", "family-stress"],
        "evidence": "promising",
        "peer_led": True,
        "summary": (
            "People who have lived with a brain injury for some years, and their relatives, are "
            "matched with someone facing the same situation, alongside small groups that meet "
            "monthly."
        ),
        "description": (
            "A brain injury after a stroke, an accident or an illness can change memory, energy, "
            "mood and relationships, often in ways others cannot see. The network matches people "
            "with an acquired brain injury, or their partners and parents, with a trained "
            "likeperson (peer) who has lived through something similar.\n\n"
            "Matches usually begin after discharge from rehabilitation. Pairs meet or talk on the "
            "phone about once a month for a year, at a pace that suits the person's energy. "
            "Conversations often centre on fatigue, returning to work, or changes in family roles. "
            "Monthly groups in Bergen and two smaller towns add to the one-to-one contact, with "
            "separate groups for people with an injury and for relatives.\n\n"
            "Likepersons take a two-day course and meet twice a year for a refresher day with a "
            "neuropsychologist. Meetings are kept short and written material simple, to suit "
            "people who tire easily.\n\n"
            "In a survey in 2022, most participants said they felt better prepared for life after "
            "rehabilitation. Relatives in particular said they felt less alone with their worries. "
            "The survey had no comparison group."
        ),
        "contact_name": "Likeperson coordinator",
        "references": [
            {
                "authors": "Vestland Likeperson Network",
                "year": 2022,
                "title": "Likeperson support after brain injury: participant survey 2022",
                "journal": "",
                "doi": "",
                "url": "https://vestland-likeperson.example.org/rapporter/undersokelse-2022",
            },
        ],
        "links": [
            {
                "title": "Ask for a likeperson",
                "url": "https://vestland-likeperson.example.org/likeperson/",
            },
        ],
    },
    {
        "title": "A learning house on recovery in Gent",
        "organisation": "brugwerk",
        "countries": ["BE"],
        "types": ["recovery-colleges"],
        "focus": ["mental-health", "addiction"],
        "groups": ["adults-lived-experience", "carers-families"],
        "languages": ["nl"],
        "materials_languages": ["nl", "en"],
        "mode": "blended",
        "setting": "community",
        "year_started": 2016,
        "activity_status": "active",
        "mechanisms": ["social-learning", "experiential-knowledge", "helper-therapy"],
        "outcomes": ["empowerment", "hope", "social-inclusion"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "Short courses, workshops and study circles on recovery, written and taught by "
            "experience experts and open to anyone in Gent and the surrounding area."
        ),
        "description": (
            "The learning house offers about 40 courses a year in a former school building near "
            "the centre of Gent, and several more online. Courses are written and taught by "
            "experience experts (ervaringsdeskundigen) with their own history of mental-health or "
            "addiction difficulties. Some are co-taught with a relative or a professional.\n\n"
            "Recent courses include “Building your own crisis plan”, “Recovery and spirituality”, "
            "“Starting again after addiction” and “Talking with your doctor”. Anyone can enrol, "
            "and nobody is asked to describe their history. Groups have a maximum of 14 "
            "students.\n\n"
            "Teachers are paid and take a 12-day course in adult education, co-creation and "
            "working with groups. They meet a teaching coach for a debrief after each course and "
            "belong to a community of practice with teachers from other learning houses in "
            "Flanders.\n\n"
            "A two-year evaluation with a university college, completed in 2021, used "
            "questionnaires before and after each course and focus groups. Students reported more "
            "hope and a stronger sense of control over their recovery, and many said they had "
            "taken up other activities since. The evaluation had no comparison group."
        ),
        "contact_name": "Learning house team",
        "references": [
            {
                "authors": "Brugwerk vzw",
                "year": 2021,
                "title": "Learning house on recovery: evaluation 2019-2021",
                "journal": "",
                "doi": "",
                "url": "https://brugwerk.example.org/rapporten/leerhuis-evaluatie-2021",
            },
        ],
        "links": [
            {
                "title": "Course programme",
                "url": "https://brugwerk.example.org/leerhuis/",
            },
        ],
    },
    {
        "title": (
            "Across Borders: online intervision circles for peer workers in Belgium, Portugal and "
            "Estonia"
        ),
        "organisation": "brugwerk",
        "countries": ["BE", "PT", "EE"],
        "types": ["online-peer-support", "peer-led-groups"],
        "focus": ["mental-health"],
        "groups": ["workers-professionals"],
        "languages": ["en"],
        "materials_languages": ["en"],
        "mode": "online",
        "setting": "peer-run",
        "year_started": 2021,
        "activity_status": "active",
        "mechanisms": [
            "social-learning",
            "social-support",
            "experiential-knowledge",
            "helper-therapy",
        ],
        "outcomes": ["empowerment", "self-esteem"],
        "evidence": "evaluated",
        "peer_led": True,
        "summary": (
            "Peer support workers from three countries meet online every month in small mixed "
            "groups to discuss real situations from their work, learn from each other and guard "
            "against burnout."
        ),
        "description": (
            "Peer workers are often the only person in a peer role in their team, and many say "
            "they miss colleagues who understand the particular challenges of the work. Across "
            "Borders brings them together online. Circles of six to eight peer workers, mixed "
            "across the three countries, meet for 90 minutes once a month for a year. The shared "
            "language is English, with room to check meanings with a compatriot.\n\n"
            "Each meeting follows a structured intervision method:\n\n"
            "- one participant presents a situation from their work, such as feeling torn between "
            "loyalty to a client and to the team;\n"
            "- the others ask questions to understand it, without giving advice yet;\n"
            "- everyone then shares how they might approach it, drawing on their own experience;\n"
            "- the presenter says what they will take away.\n\n"
            "Facilitators are experienced peer workers who completed two days of training in the "
            "method. Partner organisations in Porto and Tartu recruit participants in their "
            "countries.\n\n"
            "An evaluation of the first two cohorts (2021-2023), using questionnaires and "
            "interviews, found that participants felt more confident in their role and less "
            "isolated. Several said that hearing how peer work is organised elsewhere helped them "
            "argue for better conditions at home."
        ),
        "contact_name": "Cross-border programme coordinator",
        "references": [
            {
                "authors": "Brugwerk vzw",
                "year": 2023,
                "title": "Across Borders intervision circles: evaluation of cohorts 2021-2023",
                "journal": "",
                "doi": "",
                "url": "https://brugwerk.example.org/rapporten/across-borders-2023",
            },
        ],
        "links": [
            {
                "title": "Join an Across Borders circle",
                "url": "https://brugwerk.example.org/across-borders/",
            },
        ],
    },
]

"""Demo content for the training directory: invented programmes, original text."""

PROGRAMMES = [
    {
        "title": "Peer Support Worker Certificate for hospital and community teams in Budapest",
        "provider": "kapocs",
        "countries": ["HU"],
        "languages": ["hu"],
        "summary": (
            "A nine-month certificate course for people with lived experience who want to work as "
            "paid peer support workers on hospital wards and in community mental-health teams in "
            "Hungary."
        ),
        "description": (
            "This is the course that Kapocs peer workers complete before they join a ward team. It "
            "was written by peer workers who have been employed on two acute wards in Budapest "
            "since 2018, together with a nurse and a social worker who co-teach some of the "
            "sessions.\n\n"
            "## How it runs\n\n"
            "Teaching takes place on Friday afternoons online and on one Saturday a month in "
            "Budapest. From February, each participant spends a few hours a week on a supervised "
            "placement in a hospital or community team and keeps a reflective portfolio.\n\n"
            "## Assessment\n\n"
            "- a portfolio of reflections on placement conversations, with all names removed;\n"
            "- an observed conversation with a volunteer, followed by feedback;\n"
            "- a short final interview with two assessors, one of them a peer worker.\n\n"
            "Participants who complete every part receive a certificate recognised by the Peer "
            "Work Certification Board of Central Hungary. The fee can be paid in three "
            "instalments, and a few reduced-fee places are offered each year."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Work Certification Board of Central Hungary",
        "credits": "Certificate of competence in peer support work, level 4",
        "mode": "blended",
        "hours": 120,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "Lived experience of mental-health difficulties, some distance from the most recent "
            "crisis, and an informal interview with two Kapocs peer workers"
        ),
        "cost_amount": 145000,
        "cost_currency": "HUF",
        "schedule": (
            "One intake a year, in September; online sessions on Friday afternoons and one "
            "Saturday a month in Budapest, with a placement from February to May"
        ),
        "enrol_url": "https://kapocs.example.org/training/peer-support-worker-certificate/",
        "types": ["peer-specialists", "one-to-one-mentoring"],
        "focus": ["mental-health"],
        "related_practices": ["Ward-based peer support workers at a Budapest psychiatric hospital"],
        "modules": [
            {
                "title": "Recovery and the value of lived experience",
                "hours": 16,
                "outcomes": (
                    "Participants can describe recovery in their own words and explain what "
                    "experiential knowledge adds to a clinical team."
                ),
            },
            {
                "title": "Listening, conversation and using one's own story",
                "hours": 24,
                "outcomes": (
                    "Participants can hold a supportive conversation and decide when sharing part "
                    "of their own story is likely to help the other person."
                ),
            },
            {
                "title": "Boundaries, ethics and confidentiality",
                "hours": 16,
                "outcomes": (
                    "Participants can agree clear boundaries with the people they support and know "
                    "whom to consult when a situation is unclear."
                ),
            },
            {
                "title": "Working in a ward team",
                "hours": 20,
                "outcomes": (
                    "Participants can contribute the patient's perspective in ward rounds and team "
                    "meetings, and help someone prepare for going home."
                ),
            },
            {
                "title": "Crisis, risk and looking after yourself",
                "hours": 16,
                "outcomes": (
                    "Participants can respond calmly when someone is in acute distress, involve "
                    "the team when needed, and keep a personal wellbeing plan."
                ),
            },
            {
                "title": "Supervised placement and reflective portfolio",
                "hours": 28,
                "outcomes": (
                    "Participants can reflect in writing on their own practice and use supervision "
                    "to learn from difficult moments."
                ),
            },
        ],
    },
    {
        "title": "Campus Companions mentor preparation course",
        "provider": "kapocs",
        "countries": ["HU"],
        "languages": ["hu", "en"],
        "summary": (
            "A four-Saturday course that prepares students with their own experience of "
            "mental-health difficulties to mentor a younger student for one semester."
        ),
        "description": (
            "Before they are matched with a mentee, every Campus Companions mentor takes this "
            "short course. It is taught by two experienced mentors and a peer worker from Kapocs, "
            "in Hungarian, with an English-language group when there are enough international "
            "students.\n\n"
            "The course is practical. Most of the time is spent in pairs and threes, trying out "
            "conversations that mentors are likely to meet: a mentee who keeps cancelling, one who "
            "talks about dropping out, one who would rather have a friend than a mentor.\n\n"
            "What mentors take away:\n\n"
            "- a simple structure for the first three meetings;\n"
            "- a way of sharing their own story that keeps the focus on the mentee;\n"
            "- a clear picture of the university counselling service and how to suggest it;\n"
            "- a place in a fortnightly supervision group of six to eight mentors.\n\n"
            "There is no fee and no exam. Participants who attend all four days receive a letter "
            "of participation, which some faculties count as volunteering experience."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "Letter of participation",
        "mode": "in-person",
        "hours": 24,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "Enrolled at a Budapest university, in the second year or later, with personal "
            "experience of mental-health difficulties"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": "Four Saturdays before each semester, in September and in February",
        "enrol_url": "https://kapocs.example.org/campus-companions/mentor-course/",
        "types": ["one-to-one-mentoring"],
        "focus": ["anxiety-depression", "mental-health"],
        "related_practices": [
            "Campus Companions: peer mentoring for university students in Budapest",
        ],
        "modules": [
            {
                "title": "Listening to a fellow student",
                "hours": 6,
                "outcomes": (
                    "Mentors can listen without rushing to advice and reflect back what they have "
                    "heard."
                ),
            },
            {
                "title": "Sharing your own story with care",
                "hours": 6,
                "outcomes": (
                    "Mentors can choose which parts of their own experience to share, and when, so "
                    "that it serves the mentee."
                ),
            },
            {
                "title": "Boundaries and when to suggest other help",
                "hours": 6,
                "outcomes": (
                    "Mentors can keep the relationship within agreed limits and introduce the "
                    "university counselling service when a mentee wants more support."
                ),
            },
            {
                "title": "Practice meetings and joining supervision",
                "hours": 6,
                "outcomes": (
                    "Mentors can plan their first meetings with a mentee and know how to bring "
                    "questions to their supervision group."
                ),
            },
        ],
    },
    {
        "title": "Sharing the facilitator's chair: a course for recovery group members in Pécs",
        "provider": "mecsek-circle",
        "countries": ["HU"],
        "languages": ["hu"],
        "summary": (
            "Four evening sessions for members of peer-run recovery groups who want to take a turn "
            "as facilitator, built on many years of experience in the Thursday group in Pécs."
        ),
        "description": (
            "In the Thursday group in Pécs, two members share the facilitator role for three "
            "months and then pass it on. This short course grew out of what earlier facilitators "
            "wished they had known before their first evening in the chair.\n\n"
            "Sessions are led by former facilitators and take place in the same community room as "
            "the group. Each evening mixes a short input, an exercise and an open conversation "
            "about real situations, always without names or identifying details.\n\n"
            "## Topics\n\n"
            "- agreeing ground rules with a group, and coming back to them;\n"
            "- running an opening round so that everyone can speak, or pass;\n"
            "- choosing a theme and letting the conversation find its own way;\n"
            "- what to do when someone is very distressed, or when one voice takes over;\n"
            "- how facilitators look after themselves and each other.\n\n"
            "The course is free and open to members of other peer-run groups in southern Hungary, "
            "including family groups. There is no certificate: the aim is confidence, not a "
            "qualification."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "in-person",
        "hours": 16,
        "audiences": ["practising-peer-workers"],
        "prerequisites": "Regular attendance at a peer-run group for at least six months",
        "cost_amount": None,
        "cost_currency": "",
        "schedule": (
            "Four Tuesday evenings each spring; an extra autumn course when enough members sign up"
        ),
        "enrol_url": "https://mecsek-circle.example.org/facilitator-course/",
        "types": ["mutual-support-groups"],
        "focus": ["mental-health"],
        "related_practices": ["Thursday recovery conversations in Pécs"],
        "modules": [
            {
                "title": "What makes a group feel safe",
                "hours": 4,
                "outcomes": (
                    "Participants can agree ground rules with a group and remind the group of them "
                    "without blaming anyone."
                ),
            },
            {
                "title": "Opening rounds, themes and silence",
                "hours": 4,
                "outcomes": (
                    "Participants can open and close a meeting, introduce a theme and allow "
                    "silences without filling them."
                ),
            },
            {
                "title": "When a conversation becomes difficult",
                "hours": 4,
                "outcomes": (
                    "Participants can respond to strong distress or to one person dominating, and "
                    "know when to ask for outside help."
                ),
            },
            {
                "title": "Looking after yourself and handing on the role",
                "hours": 4,
                "outcomes": (
                    "Participants can use the monthly facilitators' meeting for support and "
                    "prepare the next pair to take over."
                ),
            },
        ],
    },
    {
        "title": (
            "Ervaringswerker in de wijk: a vocational programme for experts by experience in "
            "community mental health"
        ),
        "provider": "lantaarn",
        "countries": ["NL"],
        "languages": ["nl"],
        "summary": (
            "A twelve-month accredited programme for people with lived experience who want to work "
            "as experts by experience in Dutch neighbourhood teams and community mental-health "
            "services."
        ),
        "description": (
            "This programme prepares people to work as *ervaringswerkers*: experts by experience "
            "who use what they have learned from their own recovery as part of a professional "
            "role. Most graduates go on to work in neighbourhood teams, community mental-health "
            "services or supported housing in the Utrecht region.\n\n"
            "## Structure\n\n"
            "Teaching days take place every other week in Utrecht, with online study in between. "
            "From the fourth month, each participant works on a placement for about eight hours a "
            "week, with a placement mentor and monthly group supervision led by an experienced "
            "expert by experience.\n\n"
            "## What is assessed\n\n"
            "Participants build a portfolio around three questions: what has my experience taught "
            "me, how can I use it for someone else, and how do I take care of myself while doing "
            "so? The programme ends with a practice assessment on placement and a conversation "
            "with two assessors.\n\n"
            "Successful participants receive a vocational certificate at level 4, recognised by "
            "the Peer Work Certification Board of the Randstad. Some employers pay the fee for "
            "their staff, and Lantaarn can advise on other sources of funding."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Work Certification Board of the Randstad",
        "credits": "Vocational certificate in experiential expertise, level 4",
        "mode": "blended",
        "hours": 400,
        "audiences": ["aspiring-peer-workers", "practising-peer-workers"],
        "prerequisites": (
            "Lived experience of mental-health difficulties and some distance from crisis; a "
            "placement of about eight hours a week, which Lantaarn helps to find"
        ),
        "cost_amount": 2350,
        "cost_currency": "EUR",
        "schedule": (
            "Intakes in February and September; a teaching day every other week in Utrecht and "
            "online study for twelve months, with a placement from the fourth month"
        ),
        "enrol_url": "https://lantaarn.example.net/opleiding/ervaringswerker-in-de-wijk/",
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "related_practices": [],
        "modules": [
            {
                "title": "Your story as a working tool",
                "hours": 60,
                "outcomes": (
                    "Participants can tell their own recovery story in different lengths and "
                    "settings, and explain what they have learned from it."
                ),
            },
            {
                "title": "Recovery, hope and stigma",
                "hours": 50,
                "outcomes": (
                    "Participants can explain the main ideas of recovery and recognise stigma, "
                    "including self-stigma, in everyday practice."
                ),
            },
            {
                "title": "Supporting people one to one",
                "hours": 70,
                "outcomes": (
                    "Participants can build a working relationship based on equality and help "
                    "someone take small steps towards their own goals."
                ),
            },
            {
                "title": "Working with groups and families",
                "hours": 50,
                "outcomes": (
                    "Participants can co-lead a peer group and talk with relatives in a way that "
                    "respects everyone involved."
                ),
            },
            {
                "title": "The expert by experience in a multidisciplinary team",
                "hours": 50,
                "outcomes": (
                    "Participants can contribute their perspective in team meetings and keep their "
                    "own role clear alongside other professions."
                ),
            },
            {
                "title": "Work placement with reflective supervision",
                "hours": 120,
                "outcomes": (
                    "Participants can apply what they have learned in a real workplace and use "
                    "supervision to reflect on their practice."
                ),
            },
        ],
    },
    {
        "title": (
            "Working alongside experts by experience: a course for supervisors and team leaders in "
            "Bologna"
        ),
        "provider": "pari-passo",
        "countries": ["IT"],
        "languages": ["it"],
        "summary": (
            "A four-day accredited course for people who supervise or manage peer support workers "
            "in mental-health and social services, drawing on Pari Passo's years of employing peer "
            "workers."
        ),
        "description": (
            "Peer support workers often say that the quality of their supervision decides whether "
            "a job works out. This course is for the people on the other side of that "
            "relationship: team leaders, coordinators and clinical supervisors in services that "
            "employ, or are about to employ, experts by experience.\n\n"
            "It is taught jointly by a peer worker and a team coordinator from Pari Passo. "
            "Participants bring real questions from their own services, and every day includes "
            "time for structured case discussion.\n\n"
            "## Over four days, participants look at\n\n"
            "1. what peer roles add to a team, and the risk of using them to fill gaps elsewhere;\n"
            "2. job descriptions, recruitment and fair pay;\n"
            "3. supervision that takes lived experience seriously without turning into therapy;\n"
            "4. periods of illness, reasonable adjustments and returning to work;\n"
            "5. language, meetings and decisions that include peer colleagues.\n\n"
            "The course is accredited for 32 hours of continuing education by the Peer Work "
            "Certification Board of Emilia-Romagna. Services that send two participants pay a "
            "reduced fee."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Work Certification Board of Emilia-Romagna",
        "credits": "32 hours of continuing professional education",
        "mode": "in-person",
        "hours": 32,
        "audiences": ["supervisors", "services-employers"],
        "prerequisites": (
            "Responsibility for supervising, managing or planning peer roles in a health or social "
            "service"
        ),
        "cost_amount": 420,
        "cost_currency": "EUR",
        "schedule": "Four Thursdays in October and November, in Bologna",
        "enrol_url": "https://paripasso.example.com/formazione/supervisori/",
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "related_practices": ["Experts by experience in a Bologna community mental-health centre"],
        "modules": [
            {
                "title": "What peer workers bring, and what they do not replace",
                "hours": 6,
                "outcomes": (
                    "Participants can describe the distinct contribution of peer roles and "
                    "recognise when a service is using them to cover other shortages."
                ),
            },
            {
                "title": "Designing and recruiting for peer roles",
                "hours": 6,
                "outcomes": (
                    "Participants can draft a clear job description and plan a fair, accessible "
                    "recruitment process."
                ),
            },
            {
                "title": "Supervision that respects lived experience",
                "hours": 10,
                "outcomes": (
                    "Participants can run supervision sessions that support a peer worker's "
                    "practice without drifting into therapy."
                ),
            },
            {
                "title": "Wellbeing, adjustments and return to work",
                "hours": 5,
                "outcomes": (
                    "Participants can agree reasonable adjustments with a peer worker and plan a "
                    "gradual return after a period of illness."
                ),
            },
            {
                "title": "Team culture, language and shared decisions",
                "hours": 5,
                "outcomes": (
                    "Participants can identify habits in their team that exclude peer colleagues "
                    "and plan one concrete change."
                ),
            },
        ],
    },
    {
        "title": "Luisterpunt listener training for secondary-school pupils in Rotterdam",
        "provider": "tegenwind",
        "countries": ["NL"],
        "languages": ["nl"],
        "summary": (
            "A twelve-hour after-school course that prepares pupils to listen to classmates at "
            "their school's Luisterpunt, taught by young adults from Tegenwind."
        ),
        "description": (
            "Pupils who volunteer at a Luisterpunt listen to classmates who want to talk about "
            "stress, friendships, home or how they are feeling. This course prepares them for that "
            "role. It is run by young adults from Tegenwind, several of whom were listeners "
            "themselves, and the school counsellor joins one of the sessions.\n\n"
            "The course takes place after school, in groups of eight to twelve pupils. Much of it "
            "is role play, using situations that pupils suggested themselves.\n\n"
            "## What listeners learn\n\n"
            "- how to listen without jumping to advice or solutions;\n"
            "- whether, and how, to mention their own experiences;\n"
            "- what confidentiality means, and where it ends;\n"
            "- what to do when a classmate says something worrying, including how to walk with "
            "them to the school counsellor;\n"
            "- how to switch off after a heavy conversation.\n\n"
            "After the course, a Tegenwind coordinator visits each school once a month, and "
            "listeners can always turn to the school counsellor. There is no cost for pupils or "
            "schools."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "in-person",
        "hours": 12,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "A pupil at a participating school; parents of pupils under 16 are informed and asked "
            "for consent"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": "Six after-school sessions of two hours, starting in October and in February",
        "enrol_url": "https://tegenwind.example.org/luisterpunt/training/",
        "types": ["peer-listening"],
        "focus": ["mental-health", "anxiety-depression"],
        "related_practices": ["Luisterpunt: peer listening in Rotterdam secondary schools"],
        "modules": [
            {
                "title": "What a Luisterpunt is, and what it is not",
                "hours": 2,
                "outcomes": (
                    "Pupils can explain to a classmate what the listening point offers and that it "
                    "does not replace the school counsellor."
                ),
            },
            {
                "title": "Listening without fixing",
                "hours": 4,
                "outcomes": (
                    "Pupils can listen attentively, ask open questions and help a classmate work "
                    "out what they want."
                ),
            },
            {
                "title": "Your own experiences and confidentiality",
                "hours": 2,
                "outcomes": (
                    "Pupils can decide whether to share something of their own and explain the "
                    "limits of confidentiality."
                ),
            },
            {
                "title": "When you are worried about someone",
                "hours": 2,
                "outcomes": (
                    "Pupils know when to involve an adult and how to tell the classmate honestly "
                    "that they are doing so."
                ),
            },
            {
                "title": "Looking after yourself as a listener",
                "hours": 2,
                "outcomes": (
                    "Pupils can recognise when a conversation has affected them and know where to "
                    "talk it through."
                ),
            },
        ],
    },
    {
        "title": "Iltalinja volunteer course: answering a peer warmline in Finnish or Swedish",
        "provider": "tuulensuoja",
        "countries": ["FI"],
        "languages": ["fi", "sv"],
        "summary": (
            "A 40-hour course for adults with lived experience who want to answer evening calls on "
            "a peer warmline, combining online evenings, two days in Tampere and practice shifts."
        ),
        "description": (
            "Iltalinja is an evening warmline where callers talk with someone who has their own "
            "experience of mental-health difficulties. It is not a crisis line, and much of this "
            "course is about holding that difference calmly: offering company and conversation, "
            "while knowing what to do when a call needs more.\n\n"
            "The course is taught in Finnish, with a parallel Swedish-language group when at least "
            "five volunteers need it.\n\n"
            "## Course outline\n\n"
            "- online evenings on the purpose of a warmline and on listening by telephone and "
            "chat;\n"
            "- two Saturdays in Tampere with practice calls, in which volunteers take turns as "
            "caller, volunteer and observer;\n"
            "- a session on worrying calls, with simple safety steps and a clear route to the "
            "shift leader;\n"
            "- practice shifts from home alongside an experienced volunteer.\n\n"
            "Volunteers commit to two shifts a month for at least a year and join monthly group "
            "supervision, in Tampere or online. The course is free, and travel costs to Tampere "
            "are reimbursed."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "Certificate of attendance",
        "mode": "blended",
        "hours": 40,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "Lived experience of mental-health difficulties, and time for two evening shifts a "
            "month for at least a year"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": (
            "Spring and autumn courses; online evenings, two Saturdays in Tampere and four "
            "practice shifts over about eight weeks"
        ),
        "enrol_url": "https://tuulensuoja.example.org/iltalinja/vapaaehtoiskoulutus/",
        "types": ["warmlines"],
        "focus": ["mental-health", "anxiety-depression"],
        "related_practices": ["Iltalinja: a bilingual peer warmline for adults in Finland"],
        "modules": [
            {
                "title": "Why a warmline and not a crisis line",
                "hours": 6,
                "outcomes": (
                    "Volunteers can explain what Iltalinja offers and describe the difference "
                    "between a warmline and emergency services."
                ),
            },
            {
                "title": "Listening on the phone and in chat",
                "hours": 10,
                "outcomes": (
                    "Volunteers can open, pace and close a call or chat so that the caller feels "
                    "heard and unhurried."
                ),
            },
            {
                "title": "Shared experience: what helps and what to keep private",
                "hours": 6,
                "outcomes": (
                    "Volunteers can draw on their own experience briefly and return the focus to "
                    "the caller."
                ),
            },
            {
                "title": "Calls that worry you",
                "hours": 8,
                "outcomes": (
                    "Volunteers can follow the line's safety steps and hand over to the shift "
                    "leader when a caller may be at risk."
                ),
            },
            {
                "title": "Supervised practice shifts",
                "hours": 10,
                "outcomes": (
                    "Volunteers can take calls independently and use debriefing after a difficult "
                    "call."
                ),
            },
        ],
    },
    {
        "title": "Hosting small online groups: a course for young peer hosts in northern Finland",
        "provider": "kivijalka",
        "countries": ["FI"],
        "languages": ["fi"],
        "summary": (
            "Ten online evenings for young adults who want to co-host small online peer groups for "
            "isolated young people, covering privacy, group skills and what to do when someone is "
            "unwell."
        ),
        "description": (
            "Kivijalka's online groups bring together five or six young people who often live far "
            "from each other and from services. Each group has two hosts, young adults who have "
            "lived through long periods of isolation or mental-health difficulties. This course is "
            "how hosts are prepared.\n\n"
            "All sessions take place in the same video tool the groups use, so participants get "
            "used to it from the start. Sessions are not recorded; a short written summary is "
            "shared afterwards instead.\n\n"
            "## Session by session\n\n"
            "1. The online room: privacy settings, ground rules and what hosts can and cannot "
            "see.\n"
            "2. Opening and closing a group so that people want to come back.\n"
            "3. Members who stay silent, keep their camera off or only use the chat.\n"
            "4. When someone seems unwell: checking in privately and pointing to urgent help.\n"
            "5. Co-hosting practice, with feedback from experienced hosts.\n\n"
            "The course is free. New hosts start alongside an experienced partner, have a short "
            "debrief with a youth worker after every group session, and join a monthly hosts' "
            "meeting."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "online",
        "hours": 30,
        "audiences": ["aspiring-peer-workers", "practising-peer-workers"],
        "prerequisites": (
            "Aged 18 to 29, with own experience of isolation or mental-health difficulties; a "
            "computer or tablet and a quiet place to join from"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": "Ten weekly evening sessions of three hours, starting in January and in August",
        "enrol_url": "https://kivijalka.example.org/saari/ohjaajakoulutus/",
        "types": ["online-peer-support", "peer-led-groups"],
        "focus": ["anxiety-depression"],
        "related_practices": [
            "Saari: small online groups for isolated young people in northern Finland",
        ],
        "modules": [
            {
                "title": "The online room: tools, privacy and ground rules",
                "hours": 6,
                "outcomes": (
                    "Hosts can set up a secure session, explain the ground rules and answer common "
                    "questions about privacy."
                ),
            },
            {
                "title": "Starting and ending a group well",
                "hours": 6,
                "outcomes": (
                    "Hosts can run a check-in and check-out and close each session with a reminder "
                    "of where to find urgent help."
                ),
            },
            {
                "title": "Quiet members, cameras off and the chat",
                "hours": 6,
                "outcomes": (
                    "Hosts can include members who take part in different ways without putting "
                    "anyone on the spot."
                ),
            },
            {
                "title": "When someone seems unwell",
                "hours": 6,
                "outcomes": (
                    "Hosts can check in privately with a member who seems unwell and follow the "
                    "agreed steps to involve the youth worker."
                ),
            },
            {
                "title": "Co-hosting practice with feedback",
                "hours": 6,
                "outcomes": (
                    "Hosts can share the work of a session with a co-host and use feedback to "
                    "adjust their style."
                ),
            },
        ],
    },
    {
        "title": "Peer Tutor Development Programme at Riverside Recovery College",
        "provider": "riverside",
        "countries": ["GB"],
        "languages": ["en"],
        "summary": (
            "A free, accredited ten-day programme for people with lived experience who want to "
            "co-design and co-teach recovery college courses alongside practitioners from health "
            "and social care."
        ),
        "description": (
            "Every course at Riverside Recovery College is planned and taught by a pair of tutors: "
            "one with lived experience and one with a background in health or social care. This "
            "programme prepares people for the first of those roles.\n\n"
            "Participants attend ten workshop days in Bristol spread over five months, with short "
            "online tasks in between. Towards the end, each participant co-plans and co-teaches "
            "one session of a real course with an experienced tutor pair, who give written "
            "feedback.\n\n"
            "## What the programme covers\n\n"
            "- the ideas behind recovery education and co-production;\n"
            "- planning a session with a co-tutor, from aims to handouts;\n"
            "- facilitating adult learners who arrive with very different experiences;\n"
            "- deciding which parts of one's own story to use in teaching, and why;\n"
            "- making materials accessible, including easy-read and large-print versions.\n\n"
            "The programme leads to a level 3 award accredited by the Recovery Education "
            "Accreditation Panel of the South West. There is no fee. Graduates can apply for paid "
            "sessional tutor work at the college."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Recovery Education Accreditation Panel of the South West",
        "credits": "Level 3 award in co-produced recovery education, 7 credits",
        "mode": "blended",
        "hours": 70,
        "audiences": ["practising-peer-workers"],
        "prerequisites": (
            "Lived experience of mental-health challenges, and either experience as a peer worker "
            "or completion of at least two recovery college courses"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": (
            "One intake a year, in April; ten workshop days in Bristol over five months, with "
            "online tasks in between"
        ),
        "enrol_url": "https://riverside-peers.example.org/recovery-college/peer-tutor-programme/",
        "types": ["recovery-colleges"],
        "focus": ["mental-health"],
        "related_practices": ["Riverside Recovery College: co-produced courses in Bristol"],
        "modules": [
            {
                "title": "Recovery education and co-production",
                "hours": 12,
                "outcomes": (
                    "Participants can explain how a recovery college differs from therapy and "
                    "describe what co-production means in practice."
                ),
            },
            {
                "title": "Planning a session with a co-tutor",
                "hours": 14,
                "outcomes": (
                    "Participants can agree aims, activities and roles with a co-tutor and prepare "
                    "clear session materials."
                ),
            },
            {
                "title": "Facilitating adult learners",
                "hours": 16,
                "outcomes": (
                    "Participants can lead group activities, manage time and respond to different "
                    "needs in the room."
                ),
            },
            {
                "title": "Using lived experience in teaching",
                "hours": 8,
                "outcomes": (
                    "Participants can use parts of their own story purposefully and decline "
                    "questions they prefer not to answer."
                ),
            },
            {
                "title": "Accessible and inclusive materials",
                "hours": 6,
                "outcomes": (
                    "Participants can produce handouts in plain language and prepare easy-read and "
                    "large-print versions."
                ),
            },
            {
                "title": "Teaching practice and portfolio",
                "hours": 14,
                "outcomes": (
                    "Participants can co-teach a real session and reflect on feedback in a short "
                    "assessed portfolio."
                ),
            },
        ],
    },
    {
        "title": "Certificate in Peer Support after Hospital Discharge, Glasgow",
        "provider": "harbour-lines",
        "countries": ["GB"],
        "languages": ["en"],
        "summary": (
            "An accredited course for people with lived experience who want to support others in "
            "the weeks after leaving psychiatric hospital, with a placement in the First Thirty "
            "Days service."
        ),
        "description": (
            "The weeks after leaving hospital can be lonely and uncertain. This course prepares "
            "peer workers to be alongside people in that period: on the ward before discharge, and "
            "afterwards at home, in cafés and at appointments.\n\n"
            "It was developed by peer workers from the First Thirty Days service together with "
            "ward and community staff, and it is taught in Glasgow by a peer trainer and a "
            "community mental-health nurse.\n\n"
            "## Structure\n\n"
            "Fifteen teaching days, two a week, are followed by a 30-hour placement with the First "
            "Thirty Days team and weekly reflective supervision from a senior peer worker.\n\n"
            "## Assessment\n\n"
            "Participants keep a reflective log during the placement and write a short case study "
            "with all identifying details removed. A final conversation with two assessors, one of "
            "them a peer worker, covers what they have learned and what they are still unsure "
            "about.\n\n"
            "The certificate is accredited by the Peer Practice Accreditation Panel of the Clyde "
            "Valley. Bursaries covering the full fee are available for people on low incomes or "
            "receiving benefits."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Practice Accreditation Panel of the Clyde Valley",
        "credits": "Certificate in peer support practice",
        "mode": "in-person",
        "hours": 120,
        "audiences": ["aspiring-peer-workers", "practising-peer-workers"],
        "prerequisites": (
            "Lived experience of mental-health difficulties, ideally including a hospital stay, "
            "and an informal conversation with the course team"
        ),
        "cost_amount": 650,
        "cost_currency": "GBP",
        "schedule": (
            "Two intakes a year, in March and October; two teaching days a week for seven and a "
            "half weeks, then the placement"
        ),
        "enrol_url": "https://harbour-lines.example.org/training/after-discharge-certificate/",
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "related_practices": [
            "First Thirty Days: peer support after leaving psychiatric hospital in Glasgow",
        ],
        "modules": [
            {
                "title": "Leaving hospital: what the first weeks can be like",
                "hours": 16,
                "outcomes": (
                    "Participants can describe common difficulties after discharge and talk with "
                    "someone about what they expect to find hard."
                ),
            },
            {
                "title": "Building a connection in a short time",
                "hours": 20,
                "outcomes": (
                    "Participants can introduce the peer role on the ward and build trust within a "
                    "limited number of contacts."
                ),
            },
            {
                "title": "Practical support: housing, benefits and appointments",
                "hours": 18,
                "outcomes": (
                    "Participants can help someone sort out urgent practical matters and accompany "
                    "them to appointments when asked."
                ),
            },
            {
                "title": "Safety planning alongside the person",
                "hours": 18,
                "outcomes": (
                    "Participants can support someone to write their own safety plan and know when "
                    "and how to involve the clinical team."
                ),
            },
            {
                "title": "Working with ward and community teams",
                "hours": 18,
                "outcomes": (
                    "Participants can share information appropriately, contribute to team "
                    "discussions and keep their peer role distinct."
                ),
            },
            {
                "title": "Placement and reflective practice",
                "hours": 30,
                "outcomes": (
                    "Participants can work with people after discharge under supervision and "
                    "reflect on their practice in a written log."
                ),
            },
        ],
    },
    {
        "title": "Genesungsbegleitung online: a qualifying course for recovery companions",
        "provider": "weggefaehrten",
        "countries": ["DE", "AT", "CH"],
        "languages": ["de"],
        "summary": (
            "An accredited eleven-month online course in German for people with experience of "
            "mental-health crises who want to work as recovery companions in psychiatric and "
            "community services."
        ),
        "description": (
            "This course qualifies people to work as *Genesungsbegleiterinnen* and "
            "*Genesungsbegleiter*: recovery companions with their own experience of mental-health "
            "crises. It was first taught in Leipzig and moved online so that people from rural "
            "areas, and those for whom travel is hard, can take part.\n\n"
            "## How it works\n\n"
            "Groups of up to sixteen meet live on two weekday evenings and one Saturday a month. "
            "Between sessions, small groups of three or four work together on their experience "
            "reports. Live sessions are not recorded, to protect what participants share.\n\n"
            "Each participant also completes 40 hours of supervised practice in a service near "
            "where they live. The Weggefährten team helps to find a place and stays in touch with "
            "the practice supervisor.\n\n"
            "## Completion\n\n"
            "The course ends with a written reflection on one's own recovery and a short "
            "presentation to the group. Participants who complete every part receive a certificate "
            "accredited by the Peer Work Certification Board of Central Germany. The fee can be "
            "paid in monthly instalments."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Work Certification Board of Central Germany",
        "credits": "Certificate as a qualified recovery companion",
        "mode": "online",
        "hours": 200,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "Lived experience of mental-health crises and recovery; a stable internet connection; "
            "a practice placement, which the team helps to find"
        ),
        "cost_amount": 1450,
        "cost_currency": "EUR",
        "schedule": (
            "One intake a year, in January; two live evenings a week and one Saturday a month "
            "online, over eleven months"
        ),
        "enrol_url": "https://weggefaehrten.example.org/kurse/genesungsbegleitung-online/",
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "related_practices": ["Recovery companions in a Leipzig psychiatric outpatient clinic"],
        "modules": [
            {
                "title": "Recovery and hope as starting points",
                "hours": 24,
                "outcomes": (
                    "Participants can describe different understandings of recovery and relate "
                    "them to their own path."
                ),
            },
            {
                "title": "From personal experience to shared knowledge",
                "hours": 32,
                "outcomes": (
                    "Participants can compare their experience with that of others in the group "
                    "and draw out what may help other people."
                ),
            },
            {
                "title": "Peer support in conversations",
                "hours": 32,
                "outcomes": (
                    "Participants can hold one-to-one and group conversations that build on "
                    "equality and mutual respect."
                ),
            },
            {
                "title": "Empowerment and self-advocacy",
                "hours": 24,
                "outcomes": (
                    "Participants can support people to speak up for themselves in meetings with "
                    "services."
                ),
            },
            {
                "title": "Understanding psychiatric services",
                "hours": 24,
                "outcomes": (
                    "Participants can explain how psychiatric and community services are organised "
                    "and where a recovery companion fits in."
                ),
            },
            {
                "title": "Supervised practice in a local service",
                "hours": 40,
                "outcomes": (
                    "Participants can work as a recovery companion under supervision and reflect "
                    "on their role in a team."
                ),
            },
            {
                "title": "Final reflection and presentation",
                "hours": 24,
                "outcomes": (
                    "Participants can present what they have learned about their own recovery and "
                    "their future role."
                ),
            },
        ],
    },
    {
        "title": "Leading peer workers: an online course for team leads and supervisors",
        "provider": "weggefaehrten",
        "countries": ["DE", "AT"],
        "languages": ["de"],
        "summary": (
            "Ten accredited online sessions in German for managers and supervisors who work with "
            "recovery companions or plan to employ them."
        ),
        "description": (
            "When a service starts to employ recovery companions, much depends on the people who "
            "lead the team. This course gives team leads, supervisors and human-resources staff "
            "time to think through the practical and personal questions that peer employment "
            "raises.\n\n"
            "Each session is co-led by a recovery companion with several years of work experience "
            "and a senior nurse who has supervised peer colleagues. Throughout the course, "
            "participants work on a question from their own service and present what they have "
            "changed in the final session.\n\n"
            "Topics include:\n\n"
            "- what recovery companions do, and what they need from their team;\n"
            "- job descriptions, pay grades and contracts;\n"
            "- individual supervision and collegial consultation;\n"
            "- crises, conflict, and strain between the peer role and other roles;\n"
            "- changing team habits, rather than expecting the peer worker to adapt alone.\n\n"
            "The course is accredited for 40 continuing-education points by the Peer Work "
            "Certification Board of Central Germany. It takes place online, in German, with a "
            "spring and an autumn group."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Work Certification Board of Central Germany",
        "credits": "40 continuing-education points",
        "mode": "online",
        "hours": 40,
        "audiences": ["supervisors", "services-employers"],
        "prerequisites": "Responsibility for a team that employs, or plans to employ, peer workers",
        "cost_amount": 520,
        "cost_currency": "EUR",
        "schedule": "Spring and autumn groups; ten online sessions of four hours, one a week",
        "enrol_url": "https://weggefaehrten.example.org/kurse/peer-arbeit-leiten/",
        "types": ["peer-specialists"],
        "focus": ["mental-health"],
        "related_practices": [],
        "modules": [
            {
                "title": "What recovery companions do and need",
                "hours": 8,
                "outcomes": (
                    "Participants can describe the recovery companion role and the conditions that "
                    "help peer workers stay well at work."
                ),
            },
            {
                "title": "Roles, job descriptions and pay",
                "hours": 6,
                "outcomes": (
                    "Participants can draft a job description and place the role fairly within "
                    "their organisation's pay structure."
                ),
            },
            {
                "title": "Supervision and collegial consultation",
                "hours": 12,
                "outcomes": (
                    "Participants can offer supervision that supports peer practice and set up "
                    "collegial consultation within the team."
                ),
            },
            {
                "title": "Crises, conflict and role strain",
                "hours": 8,
                "outcomes": (
                    "Participants can respond fairly when a peer worker is unwell or when tensions "
                    "arise between roles."
                ),
            },
            {
                "title": "Changing the team, not only the peer worker",
                "hours": 6,
                "outcomes": (
                    "Participants can plan and present one concrete change in their own team's way "
                    "of working."
                ),
            },
        ],
    },
    {
        "title": (
            "Becoming a sponsor: a weekend course for people in recovery from alcohol and drug use"
        ),
        "provider": "ankerplatz",
        "countries": ["DE"],
        "languages": ["de"],
        "summary": (
            "A free weekend course in Hamburg for people with lasting recovery from alcohol or "
            "drug use who want to sponsor someone leaving residential treatment."
        ),
        "description": (
            "Ankerplatz offers everyone leaving one of its partner clinics a sponsor who has "
            "walked a similar road. Sponsors are volunteers, and this weekend course helps them "
            "decide whether the role suits them and prepares them for it.\n\n"
            "The course is led by two long-standing sponsors in the association's meeting rooms, "
            "from Friday evening to Sunday afternoon. It draws heavily on participants' own "
            "experience: what helped them in their first months after treatment, and what did "
            "not.\n\n"
            "## Topics\n\n"
            "- what your own recovery can offer someone else, and what it cannot;\n"
            "- agreeing how often to meet, how to stay in touch and when to say no;\n"
            "- staying alongside someone through a setback or relapse, without blame;\n"
            "- families, counselling services and other support that newcomers may need;\n"
            "- protecting your own recovery while supporting someone else.\n\n"
            "The approach is not tied to any one recovery programme. There is no fee and no exam. "
            "After the course, new sponsors are matched with care and join the monthly sponsors' "
            "circle, where they can talk things through."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "in-person",
        "hours": 16,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "At least two years of stable recovery from alcohol or drug use and membership of "
            "Ankerplatz"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": (
            "Twice a year, in March and September; Friday evening to Sunday afternoon in Hamburg"
        ),
        "enrol_url": "https://ankerplatz.example.net/patenschaft/wochenendkurs/",
        "types": ["recovery-sponsorship"],
        "focus": ["addiction"],
        "related_practices": [
            "Recovery sponsorships for people leaving residential addiction treatment in Hamburg",
        ],
        "modules": [
            {
                "title": "Your own recovery path and what it can offer",
                "hours": 3,
                "outcomes": (
                    "Participants can describe what helped them in early recovery and recognise "
                    "that other people may find different routes."
                ),
            },
            {
                "title": "The sponsor relationship: agreements and limits",
                "hours": 4,
                "outcomes": (
                    "Participants can agree with a newcomer how and when to be in contact, and say "
                    "no when something is beyond the role."
                ),
            },
            {
                "title": "Relapse, setbacks and staying alongside",
                "hours": 3,
                "outcomes": (
                    "Participants can respond to a relapse without blame and help the newcomer "
                    "reconnect with support."
                ),
            },
            {
                "title": "Families, services and other help",
                "hours": 3,
                "outcomes": (
                    "Participants can point newcomers to counselling, debt advice and family "
                    "support in Hamburg."
                ),
            },
            {
                "title": "Protecting your own recovery",
                "hours": 3,
                "outcomes": (
                    "Participants can notice when sponsoring is putting their own recovery under "
                    "strain and use the sponsors' circle for support."
                ),
            },
        ],
    },
    {
        "title": (
            "Moderating trialogue: a practice course for people with psychosis experience, "
            "relatives and professionals"
        ),
        "provider": "dreiklang",
        "countries": ["AT"],
        "languages": ["de"],
        "summary": (
            "A course in which people with experience of psychosis, relatives and professionals "
            "learn together to co-moderate open trialogue seminars."
        ),
        "description": (
            "In a trialogue seminar, people with experience of psychosis, relatives and "
            "professionals talk as equals, without a therapeutic aim. Seminars are usually "
            "moderated by a team of three, one from each group. This course prepares new "
            "moderating teams, and it is itself run in trialogue.\n\n"
            "Participants join from one of the three perspectives, and places are only confirmed "
            "when each perspective is equally represented.\n\n"
            "## What happens\n\n"
            "The course starts with four online evenings on the history and principles of "
            "trialogue. Three weekends in Graz follow, with exercises in listening across "
            "perspectives, moderating as a trio and handling moments when views collide. Finally, "
            "each trio co-moderates one public seminar and debriefs with experienced "
            "moderators.\n\n"
            "## Practical details\n\n"
            "- no certificate is issued; participants receive a letter describing what they did;\n"
            "- the standard fee is 240 EUR, and a reduced fee of 60 EUR applies to anyone who asks "
            "for it, without proof;\n"
            "- the Graz venue is step-free, and travel grants are available."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "blended",
        "hours": 48,
        "audiences": ["practising-peer-workers", "carers"],
        "prerequisites": "Having taken part in at least three trialogue seminars, in any role",
        "cost_amount": 240,
        "cost_currency": "EUR",
        "schedule": (
            "Once a year from October to March; four online evenings, three weekends in Graz and "
            "one public seminar"
        ),
        "enrol_url": "https://dreiklang.example.org/fortbildung/trialog-moderation/",
        "types": ["trialogue"],
        "focus": ["mental-health"],
        "related_practices": ["Open trialogue seminars in Graz"],
        "modules": [
            {
                "title": "Origins and principles of trialogue",
                "hours": 6,
                "outcomes": (
                    "Participants can explain why trialogue has no therapeutic aim and what "
                    "equality between the three perspectives means."
                ),
            },
            {
                "title": "Three perspectives, one conversation",
                "hours": 10,
                "outcomes": (
                    "Participants can listen to experiences very different from their own without "
                    "defending their group."
                ),
            },
            {
                "title": "Moderating as a trio",
                "hours": 12,
                "outcomes": (
                    "Participants can share the moderating role with two others and make sure "
                    "every perspective is heard."
                ),
            },
            {
                "title": "When views collide",
                "hours": 8,
                "outcomes": (
                    "Participants can slow a heated exchange down and protect people from feeling "
                    "pressed to reveal personal information."
                ),
            },
            {
                "title": "Co-moderating a public seminar, with debriefing",
                "hours": 12,
                "outcomes": (
                    "Participants can prepare, moderate and review a real seminar together with "
                    "their trio."
                ),
            },
        ],
    },
    {
        "title": "Over the Gate listener training for farming communities in Munster",
        "provider": "sli-nua",
        "countries": ["IE"],
        "languages": ["en"],
        "summary": (
            "Two days of free training for farmers and farm family members who have come through "
            "hard times themselves and want to be a listening ear for their neighbours."
        ),
        "description": (
            "Over the Gate listeners are farmers, farm workers and people from farming families "
            "who have their own experience of stress or low mood. They are not counsellors. They "
            "offer a listening ear at the mart, at agricultural shows or on the evening phone "
            "line, and they know where to point someone who needs more.\n\n"
            "The training is held over two days in local community halls, usually in winter, when "
            "there is a little more time on farms. It is led by an experienced listener and a peer "
            "worker from Slí Nua.\n\n"
            "## The two days cover\n\n"
            "- pressures particular to farming life: weather, prices, isolation, succession and "
            "debt;\n"
            "- listening without judging or giving advice;\n"
            "- sharing a bit of your own story when it helps the other person;\n"
            "- recognising when someone may be at risk, and linking them to a GP or other help;\n"
            "- keeping yourself well.\n\n"
            "There is no fee and lunch is provided. Listeners then take part in a refresher day "
            "each year and in monthly group calls with a coordinator and a counsellor."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "in-person",
        "hours": 14,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "Living or working in farming, with personal experience of hard times; no "
            "qualifications needed"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": (
            "Two full days between November and February, in community halls across Munster"
        ),
        "enrol_url": "https://slinua.example.org/over-the-gate/listener-training/",
        "types": ["peer-listening"],
        "focus": ["anxiety-depression", "mental-health"],
        "related_practices": [
            "Over the Gate: a peer listening network for farmers in rural Munster",
        ],
        "modules": [
            {
                "title": "Pressures on farming life and what helps",
                "hours": 3,
                "outcomes": (
                    "Listeners can name common pressures in farming and what people in their "
                    "community have found helpful."
                ),
            },
            {
                "title": "Listening at the mart, at a show or on the phone",
                "hours": 4,
                "outcomes": (
                    "Listeners can start and hold a conversation in a busy public place or by "
                    "phone, without judging or advising."
                ),
            },
            {
                "title": "Sharing your own experience",
                "hours": 2,
                "outcomes": (
                    "Listeners can share something of their own story briefly when it helps, and "
                    "then return to the other person."
                ),
            },
            {
                "title": "Serious concerns and linking to help",
                "hours": 3,
                "outcomes": (
                    "Listeners can recognise when someone may be at risk and help them contact a "
                    "GP, counselling or emergency services."
                ),
            },
            {
                "title": "Keeping yourself well",
                "hours": 2,
                "outcomes": (
                    "Listeners can notice when conversations weigh on them and use the monthly "
                    "group calls for support."
                ),
            },
        ],
    },
    {
        "title": (
            "Certificate in Peer Recovery Practice: addiction and co-occurring mental-health "
            "difficulties"
        ),
        "provider": "sli-nua",
        "countries": ["IE"],
        "languages": ["en"],
        "summary": (
            "A two-semester accredited certificate for people in recovery from addiction who want "
            "to work as peer recovery workers in addiction, mental-health or homeless services."
        ),
        "description": (
            "Many people who come to addiction services also live with anxiety, depression or "
            "other mental-health difficulties. This certificate prepares people in recovery to "
            "work as peer recovery workers in services that respond to both.\n\n"
            "## Format\n\n"
            "Teaching takes place on alternate Saturdays in Cork, with online reading and "
            "discussion in between. Participants also complete 32 hours of work-based learning in "
            "an addiction, mental-health or homeless service. Those already employed as peer "
            "workers can use their own workplace.\n\n"
            "## Content\n\n"
            "1. Many pathways to recovery: twelve-step fellowships, other forms of mutual aid, and "
            "recovery without any fellowship.\n"
            "2. Co-occurring difficulties and how services respond to them.\n"
            "3. Strengths-based and motivational conversations.\n"
            "4. Harm reduction, relapse and staying hopeful.\n"
            "5. Ethics, boundaries and working as part of a team.\n\n"
            "The certificate carries 6 ECTS credits and is accredited by the Recovery Practice "
            "Awards Board of Munster. A limited number of fee waivers are available, and "
            "applicants are encouraged to ask about them."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Recovery Practice Awards Board of Munster",
        "credits": "6 ECTS",
        "mode": "blended",
        "hours": 150,
        "audiences": ["aspiring-peer-workers", "practising-peer-workers"],
        "prerequisites": (
            "Lived experience of recovery from addiction, with or without mental-health "
            "difficulties, and at least eighteen months in recovery"
        ),
        "cost_amount": 1100,
        "cost_currency": "EUR",
        "schedule": (
            "One intake a year, in September; alternate Saturdays in Cork and online study over "
            "two semesters"
        ),
        "enrol_url": "https://slinua.example.org/training/peer-recovery-certificate/",
        "types": ["peer-specialists", "recovery-sponsorship"],
        "focus": ["addiction", "co-occurring"],
        "related_practices": [
            (
                "Walking Alongside: recovery sponsorship for people affected by alcohol and "
                "gambling in Cork"
            ),
        ],
        "modules": [
            {
                "title": "Pathways to recovery from addiction",
                "hours": 24,
                "outcomes": (
                    "Participants can describe different routes to recovery and respect choices "
                    "that differ from their own."
                ),
            },
            {
                "title": "Co-occurring mental-health and substance-use difficulties",
                "hours": 24,
                "outcomes": (
                    "Participants can recognise how mental-health and substance-use difficulties "
                    "affect each other and how services can work together."
                ),
            },
            {
                "title": "Strengths-based and motivational conversations",
                "hours": 30,
                "outcomes": (
                    "Participants can hold conversations that build on a person's own reasons and "
                    "strengths for change."
                ),
            },
            {
                "title": "Harm reduction and relapse",
                "hours": 20,
                "outcomes": (
                    "Participants can explain harm-reduction approaches and support someone after "
                    "a relapse without judgement."
                ),
            },
            {
                "title": "Ethics, boundaries and working in services",
                "hours": 20,
                "outcomes": (
                    "Participants can apply a code of ethics to everyday dilemmas and work as a "
                    "peer within a multidisciplinary team."
                ),
            },
            {
                "title": "Work-based learning and portfolio",
                "hours": 32,
                "outcomes": (
                    "Participants can practise as peer recovery workers under supervision and "
                    "document their learning in a portfolio."
                ),
            },
        ],
    },
    {
        "title": (
            "Two-day likeperson course for people with an acquired brain injury and their relatives"
        ),
        "provider": "vestland-likeperson",
        "countries": ["NO"],
        "languages": ["no"],
        "summary": (
            "A free two-day course in Bergen for people who have lived with an acquired brain "
            "injury, and for partners and parents, who want to support others as a likeperson."
        ),
        "description": (
            "A likeperson is someone who has lived through something similar and offers support as "
            "an equal. In Vestland, likepersons meet people after a stroke, an accident or an "
            "illness that has affected the brain, and also the partners and parents who live "
            "alongside them. This course prepares new likepersons for both roles.\n\n"
            "The course is planned with fatigue in mind. Days are short, with long breaks and a "
            "quiet room, and the written material is brief and in plain language. Relatives and "
            "people with an injury learn together for most of the time and separately for one "
            "session each day.\n\n"
            "## The course covers\n\n"
            "- what the likeperson role is, and what it is not;\n"
            "- listening and sharing your own experience at a pace that suits the other person;\n"
            "- fatigue, memory, mood and changes in family roles;\n"
            "- where to point people for rehabilitation, work and family support.\n\n"
            "The course is free, and travel costs within Vestland are covered. Likepersons then "
            "meet twice a year for a refresher day with a neuropsychologist."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "in-person",
        "hours": 12,
        "audiences": ["aspiring-peer-workers", "carers"],
        "prerequisites": (
            "Own experience of an acquired brain injury, or of living with a partner or child who "
            "has one, usually at least two years after the injury"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": (
            "Two days each spring and autumn in Bergen, from 10:00 to 16:00 with long breaks"
        ),
        "enrol_url": "https://vestland-likeperson.example.org/likepersonkurs/",
        "types": ["one-to-one-mentoring", "mutual-support-groups"],
        "focus": ["disability", "chronic-illness"],
        "related_practices": ["Likeperson support after acquired brain injury in Vestland"],
        "modules": [
            {
                "title": "The likeperson role",
                "hours": 3,
                "outcomes": (
                    "Participants can explain what a likeperson offers and where the role ends."
                ),
            },
            {
                "title": "Listening and sharing at the right pace",
                "hours": 3,
                "outcomes": (
                    "Participants can adapt the length and pace of a conversation to the other "
                    "person's energy and share their own experience briefly."
                ),
            },
            {
                "title": "Fatigue, memory, mood and family roles",
                "hours": 3,
                "outcomes": (
                    "Participants can talk about the hidden effects of a brain injury and about "
                    "changes in family life without judgement."
                ),
            },
            {
                "title": "Where to find further help",
                "hours": 3,
                "outcomes": (
                    "Participants can point people and families to rehabilitation, work and family "
                    "support services in Vestland."
                ),
            },
        ],
    },
    {
        "title": "Peer counselling in HIV care: a foundation course",
        "provider": "caminho",
        "countries": ["PT"],
        "languages": ["pt"],
        "summary": (
            "A blended, accredited course for people living with HIV who want to offer peer "
            "counselling to others after a new diagnosis, with supervised practice in a Porto "
            "clinic."
        ),
        "description": (
            "A new HIV diagnosis can bring shock, fear and worries about telling others, even "
            "though effective treatment is available. Peer counsellors who live with HIV "
            "themselves can offer something that clinical staff cannot: the experience of having "
            "been there.\n\n"
            "## How the course is organised\n\n"
            "The first part is taught online on two evenings a week for about four weeks. "
            "Participants then complete 20 hours of supervised practice at a partner clinic in "
            "Porto, first sitting in on peer counselling sessions and then leading their own with "
            "a supervisor available.\n\n"
            "## Content\n\n"
            "- current knowledge about HIV, treatment and prevention, explained in plain "
            "language;\n"
            "- disclosure, stigma and self-stigma;\n"
            "- counselling conversations in the first weeks after a diagnosis;\n"
            "- low mood and anxiety, and when to involve the clinical team;\n"
            "- confidentiality, especially in small communities.\n\n"
            "The course is accredited by the Peer Health Education Accreditation Council of "
            "Northern Portugal as 50 hours of professional training. Places are free for members "
            "of Caminho Partilhado on a low income."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Health Education Accreditation Council of Northern Portugal",
        "credits": "Certificate of professional training, 50 hours",
        "mode": "blended",
        "hours": 50,
        "audiences": ["aspiring-peer-workers", "practising-peer-workers"],
        "prerequisites": (
            "Living with HIV and willing to draw on that experience; a conversation with the "
            "course team"
        ),
        "cost_amount": 280,
        "cost_currency": "EUR",
        "schedule": (
            "Intakes in March and October; two online evenings a week for about four weeks, then "
            "practice in Porto"
        ),
        "enrol_url": (
            "https://caminho-partilhado.example.org/formacao/aconselhamento-entre-pares-vih/"
        ),
        "types": ["peer-counselling"],
        "focus": ["chronic-illness", "anxiety-depression"],
        "related_practices": ["Peer counselling for people newly diagnosed with HIV in Porto"],
        "modules": [
            {
                "title": "Living with HIV today: knowledge for peer counsellors",
                "hours": 8,
                "outcomes": (
                    "Participants can explain the basics of HIV treatment and prevention "
                    "accurately and in plain language."
                ),
            },
            {
                "title": "Disclosure, stigma and self-stigma",
                "hours": 6,
                "outcomes": (
                    "Participants can help someone think through whether, when and how to tell "
                    "others about their diagnosis."
                ),
            },
            {
                "title": "Counselling conversations after a new diagnosis",
                "hours": 10,
                "outcomes": (
                    "Participants can structure a short series of counselling sessions around the "
                    "person's own questions and concerns."
                ),
            },
            {
                "title": "Mood, anxiety and the clinical team",
                "hours": 6,
                "outcomes": (
                    "Participants can recognise signs of low mood or anxiety and agree with the "
                    "person when to involve the clinical team."
                ),
            },
            {
                "title": "Supervised practice in a partner clinic",
                "hours": 20,
                "outcomes": (
                    "Participants can lead peer counselling sessions in a clinic setting and use "
                    "supervision to reflect on them."
                ),
            },
        ],
    },
    {
        "title": (
            "Teaching together: a course for peer co-trainers in recovery education in Ljubljana"
        ),
        "provider": "sopotnik",
        "countries": ["SI"],
        "languages": ["sl"],
        "summary": (
            "A free course for people with lived experience, and for relatives, who want to "
            "co-design and co-teach recovery courses alongside professionals."
        ),
        "description": (
            "Sopotnik's pilot recovery college ended when its grant ran out in 2019, but two of "
            "its courses are still taught once a year at Hiša Sopotnik. Each is led by a peer "
            "trainer together with a professional. This course prepares new peer co-trainers, and "
            "it is open to relatives who want to teach from a family perspective.\n\n"
            "It runs every second year, over four two-day blocks in spring. Between blocks, "
            "participants work in pairs on an outline for a short course of their own, which they "
            "present at the end.\n\n"
            "## Participants learn to\n\n"
            "- explain what a recovery college is and how it differs from therapy or patient "
            "education;\n"
            "- go through the stages of co-production with a professional partner, from first idea "
            "to evaluation;\n"
            "- use their own story in a way that supports learning and keeps them safe;\n"
            "- run a learning session for a mixed group;\n"
            "- give and receive feedback.\n\n"
            "The course is free and all materials are in Slovenian. Graduates are invited to "
            "co-teach at least one course in the following year and are paid for their teaching "
            "hours."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "Certificate of attendance",
        "mode": "in-person",
        "hours": 32,
        "audiences": ["practising-peer-workers", "carers"],
        "prerequisites": (
            "Lived experience of mental-health difficulties, or of supporting a family member, and "
            "an interest in teaching alongside professionals"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": "Every second year; four two-day blocks between February and May in Ljubljana",
        "enrol_url": "https://sopotnik.example.org/izobrazevanje/souceci/",
        "types": ["recovery-colleges"],
        "focus": ["mental-health"],
        "related_practices": [
            "Učimo se skupaj: a pilot recovery college in Ljubljana and Maribor",
            "Hiša Sopotnik: a member-managed drop-in centre in Ljubljana",
        ],
        "modules": [
            {
                "title": "What a recovery college is",
                "hours": 4,
                "outcomes": (
                    "Participants can explain the principles of recovery education and how they "
                    "differ from therapy."
                ),
            },
            {
                "title": "Co-producing a course from first idea to evaluation",
                "hours": 8,
                "outcomes": (
                    "Participants can plan a short course with a professional partner, sharing "
                    "decisions at every stage."
                ),
            },
            {
                "title": "Telling your story in a teaching setting",
                "hours": 6,
                "outcomes": (
                    "Participants can use their own experience to support learning while keeping "
                    "private what they want to keep private."
                ),
            },
            {
                "title": "Running a learning session",
                "hours": 10,
                "outcomes": (
                    "Participants can lead activities for a mixed group of learners and adapt them "
                    "when something does not work."
                ),
            },
            {
                "title": "Feedback and reflection",
                "hours": 4,
                "outcomes": (
                    "Participants can give and receive feedback constructively and use it to "
                    "improve a course."
                ),
            },
        ],
    },
    {
        "title": (
            "Acompañar entre iguales: peer counselling course for people with their own experience "
            "of migration"
        ),
        "provider": "entre-iguales",
        "countries": ["ES"],
        "languages": ["es"],
        "summary": (
            "An 80-hour accredited course in Valencia for people who have migrated themselves and "
            "want to offer peer counselling to people who have recently arrived."
        ),
        "description": (
            "People who have recently migrated may carry grief, fear and exhaustion while finding "
            "their way through papers, housing and unfamiliar services. Counsellors who have made "
            "a similar journey can offer understanding that does not need long explanations.\n\n"
            "## Who it is for\n\n"
            "The course is for people who have lived in Spain for several years after migrating "
            "and who have their own experience of emotional distress or mental-health "
            "difficulties. Participants come from many countries. Teaching is in Spanish, and "
            "trainers check understanding often and keep written materials short and clear.\n\n"
            "## Topics\n\n"
            "- migration, loss and belonging;\n"
            "- trauma-informed peer counselling: safety, choice and trust;\n"
            "- core counselling skills, practised in small groups;\n"
            "- the local health, social and legal system, and how to accompany someone through "
            "it;\n"
            "- self-care and shared supervision.\n\n"
            "The course is accredited by the Peer Work Certification Board of the Valencian "
            "Region. Graduates can join the Acompañar team, where a psychologist supervises "
            "counsellors every two weeks. Grants cover the fee for most participants."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Work Certification Board of the Valencian Region",
        "credits": "Certificate of competence in peer counselling",
        "mode": "blended",
        "hours": 80,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "Own experience of migration and of emotional distress or mental-health difficulties; "
            "several years living in Spain; a working knowledge of Spanish"
        ),
        "cost_amount": 480,
        "cost_currency": "EUR",
        "schedule": (
            "One intake a year, in October; two weekday evenings and one Saturday a month in "
            "Valencia, with online study, over four months"
        ),
        "enrol_url": "https://entre-iguales.example.org/formacion/acompanar-entre-iguales/",
        "types": ["peer-counselling"],
        "focus": ["trauma", "mental-health"],
        "related_practices": [
            "Acompañar: peer counselling for people who have recently migrated to Valencia",
        ],
        "modules": [
            {
                "title": "Migration, loss and belonging",
                "hours": 12,
                "outcomes": (
                    "Participants can reflect on their own migration story and recognise common "
                    "experiences of loss and uncertainty in others."
                ),
            },
            {
                "title": "Trauma-informed peer counselling",
                "hours": 20,
                "outcomes": (
                    "Participants can offer support that puts safety, choice and trust first and "
                    "avoids asking people to relive painful events."
                ),
            },
            {
                "title": "Core counselling skills",
                "hours": 20,
                "outcomes": (
                    "Participants can hold a structured counselling session of about fifty minutes "
                    "and agree next steps with the person."
                ),
            },
            {
                "title": "Health, social and legal services in Valencia",
                "hours": 14,
                "outcomes": (
                    "Participants can help someone register with a family doctor and find their "
                    "way to social and legal advice."
                ),
            },
            {
                "title": "Self-care and shared supervision",
                "hours": 14,
                "outcomes": (
                    "Participants can notice the effect of difficult stories on themselves and "
                    "bring them to group supervision."
                ),
            },
        ],
    },
    {
        "title": "Rozmowa peer counsellor course for university students in Kraków",
        "provider": "przystan",
        "countries": ["PL"],
        "languages": ["pl"],
        "summary": (
            "A one-semester course for students who have come through mental-health difficulties "
            "during their studies and want to become peer counsellors for fellow students."
        ),
        "description": (
            "Rozmowa is a peer counselling service in which students support other students who "
            "are going through stress, low mood or anxiety. Every counsellor completes this course "
            "first.\n\n"
            "The course is formal in structure: attendance is recorded, skills are observed, and "
            "Przystań issues a certificate of completion. It is not accredited by an outside body. "
            "It is taught by a psychotherapist who supervises the service and by two experienced "
            "peer counsellors.\n\n"
            "## Course content\n\n"
            "1. Student life, stress and mental health.\n"
            "2. Core counselling skills: listening, reflecting and asking open questions.\n"
            "3. Using your own experience with care, and deciding when not to.\n"
            "4. Risk, safeguarding and the university's own psychological service.\n"
            "5. Practice sessions with feedback, in groups of three.\n\n"
            "There is no fee. Counsellors commit to one evening a week for at least two semesters "
            "and take part in group supervision every two weeks. Students from all Kraków "
            "universities can apply, and the foundation looks after counsellors' own wellbeing, "
            "especially around exams."
        ),
        "format": "formal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "Certificate of completion",
        "mode": "in-person",
        "hours": 60,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "A student in the third year or above, or a recent graduate, with personal experience "
            "of mental-health difficulties during studies; an interview with two current "
            "counsellors"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": (
            "One course each semester; Tuesday evenings and two Saturdays over twelve weeks in "
            "Kraków"
        ),
        "enrol_url": "https://przystan.example.org/rozmowa/szkolenie/",
        "types": ["peer-counselling"],
        "focus": ["anxiety-depression", "mental-health"],
        "related_practices": ["Rozmowa: peer counselling by students for students in Kraków"],
        "modules": [
            {
                "title": "Student life, stress and mental health",
                "hours": 8,
                "outcomes": (
                    "Participants can describe common pressures of student life and how they can "
                    "affect mood and anxiety."
                ),
            },
            {
                "title": "Core counselling skills",
                "hours": 16,
                "outcomes": (
                    "Participants can listen, reflect and ask open questions within a clear "
                    "fifty-minute structure."
                ),
            },
            {
                "title": "Using your own experience with care",
                "hours": 8,
                "outcomes": (
                    "Participants can decide when sharing their own experience may help and when "
                    "it is better to hold back."
                ),
            },
            {
                "title": "Risk, safeguarding and university services",
                "hours": 10,
                "outcomes": (
                    "Participants can recognise signs of risk and refer a student to the "
                    "university's psychological service or to urgent help."
                ),
            },
            {
                "title": "Practice sessions with feedback",
                "hours": 18,
                "outcomes": (
                    "Participants can run a full counselling conversation and use observer "
                    "feedback to improve."
                ),
            },
        ],
    },
    {
        "title": "Employing peer workers: an online course for municipal managers in Denmark",
        "provider": "faellesvejen",
        "countries": ["DK"],
        "languages": ["da"],
        "summary": (
            "Five short online sessions for managers and planners in municipal health, social and "
            "addiction services who are considering employing peer workers."
        ),
        "description": (
            "Fællesvejen trained the peer workers for a municipal alcohol and drug treatment "
            "project in Aarhus. When the project funding ended, the municipality created permanent "
            "peer posts. This course shares what was learned, for managers at the start of that "
            "process.\n\n"
            "Each two-hour session is led by a manager from a service that already employs peer "
            "workers, together with a peer worker from the same service. Sessions are online and "
            "short so that they fit into a working week.\n\n"
            "## The five sessions\n\n"
            "1. Why services employ peer workers, and what research and local evaluations show.\n"
            "2. Preparing the team before the first person is hired.\n"
            "3. Recruitment, contracts and fair pay.\n"
            "4. Supervision, training and peer networks outside the workplace.\n"
            "5. What went well, and what was difficult, in Aarhus.\n\n"
            "Participants receive a short guide with templates for a job description and an "
            "introduction plan. The course is informal and not accredited. One fee covers up to "
            "three people from the same municipality."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "online",
        "hours": 10,
        "audiences": ["services-employers", "supervisors"],
        "prerequisites": (
            "A management, planning or supervisory role in a municipal health, social or addiction "
            "service"
        ),
        "cost_amount": 1800,
        "cost_currency": "DKK",
        "schedule": "Spring and autumn; five online sessions of two hours, one every week",
        "enrol_url": "https://faellesvejen.example.net/kurser/ansaet-peer-medarbejdere/",
        "types": ["peer-specialists"],
        "focus": ["addiction", "co-occurring"],
        "related_practices": ["Peer workers in municipal alcohol and drug treatment in Aarhus"],
        "modules": [
            {
                "title": "Why services employ peer workers",
                "hours": 2,
                "outcomes": (
                    "Participants can summarise what peer workers add to treatment services and "
                    "what the evidence does and does not show."
                ),
            },
            {
                "title": "Preparing the team before the first hire",
                "hours": 2,
                "outcomes": (
                    "Participants can plan how to involve existing staff and address their "
                    "questions before a peer worker starts."
                ),
            },
            {
                "title": "Recruitment, contracts and fair pay",
                "hours": 2,
                "outcomes": (
                    "Participants can draft a job description and contract terms that value lived "
                    "experience fairly."
                ),
            },
            {
                "title": "Supervision and peer networks",
                "hours": 2,
                "outcomes": (
                    "Participants can arrange regular supervision and give peer workers access to "
                    "a network of peers outside the workplace."
                ),
            },
            {
                "title": "Learning from the Aarhus experience",
                "hours": 2,
                "outcomes": (
                    "Participants can use examples from Aarhus to anticipate difficulties in their "
                    "own municipality."
                ),
            },
        ],
    },
    {
        "title": "Independent living peer counsellor training in Tartu",
        "provider": "tugisild",
        "countries": ["EE"],
        "languages": ["et", "ru"],
        "summary": (
            "A free, accredited training for disabled people who want to become peer counsellors "
            "and support others to make their own choices about where and how they live."
        ),
        "description": (
            "In the independent living movement, peer counselling means disabled people supporting "
            "each other to take control of the support they receive and of the lives they lead. "
            "This training prepares new peer counsellors for Tugisild's service in Tartu and south "
            "Estonia.\n\n"
            "The training takes place on six days between September and December, with separate "
            "groups in Estonian and in Russian following the same content.\n\n"
            "## Content\n\n"
            "- the history and principles of independent living;\n"
            "- counselling skills: listening, asking questions and respecting the other person's "
            "decisions;\n"
            "- rights, services and personal assistance in Estonia;\n"
            "- accessible communication, including easy-to-read language and alternative formats;\n"
            "- supervised counselling practice with an experienced peer counsellor.\n\n"
            "## Accessibility\n\n"
            "All training rooms are step-free, with accessible toilets. Materials come in large "
            "print, electronic formats and easy-to-read versions, and sign-language interpretation "
            "can be arranged. Personal assistants are welcome.\n\n"
            "The training is accredited by the Peer Counselling Quality Council of South Estonia "
            "and is free for participants."
        ),
        "format": "formal",
        "accredited": True,
        "accrediting_body": "Peer Counselling Quality Council of South Estonia",
        "credits": "Peer counsellor certificate",
        "mode": "in-person",
        "hours": 48,
        "audiences": ["aspiring-peer-workers"],
        "prerequisites": (
            "Personal experience of disability and of organising your own life and support"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": (
            "One course a year; six training days between September and December in Tartu, in "
            "Estonian and in Russian"
        ),
        "enrol_url": "https://tugisild.example.org/koolitus/tugiisikute-koolitus/",
        "types": ["peer-counselling"],
        "focus": ["disability"],
        "related_practices": ["Independent living peer counselling in Tartu and south Estonia"],
        "modules": [
            {
                "title": "Independent living: history and principles",
                "hours": 8,
                "outcomes": (
                    "Participants can explain the principles of independent living and why "
                    "disabled people are the experts on their own lives."
                ),
            },
            {
                "title": "Counselling skills in practice",
                "hours": 16,
                "outcomes": (
                    "Participants can hold counselling sessions that help a person work out their "
                    "own plan, while leaving decisions with them."
                ),
            },
            {
                "title": "Rights, services and personal assistance",
                "hours": 10,
                "outcomes": (
                    "Participants can explain how to apply for personal assistance and other local "
                    "services, and prepare someone for a meeting with the local authority."
                ),
            },
            {
                "title": "Accessible communication",
                "hours": 6,
                "outcomes": (
                    "Participants can adapt their communication and written materials to the needs "
                    "of the person they are supporting."
                ),
            },
            {
                "title": "Supervised counselling practice",
                "hours": 8,
                "outcomes": (
                    "Participants can run counselling sessions with feedback from an experienced "
                    "peer counsellor."
                ),
            },
        ],
    },
    {
        "title": "Facilitating cross-border intervision: online training for peer workers",
        "provider": "brugwerk",
        "countries": ["BE", "PT", "EE"],
        "languages": ["en", "nl"],
        "summary": (
            "Four online sessions for experienced peer workers who want to facilitate intervision "
            "circles with colleagues from other countries, taught in English."
        ),
        "description": (
            "Intervision is a way for colleagues to learn from one another without a supervisor in "
            "charge: one person brings a situation from their work, and the group helps them think "
            "it through. Brugwerk coordinates circles of peer workers from Belgium, Portugal and "
            "Estonia, and this short training prepares new facilitators.\n\n"
            "The training is online and in English, which is a second or third language for most "
            "participants. Trainers speak slowly, check understanding often and send a written "
            "summary after each session. A Dutch-language group runs when there is enough "
            "interest.\n\n"
            "## What you practise\n\n"
            "- two structured methods for case discussion;\n"
            "- keeping the focus on the person who brings the situation;\n"
            "- working across languages, cultures and different national rules for peer work;\n"
            "- facilitating in a small group, with feedback from the trainers;\n"
            "- agreeing how a circle keeps going over a year.\n\n"
            "The training is free for peer workers in partner organisations. New facilitators lead "
            "their first circle together with an experienced one."
        ),
        "format": "informal",
        "accredited": False,
        "accrediting_body": "",
        "credits": "",
        "mode": "online",
        "hours": 16,
        "audiences": ["practising-peer-workers", "supervisors"],
        "prerequisites": (
            "At least a year of work or volunteering as a peer worker; able to follow a "
            "conversation in English"
        ),
        "cost_amount": None,
        "cost_currency": "",
        "schedule": "Once a year in autumn; four online sessions of four hours",
        "enrol_url": "https://brugwerk.example.org/across-borders/facilitator-training/",
        "types": ["peer-led-groups", "online-peer-support"],
        "focus": ["mental-health"],
        "related_practices": [
            (
                "Across Borders: online intervision circles for peer workers in Belgium, Portugal "
                "and Estonia"
            ),
        ],
        "modules": [
            {
                "title": "Intervision: learning without a hierarchy",
                "hours": 3,
                "outcomes": (
                    "Participants can explain how intervision differs from supervision and why it "
                    "suits peer workers."
                ),
            },
            {
                "title": "Structured methods for case discussion",
                "hours": 4,
                "outcomes": (
                    "Participants can guide a group through two structured case-discussion methods "
                    "step by step."
                ),
            },
            {
                "title": "Working across languages and cultures online",
                "hours": 3,
                "outcomes": (
                    "Participants can check understanding in a multilingual group and make room "
                    "for different national ways of organising peer work."
                ),
            },
            {
                "title": "Facilitation practice in small groups",
                "hours": 4,
                "outcomes": (
                    "Participants can facilitate a full intervision round and use feedback to "
                    "adjust their approach."
                ),
            },
            {
                "title": "Keeping a circle going",
                "hours": 2,
                "outcomes": (
                    "Participants can agree ground rules, dates and roles so that a circle "
                    "continues for a year."
                ),
            },
        ],
    },
]

"""The catalogue's taxonomies as first seeded (editors curate them in the admin afterwards)."""

TYPES = [
    (
        "one-to-one-mentoring",
        "One-to-one peer mentoring",
        "A person further along in recovery meets regularly with one other person.",
    ),
    (
        "peer-listening",
        "Peer listening",
        "Someone with lived experience listens without judging or advising.",
    ),
    (
        "peer-counselling",
        "Peer counselling",
        "Trained peers offer structured conversations to explore problems and choices.",
    ),
    (
        "mutual-support-groups",
        "Mutual support and self-help groups",
        "People with a shared experience meet as equals to support one another.",
    ),
    (
        "peer-led-groups",
        "Peer-led structured groups",
        "Groups that follow a programme (for example cognitive-behavioural, for panic and "
        "anxiety), led by trained peers.",
    ),
    (
        "recovery-sponsorship",
        "Sponsorship in recovery fellowships",
        "In twelve-step and other addiction-recovery fellowships, a member with longer recovery "
        "accompanies a newer one.",
    ),
    (
        "peer-specialists",
        "Peer specialists in services",
        "Peer support workers employed inside mental-health, addiction or social services.",
    ),
    (
        "peer-run-organisations",
        "Peer-run organisations and clubhouses",
        "Organisations governed and run by people with lived experience.",
    ),
    (
        "warmlines",
        "Peer-run warmlines and helplines",
        "Telephone or chat lines answered by peers, for talking before things become a crisis.",
    ),
    (
        "online-peer-support",
        "Online peer support",
        "Forums, video groups and chats moderated by peers.",
    ),
    (
        "trialogue",
        "Trialogue",
        "People with experience of psychosis, carers and professionals meet as equals to learn "
        "from each other.",
    ),
    (
        "recovery-colleges",
        "Recovery colleges and peer education",
        "Courses about recovery and wellbeing, co-designed and co-taught by peers.",
    ),
]

FOCUS_AREAS = [
    ("mental-health", "Mental health", "Including severe and long-term mental illness."),
    ("addiction", "Addiction and substance use", "Alcohol, drugs, gambling and other addictions."),
    ("anxiety-depression", "Anxiety and depression", "Including panic and mood disorders."),
    (
        "co-occurring",
        "Co-occurring conditions",
        "Mental-health and substance-use challenges at the same time.",
    ),
    ("chronic-illness", "Chronic physical illness", "For example diabetes, cancer or HIV."),
    (
        "disability",
        "Disability and independent living",
        "Peer support in the independent living movement.",
    ),
    (
        "trauma",
        "Trauma survivors",
        "Including refugees and survivors of violence, war or landmines.",
    ),
]

TARGET_GROUPS = [
    ("adults-lived-experience", "Adults with lived experience", ""),
    ("young-people", "Young people", ""),
    ("older-people", "Older people", ""),
    ("carers-families", "Carers and families", ""),
    ("refugees-migrants", "Refugees and migrants", ""),
    ("crisis-after-discharge", "People in crisis or after hospital discharge", ""),
    ("workers-professionals", "Workers and professionals", ""),
]

MECHANISMS = [
    (
        "social-support",
        "Social support",
        "Emotional, practical and informational help between people who trust each other.",
    ),
    (
        "experiential-knowledge",
        "Experiential knowledge",
        "Practical know-how that comes from having lived through the same situation.",
    ),
    (
        "social-learning",
        "Social learning",
        "Peers who have come through similar difficulties are credible role models.",
    ),
    (
        "social-comparison",
        "Social comparison",
        "Meeting others like oneself brings a sense of normality, and hope from those further on.",
    ),
    (
        "helper-therapy",
        "Helper-therapy principle",
        "Those who give support gain too: confidence, skills, knowledge and recognition.",
    ),
]

OUTCOMES = [
    ("empowerment", "Empowerment", ""),
    ("hope", "Hope", ""),
    ("quality-of-life", "Quality of life", ""),
    ("self-esteem", "Self-esteem", ""),
    ("social-inclusion", "Social inclusion and wider networks", ""),
    ("engagement-with-services", "Engagement with services", ""),
    ("fewer-readmissions", "Fewer relapses and readmissions", ""),
    ("depression-symptoms", "Fewer depression symptoms", ""),
    ("family-stress", "Less family stress", ""),
    ("self-management", "Self-advocacy and self-management", ""),
]

TAXONOMIES = {
    "PeerSupportType": TYPES,
    "FocusArea": FOCUS_AREAS,
    "TargetGroup": TARGET_GROUPS,
    "Mechanism": MECHANISMS,
    "Outcome": OUTCOMES,
}

# Countries offered first in forms: the Council of Europe's members and their neighbours.
EUROPE = [
    "AL", "AD", "AM", "AT", "AZ", "BE", "BA", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE",
    "ES", "FI", "FR", "GB", "GE", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV",
    "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM",
    "TR", "UA", "XK",
]  # fmt: skip

"""Demo content in several languages: a practice written in Dutch, with translations.

Luisterpunt's team wrote its entry in Dutch. A person reviewed the English and German
translations, so visitors reading the site in those languages see them (with a notice and a
link to the original); the French one is a machine-translated draft that only editors see.
"""

from .models import Practice
from .translations import Review, refresh_readable_in

SLUG = "luisterpunt-peer-listening-in-rotterdam-secondary-schools"

DUTCH = {
    "title": "Luisterpunt: luisteren door leeftijdsgenoten op Rotterdamse middelbare scholen",
    "summary": (
        "Getrainde leerlingen van 15 tot 18 jaar, sommigen met eigen ervaring met psychische "
        "problemen, bieden medeleerlingen een luisterend oor tijdens de middagpauze op zes "
        "Rotterdamse scholen."
    ),
    "description": (
        "Op elke deelnemende school zit een team van zes tot tien leerling-luisteraars twee "
        "middagpauzes per week klaar in een rustig lokaal. Leerlingen kunnen zonder afspraak "
        "binnenlopen om te praten over alles wat hen bezighoudt, van vriendschappen en spanning "
        "thuis tot zorgen over hoe het met ze gaat. Luisteraars geven geen advies en geen "
        "therapie. Ze luisteren, helpen de ander uitzoeken wat die zelf wil en lopen, als de "
        "leerling dat wil, mee naar de zorgcoördinator van de school.\n\n"
        "## Training en steun\n\n"
        "Luisteraars volgen een training van twaalf uur, gegeven door jongvolwassenen van "
        "Tegenwind. Er wordt geoefend met rollenspellen, en er zijn bijeenkomsten over "
        "geheimhouding en de grenzen daarvan en over goed voor jezelf zorgen. Een coördinator "
        "van Tegenwind komt elke maand langs op iedere school, en luisteraars kunnen altijd bij "
        "de zorgcoördinator terecht als een gesprek hen zorgen baart.\n\n"
        "## Wat leerlingen zeggen\n\n"
        "Uit een vragenlijst op vier scholen in 2023 bleek dat de meeste leerlingen die "
        "langskwamen zich serieus genomen voelden en zouden terugkomen. Zorgcoördinatoren "
        "merkten dat sommige leerlingen hen nu eerder weten te vinden. De luisteraars "
        "vertelden dat ze meer zelfvertrouwen hebben gekregen en makkelijker over psychische "
        "gezondheid praten."
    ),
    "easy_read": (
        "Zit je ergens mee? Op zes scholen in Rotterdam kun je in de pauze praten met een "
        "andere leerling. Die leerling luistert naar je. Je hoeft geen afspraak te maken. "
        "Wat je vertelt, blijft tussen jullie. Wil je hulp van een volwassene? Dan loopt de "
        "luisteraar met je mee."
    ),
}

GERMAN = {
    "translated_title": "Luisterpunt: Schülerinnen und Schüler hören einander zu – an Rotterdamer "
    "Schulen",
    "translated_summary": (
        "Geschulte Schülerinnen und Schüler zwischen 15 und 18 Jahren, manche mit eigener "
        "Erfahrung mit psychischen Krisen, hören ihren Mitschülerinnen und Mitschülern in der "
        "Mittagspause zu – an sechs Rotterdamer Schulen."
    ),
    "translated_description": (
        "An jeder teilnehmenden Schule ist ein Team aus sechs bis zehn Zuhörerinnen und "
        "Zuhörern an zwei Mittagspausen pro Woche in einem ruhigen Raum da. Wer möchte, kommt "
        "ohne Termin vorbei und spricht über alles, was belastet: Freundschaften, Spannungen "
        "zu Hause oder Sorgen um die eigene Stimmung. Die Zuhörenden geben keine Ratschläge und "
        "machen keine Therapie. Sie hören zu, helfen dabei herauszufinden, was die andere "
        "Person selbst möchte, und begleiten sie auf Wunsch zur Beratungslehrkraft der Schule.\n\n"
        "## Schulung und Begleitung\n\n"
        "Die Zuhörenden besuchen eine zwölfstündige Schulung, die junge Erwachsene von "
        "Tegenwind leiten. Dazu gehören Rollenspiele, eine Einheit über Schweigepflicht und "
        "ihre Grenzen und eine Einheit darüber, wie man gut auf sich selbst achtet. Eine "
        "Koordinatorin von Tegenwind besucht jede Schule einmal im Monat, und die Zuhörenden "
        "können sich jederzeit an die Beratungslehrkraft wenden, wenn ein Gespräch sie "
        "beschäftigt.\n\n"
        "## Was Schülerinnen und Schüler sagen\n\n"
        "Eine Befragung an vier Schulen im Jahr 2023 ergab, dass sich die meisten, die "
        "vorbeikamen, ernst genommen fühlten und wiederkommen würden. Die Beratungslehrkräfte "
        "berichten, dass manche Jugendliche sie jetzt früher aufsuchen. Die Zuhörenden selbst "
        "fühlen sich sicherer und sprechen leichter über psychische Gesundheit."
    ),
    "translated_easy_read": (
        "Geht dir etwas durch den Kopf? An sechs Schulen in Rotterdam kannst du in der Pause "
        "mit einer anderen Schülerin oder einem anderen Schüler reden. Sie hören dir zu. Du "
        "brauchst keinen Termin. Was du erzählst, bleibt unter euch. Möchtest du Hilfe von "
        "einer erwachsenen Person? Dann geht die zuhörende Person mit dir hin."
    ),
}

FRENCH_DRAFT = {
    "translated_title": "Luisterpunt : écoute entre élèves dans les écoles secondaires de "
    "Rotterdam",
    "translated_summary": (
        "Des élèves formés de 15 à 18 ans offrent une oreille attentive à leurs camarades "
        "pendant la pause de midi dans six écoles de Rotterdam."
    ),
    "translated_description": "",
    "translated_easy_read": "",
}


def seed_translations() -> None:
    """Make Luisterpunt a Dutch entry with reviewed English and German translations and a
    French machine draft. Its English texts, as seed_practices() has just written them,
    become the English translation."""
    practice = Practice.objects.filter(slug=SLUG).first()
    if practice is None:
        return
    english = {
        "translated_title": practice.title,
        "translated_summary": practice.summary,
        "translated_description": practice.description,
        "translated_easy_read": (
            "Is something on your mind? At six schools in Rotterdam you can talk to another "
            "pupil at lunch break. They listen to you. You do not need an appointment. What you "
            "say stays between you. Would you like help from an adult? The listener will go "
            "with you."
        ),
    }
    practice.written_in_id = "nl"
    for field, text in DUTCH.items():
        setattr(practice, field, text)
    practice.save()
    for code, texts, review in (
        ("en", english, Review.REVIEWED),
        ("de", GERMAN, Review.REVIEWED),
        ("fr", FRENCH_DRAFT, Review.MACHINE),
    ):
        practice.translations.update_or_create(
            language_code=code, defaults={**texts, "review": review}
        )
    refresh_readable_in(practice)

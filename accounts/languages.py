"""Languages the platform knows by ISO 639-1 code: the official languages of the EU and the
languages most spoken by peer workers and by people who have come to Europe."""

from functools import cache

from django.utils.translation import get_language, get_language_info, gettext, gettext_noop

LANGUAGES: dict[str, str] = {
    "sq": "Albanian",
    "ar": "Arabic",
    "hy": "Armenian",
    "eu": "Basque",
    "bs": "Bosnian",
    "bg": "Bulgarian",
    "ca": "Catalan",
    "hr": "Croatian",
    "cs": "Czech",
    "da": "Danish",
    "nl": "Dutch",
    "en": "English",
    "et": "Estonian",
    "fi": "Finnish",
    "fr": "French",
    "gl": "Galician",
    "ka": "Georgian",
    "de": "German",
    "el": "Greek",
    "he": "Hebrew",
    "hu": "Hungarian",
    "is": "Icelandic",
    "ga": "Irish",
    "it": "Italian",
    "ku": "Kurdish",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "lb": "Luxembourgish",
    "mk": "Macedonian",
    "mt": "Maltese",
    "no": "Norwegian",
    "fa": "Persian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sr": "Serbian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "so": "Somali",
    "es": "Spanish",
    "sv": "Swedish",
    "ti": "Tigrinya",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "cy": "Welsh",
}

# Django's catalogues name most of these languages in every interface language; ours name
# the others.
gettext_noop("Kurdish"), gettext_noop("Maltese"), gettext_noop("Somali"), gettext_noop("Tigrinya")


def language_label(code: str, name: str = "") -> str:
    """A language's name in the active language: Django's translation where it knows the
    language, otherwise ours of its English ``name`` (by default, the one listed above).
    Read once per process and interface language (a lookup in the catalogues costs 6 µs)."""
    return _language_label(code, name, get_language())


@cache
def _language_label(code: str, name: str, language: str | None) -> str:
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        name = name or LANGUAGES.get(code, code)
        return gettext(name)


def language_choices(languages) -> list[tuple[str, str]]:
    """(code, name) pairs with each name in the active language, in its alphabetical order;
    ``languages`` are (code, English name) pairs."""
    names = [(code, language_label(code, name)) for code, name in languages]
    return sorted(names, key=lambda choice: choice[1].casefold())

"""The layout holds at 320 px (400 % zoom), in dark mode, with reduced motion and on paper."""

import re

from django.core.management import call_command

from practices.models import EvidenceLevel, Link, Practice, Reference
from tests.factories import (
    OrganisationFactory,
    PracticeFactory,
    TrainingFactory,
    UserFactory,
    WorkshopFactory,
)
from trainings.models import TrainingProgramme
from workshops.models import Kind

from .conftest import assert_no_axe_violations
from .test_workshops_journey import sign_in

# German and Finnish compounds, and an address with nowhere to break: what breaks layouts.
GERMAN_WORD = "Genesungsbegleiterinnenweiterbildungsprogrammkoordinationsstelle"
FINNISH_WORD = "Mielenterveyskuntoutujienvertaistukiryhmätoimintaohjelmakokonaisuus"
LONG_ADDRESS = "https://example.org/handbuecher/" + "x" * 40 + "/peer-begleitung-handbuch.pdf"
NARROW = {"width": 320, "height": 900}  # 1280 CSS px at 400 % zoom (WCAG 1.4.10)

# What a visitor at 320 px would have to scroll sideways to see. Content may run wider only
# inside its own scrolling container (a data table), which must then be reachable with the
# keyboard and named; anything else that sticks out (or is clipped) is a failure.
REFLOW = """() => {
  const width = window.innerWidth;
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  const insideScroller = (el) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (scrolls(up)) return true;
    }
    return false;
  };
  const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}` +
    `.${el.classList.value.replaceAll(" ", ".")} “${el.textContent.trim().slice(0, 40)}”`;
  const stickingOut = [];
  const unnamedScrollers = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (!box.width || el.closest(".visually-hidden")) continue;
    if ((box.right > width + 1 || box.left < -1) && !insideScroller(el)) {
      stickingOut.push(`${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    const overflowX = getComputedStyle(el).overflowX;
    const control = el.matches("input, textarea, select");  // their own text scrolls inside
    if (!control && ["hidden", "clip"].includes(overflowX) && el.scrollWidth > el.clientWidth + 1) {
      stickingOut.push(`${describe(el)} is clipped`);
    }
    if (scrolls(el) && el.scrollWidth > el.clientWidth + 1) {
      const named = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
      const reachable = el.tabIndex >= 0 && el.getAttribute("role");
      if (!reachable || !named) unnamedScrollers.push(describe(el));
    }
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    width,
    stickingOut: stickingOut.slice(0, 5),
    unnamedScrollers,
  };
}"""

WITHIN_WIDTH = """(el) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
}"""


def make_long_word_entries():
    """A practice, a programme and an event whose titles and texts have nowhere to break."""
    organisation = OrganisationFactory(name=f"Landesverband {GERMAN_WORD}", country_id="DE")
    practice = PracticeFactory(
        title=f"{GERMAN_WORD} Nordrhein-Westfalen",
        slug="genesungsbegleitung-nrw",
        summary=f"Wöchentliche {FINNISH_WORD} für Menschen mit eigener Krisenerfahrung.",
        description=(
            f"Peers leiten die Gruppen. Das [Handbuch der Genesungsbegleitung]({LONG_ADDRESS}) "
            f"beschreibt jeden Schritt; die Adresse ist {LONG_ADDRESS}.\n\n"
            "Neue Gruppen beginnen jeden Herbst."
        ),
        organisation=organisation,
        countries=["DE"],
        evidence_level=EvidenceLevel.EVALUATED,
        contact_name="Ulrike Sonnenschein",
    )
    Reference.objects.create(
        practice=practice,
        authors="Sonnenschein U, Virtanen A",
        year=2023,
        title=f"{FINNISH_WORD}: eine Evaluation",
        journal="Psychiatrische Praxis",
        doi="10.1000/peer.2023.42",
    )
    Link.objects.create(practice=practice, title="Projektseite", url=LONG_ADDRESS)
    training = TrainingFactory(
        title=f"{FINNISH_WORD} – koulutus",
        slug="vertaistukikoulutus",
        summary=f"Ein Kurs für die {GERMAN_WORD} und ihre Teams.",
        description=f"Mehr unter [der Kursseite]({LONG_ADDRESS}).",
        countries=["FI"],
        languages=["fi"],
        enrol_url="https://enrol.example.org/vertaistuki",
        accredited=True,
        accrediting_body=f"{GERMAN_WORD}sausschuss",
    )
    training.modules.create(title=f"{FINNISH_WORD} 1", hours=8, outcomes="Zuhören lernen.")
    workshop = WorkshopFactory(
        title=f"{GERMAN_WORD}: Austausch über Grenzen",
        kind=Kind.HYBRID,
        capacity_in_person=12,
        venue_name=f"Haus der {GERMAN_WORD}",
        city="Mönchengladbach",
    )
    return practice, training, workshop


def public_paths(practice, training, workshop) -> list[str]:
    """One page of each public kind, with the long-word entries in them."""
    other = TrainingProgramme.objects.exclude(pk=training.pk).first()
    return [
        "/",
        "/practices/?country=DE&type=peer-listening",
        practice.get_absolute_url(),
        "/trainings/",
        training.get_absolute_url(),
        f"/trainings/compare/?p={training.slug}&p={other.slug}",
        "/workshops/",
        workshop.get_absolute_url(),
        "/countries/",
        "/countries/de/",
        f"/search/?q={GERMAN_WORD}",
        "/accounts/login/",
        "/accounts/signup/",
        "/accessibility/",
    ]


def assert_reflows(page, path):
    page.goto(path)
    found = page.evaluate(REFLOW)
    assert found["scrollWidth"] <= found["width"], f"{path} scrolls sideways: {found}"
    assert not found["stickingOut"], f"{path}: {found['stickingOut']}"
    assert not found["unnamedScrollers"], f"{path}: scrolling areas without a name or focus"
    for what in (page.get_by_role("heading", level=1), page.locator("#language-switch")):
        assert what.evaluate(WITHIN_WIDTH), f"{path}: {what} is cut off"
    assert page.locator(".language-switch button").evaluate(WITHIN_WIDTH)
    page.keyboard.press("Tab")  # the first Tab brings out the skip link
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.evaluate(WITHIN_WIDTH), f"{path}: the skip link is cut off"


def test_every_public_page_reflows_at_320_px_in_english_german_and_finnish(page, live_server):
    call_command("seed_demo", "--force", verbosity=0)
    entries = make_long_word_entries()
    member = UserFactory()
    page.set_viewport_size(NARROW)
    for prefix in ("", "/de", "/fi"):
        for path in public_paths(*entries):
            assert_reflows(page, prefix + path)
    sign_in(page, member, "/practices/submit/")
    for prefix in ("", "/de", "/fi"):
        assert_reflows(page, f"{prefix}/practices/submit/")


# Relative luminance (WCAG) of a computed colour such as "rgb(21, 25, 31)".
LUMINANCE = """(colour) => {
  const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(Number).map((c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}"""


def luminance(page, colour: str) -> float:
    return page.evaluate(LUMINANCE, colour)


def test_dark_mode_is_dark_and_axe_finds_no_contrast_problems(page, live_server):
    call_command("seed_demo", "--force", verbosity=0)
    entries = make_long_word_entries()
    page.emulate_media(color_scheme="dark")
    for path in [*public_paths(*entries), "/practices/?page=2"]:
        page.goto(path)
        body = page.evaluate("getComputedStyle(document.body).backgroundColor")
        text = page.evaluate("getComputedStyle(document.body).color")
        assert luminance(page, body) < 0.05, f"{path}: the background is not dark ({body})"
        assert luminance(page, text) > 0.6, f"{path}: the text is not light ({text})"
        assert_no_axe_violations(page)
    # A form showing its errors: the error colours must hold up on the dark background too.
    page.goto("/accounts/signup/")
    page.get_by_role("button", name="Sign Up").click()
    assert page.locator(".error-summary").is_visible()
    assert_no_axe_violations(page)


# A constructed style sheet, since the site's CSP refuses inline <style> elements.
MOTION_PROBE = """() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync("@keyframes probe-pulse { to { opacity: 0.5; } }" +
    ".motion-probe { transition: opacity 1s; animation: probe-pulse 2s infinite; }");
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const probe = document.createElement("div");
  probe.className = "motion-probe";
  document.body.append(probe);
}"""

# Every running transition or animation (on elements and their ::before/::after) longer than 10 ms.
MOVING = """() => {
  const seconds = (value) => Math.max(...value.split(",").map((v) => parseFloat(v) *
    (v.trim().endsWith("ms") ? 0.001 : 1)));
  const moving = [];
  for (const el of document.querySelectorAll("*")) {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(el, pseudo);
      const animated = style.animationName !== "none" && seconds(style.animationDuration) > 0.01;
      const transitioned = seconds(style.transitionDuration) > 0.01 &&
        style.transitionProperty !== "none";
      if (animated || transitioned) moving.push(`${el.tagName}.${el.className}${pseudo || ""}`);
    }
  }
  return moving;
}"""


def test_reduced_motion_stops_smooth_scrolling_and_any_animation(page, live_server):
    # The site's only motion is smooth scrolling to anchors; the probe stands in for any
    # transition or animation added later, which the reduced-motion rules must stop too.
    for number in range(8):
        PracticeFactory(title=f"Peer circle {number}", countries=["FI"])
    page.set_viewport_size(NARROW)  # "Jump to the results" is a long way down at 320 px
    page.emulate_media(reduced_motion="no-preference")
    page.goto("/practices/")
    page.evaluate(MOTION_PROBE)
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "smooth"
    assert page.evaluate(MOVING) == ["DIV.motion-probe"]

    page.emulate_media(reduced_motion="reduce")
    page.goto("/practices/")
    page.evaluate(MOTION_PROBE)
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    assert page.evaluate(MOVING) == []
    # The jump lands at once, with no scrolling animation in between.
    page.get_by_role("link", name="Jump to the results").click()
    target = page.evaluate("document.getElementById('results').getBoundingClientRect().top")
    assert abs(target) <= 1
    assert page.evaluate("window.scrollY") > 500


def visible_text_colours(page) -> set[tuple[str, str]]:
    """The colour and the nearest painted background of every visible text in the page."""
    return {
        tuple(pair)
        for pair in page.evaluate(
            """() => {
              const painted = (el) => {
                for (; el; el = el.parentElement) {
                  const bg = getComputedStyle(el).backgroundColor;
                  if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
                }
                return "rgb(255, 255, 255)";  // paper
              };
              const pairs = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const el = walker.currentNode.parentElement;
                if (!walker.currentNode.textContent.trim() || !el.checkVisibility()) continue;
                if (el.closest(".visually-hidden")) continue;
                pairs.push([getComputedStyle(el).color, painted(el)]);
              }
              return pairs;
            }"""
        )
    }


def print_to_pdf(page) -> tuple[bytes, int]:
    """The page printed on A4, and its number of pages."""
    pdf = page.pdf(format="A4")
    return pdf, len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


PRINTED_HIDDEN = [
    ".main-nav",
    ".account-nav",
    ".site-search",
    ".language-switch",
    ".skip-link",
    ".footer-links",
    ".breadcrumbs",
]


def test_practice_training_and_event_pages_print_as_plain_black_and_white_documents(
    page, live_server
):
    practice, training, workshop = make_long_word_entries()
    practice.easy_read = "Menschen helfen sich gegenseitig."  # brings the easy-read switch
    practice.save()
    for scheme in ("light", "dark"):
        page.emulate_media(media="screen", color_scheme=scheme)
        page.goto(training.get_absolute_url())
        assert page.get_by_role("navigation", name="Main").is_visible()  # as a contrast
        page.emulate_media(media="print", color_scheme=scheme)
        for entry in (practice, training, workshop):
            page.goto(entry.get_absolute_url())
            for selector in PRINTED_HIDDEN:
                assert page.locator(selector).is_hidden(), f"{selector} is printed"
            controls = page.locator(
                f"main form, main button, main .button:not([href='{training.enrol_url}'])"
            )
            assert controls.count() or entry == training  # the easy-read switch, Register
            for control in controls.all():
                assert control.is_hidden(), f"{control} is printed"
            assert page.get_by_role("heading", level=1).is_visible()
            assert page.locator(".lead").is_visible()
            assert page.locator(".entry__facts").is_visible()
            assert visible_text_colours(page) == {("rgb(0, 0, 0)", "rgb(255, 255, 255)")}

    page.goto(practice.get_absolute_url())
    assert page.get_by_text("Peers leiten die Gruppen.").is_visible()
    assert page.get_by_text("How strong is the evidence?").is_visible()
    assert page.get_by_role("button", name="Show easy read first").is_hidden()
    # Outside links carry their address on paper; links within the site do not.
    printed = page.evaluate(
        """() => [...document.querySelectorAll("main a")].filter((a) => a.checkVisibility())
            .map((a) => [a.getAttribute("href"), getComputedStyle(a, "::after").content])"""
    )
    shown = dict(printed)
    assert LONG_ADDRESS in shown[LONG_ADDRESS]
    assert "https://network.example.org/" in shown["https://network.example.org/"]
    assert shown["/practices/?country=DE"] == "none"
    pdf, pages = print_to_pdf(page)
    assert len(pdf) > 10_000 and b"/Font" in pdf, "the printed practice is blank"
    assert 1 <= pages <= 3, f"the practice prints on {pages} pages"

    page.goto(training.get_absolute_url())
    assert page.get_by_text("How to enrol").is_visible()  # kept on paper, with its address
    pdf, pages = print_to_pdf(page)
    assert len(pdf) > 10_000 and b"/Font" in pdf, "the printed programme is blank"
    assert 1 <= pages <= 3, f"the programme prints on {pages} pages"


def font_weight(locator) -> int:
    return int(locator.evaluate("el => getComputedStyle(el).fontWeight"))


def test_nothing_is_said_by_colour_alone(page, live_server):
    call_command("seed_demo", "--force", verbosity=0)  # 48 practices: three pages of them
    practice = Practice.objects.published().filter(evidence_level=EvidenceLevel.EVALUATED).first()

    page.goto("/practices/?page=2")
    pages = page.get_by_role("navigation", name="Pages")
    current = pages.locator("a[aria-current='page']")
    assert current.inner_text() == "2"
    assert font_weight(current) >= 700 > font_weight(pages.get_by_role("link", name="Page 1"))
    here = page.get_by_role("navigation", name="Main").locator("a[aria-current='page']")
    assert here.inner_text() == "Practices"
    assert font_weight(here) >= 700
    # Links in running text are underlined, not told apart by their colour only.
    decorations = page.evaluate(
        """() => [...document.querySelectorAll("main p a:not(.button), main dd a")]
            .map((a) => getComputedStyle(a).textDecorationLine)"""
    )
    assert decorations and set(decorations) == {"underline"}

    page.goto("/practices/?country=HU")
    assert page.locator("#f-country-HU").is_checked()  # a tick, not a colour
    assert page.get_by_role("list", name="Active filters").inner_text() == "Country: Hungary"

    page.goto(practice.get_absolute_url())
    ladder = page.get_by_role("list", name="Evidence ladder")
    step = ladder.locator("[aria-current='step']")
    assert step.inner_text() == "Evaluated"
    assert font_weight(step) >= 700 > font_weight(ladder.get_by_text("Promising"))
    assert page.get_by_text("Evaluated · step 4 of 5").is_visible()

    # Required fields carry the required attribute; the others say "(optional)" in words.
    sign_in(page, UserFactory(), "/practices/submit/")
    labelled = page.evaluate(
        """() => [...document.querySelectorAll("main form label[for]")].map((label) => {
            const field = document.getElementById(label.htmlFor);
            // A list with no empty choice always has a value: it needs no required attribute.
            const alwaysSet = field.tagName === "SELECT"
                && ![...field.options].some((option) => option.value === "");
            return [label.textContent.includes("(optional)"), field.required || alwaysSet,
                    field.type,
                    Boolean(field.closest("#translations")), field.name];
        }).filter(([, , type]) => type !== "checkbox" && type !== "radio")"""
    )
    assert {
        (optional, required) for optional, required, _t, inside, _n in labelled if not inside
    } == {
        (True, False),
        (False, True),
    }
    # A translation as a whole is optional, so its fields carry no required attribute; the
    # ones it cannot do without are those not labelled "(optional)", as in the rest of the form.
    needed = {name for optional, _r, _t, inside, name in labelled if inside and not optional}
    assert needed == {
        "translations-0-language_code",
        "translations-0-translated_title",
        "translations-0-translated_summary",
    }
    page.get_by_role("button", name="Send for review").click()
    summary = page.get_by_role("alert")
    assert summary.get_by_role("heading", name="Please check the form").is_visible()
    # Each field in error says so in words, with a warning sign, not only with a red border.
    fields = page.locator(".field--error")
    assert fields.count() >= 2
    for field in fields.all():
        assert field.locator("[aria-invalid='true']").count() >= 1
        error = field.locator(".errorlist li").first
        assert error.is_visible() and error.inner_text().strip()
        assert "⚠" in error.evaluate("li => getComputedStyle(li, '::before').content")

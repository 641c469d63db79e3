"""The demo in every pilot language, as a browser set to it shows it: no English interface string anywhere.

Checked for a coordinator, a member in a unit with the default prompts, a learner
without a group, and staff with the course dashboard; once with the block installed by
pip alone and once with the empty atlas folder Tutor's image build leaves.
"""

import re
from pathlib import Path

import polib
import pytest
from playwright.sync_api import expect

from studygroup_xblock.models import Unit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "studygroup_xblock" / "conf" / "locale" / "en" / "LC_MESSAGES"
LANGUAGES = ["de", "es", "hr", "it", "mt", "nl", "pt", "ro"]
DOMAINS = {"django": "text", "djangojs": "djangojs"}
# English weekdays, or ICU's root-locale months ("M12"), where the browser lacks the language.
ENGLISH_DATES = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|M\d{1,2})\b")
# Every piece of text a person can meet on the page: visible text, option labels, accessible names.
PAGE_TEXT = """(root) => {
    const texts = [];
    const visible = (element) => element.getClientRects().length > 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const blocks = 'p, div, section, form, fieldset, ul, ol, li, table, tr, dl, h1, h2, h3, h4, details';
    while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (!walker.currentNode.textContent.trim() || parent.closest('script, style')) {
            continue;
        }
        if (parent.tagName === 'OPTION' || visible(parent)) {
            texts.push(walker.currentNode.textContent);
            if (!parent.querySelector(blocks)) {
                texts.push(parent.textContent);  // a sentence with inline markup in it
            }
        }
    }
    root.querySelectorAll('[aria-label], [title], [placeholder], [alt]').forEach((element) => {
        ['aria-label', 'title', 'placeholder', 'alt'].forEach((name) => texts.push(element.getAttribute(name) || ''));
    });
    return texts;
}"""


def english_interface(language):
    """A pattern for each English message (placeholders match anything) but those the language writes alike.

    Romanian writes "%(count)s minute" too: a message is English only where no
    translation of this language reads the same.
    """
    folder = ROOT / "translations" / language / "LC_MESSAGES"
    catalogues = [polib.pofile(str(folder / f"{domain}.po")) for domain in DOMAINS.values()]
    own = {text for po in catalogues for entry in po for text in (entry.msgstr, *entry.msgstr_plural.values()) if text}
    patterns = {}
    for source_name in DOMAINS:
        for entry in polib.pofile(str(SOURCE / f"{source_name}.po")):
            for english in filter(None, (entry.msgid, entry.msgid_plural)):
                if english not in own:
                    pattern = re.sub(r"%(\\\(\w+\\\))?[sd]", ".+", re.escape(" ".join(english.split())))
                    patterns[english] = re.compile(pattern)
    return patterns


def english_on(page, patterns, where=".studygroup-block"):
    """The English messages found on the page, but in what the course author wrote (titles, prompts).

    Authored text is set aside where it stands inside a line (a unit's title in an adaptation's
    details) by a stand-in, so that a message around it still reads as that message.
    """
    authored = {" ".join(text.split()) for text in page.locator(".sg-title, .sg-prompt p").all_inner_texts()}
    authored |= set(Unit.objects.values_list("title", flat=True))
    texts = set()
    for text in page.locator(where).first.evaluate(PAGE_TEXT):
        text = " ".join(text.split())
        for piece in sorted(authored, key=len, reverse=True):
            text = text.replace(piece, "¤") if piece else text
        texts.add(text)
    return sorted({english for english, pattern in patterns.items() for text in texts if pattern.fullmatch(text)})


def english_in_every_section(page, patterns):
    """``english_on`` the summary, then on each section of the learner view, opened in turn."""
    found = set(english_on(page, patterns))
    for toggle in page.locator(".sg-toggle").all():
        if toggle.is_visible():
            toggle.click()
            expect(toggle).to_have_attribute("aria-expanded", "true")
            found |= set(english_on(page, patterns))
    return sorted(found)


@pytest.fixture(params=["pip", "tutor"])
def layout(request, settings, tmp_path):
    """Where the block's catalogues live: its own package only, or beside Tutor's empty atlas folder."""
    settings.STUDYGROUP_XBLOCK_LOCALE_ROOT = str(tmp_path / "xblock.v1")
    if request.param == "tutor":
        (tmp_path / "xblock.v1" / "studygroup_xblock").mkdir(parents=True)
    return request.param


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_interface_string_in_any_view(open_as, demo_course, layout, language):
    patterns = english_interface(language)
    prompt = polib.pofile(str(ROOT / "translations" / language / "LC_MESSAGES" / "text.po")).find(
        "Meet with your colleagues and discuss how this unit applies to your school."
    )
    found = {}

    coordinator = open_as("ana", locale=language)
    found["coordinator"] = english_in_every_section(coordinator, patterns)
    meetings = coordinator.locator('[data-role="history"]').inner_text()
    assert re.search(r"\b2\d{3}\b", meetings), "the meetings show their dates"
    assert not ENGLISH_DATES.search(meetings), "dates are written in the page's language"

    member = open_as("ivan", scenario="studygroup.1", locale=language)
    expect(member.locator(".sg-prompt")).to_contain_text(prompt.msgstr)
    found["member, unit 2"] = english_in_every_section(member, patterns)

    newcomer = open_as("maria", locale=language)
    expect(newcomer.locator('select[name="country"] option[value="DE"]').first).not_to_have_text("Germany")
    newcomer.locator('[data-role="search-form"] button[type="submit"]').click()
    newcomer.wait_for_load_state("networkidle")
    found["no group, searched"] = english_in_every_section(newcomer, patterns)

    staff = open_as("staff", locale=language)
    found["staff"] = english_in_every_section(staff, patterns)
    staff.goto(staff.locator('a[href*="staff_dashboard"]').evaluate("link => link.href"))
    found["dashboard"] = english_on(staff, patterns, where="body")
    staff.goto(staff.locator('a[href*="group_record"]').first.evaluate("link => link.href"))
    found["group record"] = english_on(staff, patterns, where="body")

    assert {view: english for view, english in found.items() if english} == {}
    for page in (coordinator, member, newcomer, staff):
        assert page.errors == []


def test_a_maltese_teacher_chooses_maltese_where_the_operator_released_english_only(
    open_as, workbench, settings, check_accessibility
):
    """The LMS's language gate (demo/platform.py, ``DarkLangMiddleware``) takes Maltese out of the browser's
    ``Accept-Language``: the block comes in English until the teacher chooses Malti, with the keyboard."""
    settings.DEMO_RELEASED_LANGUAGES = "en"
    page = open_as("maria", locale="mt")
    block = page.locator(".studygroup-block")
    expect(block).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Find your school's group")).to_be_visible()

    choice = page.get_by_role("combobox", name="Language")
    choice.focus()
    choice.select_option(label="Malti")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Change")).to_be_focused()
    page.keyboard.press("Enter")

    expect(block).to_have_attribute("lang", "mt")
    expect(page.get_by_role("heading", name="Sib il-grupp tal-iskola tiegħek")).to_be_visible()
    expect(page.get_by_role("combobox").first).to_have_value("mt")
    check_accessibility(page, "27-maltese-chosen-behind-the-gate")
    page.goto(workbench.page_url("maria", "studygroup.1"))
    expect(page.locator(".studygroup-block")).to_have_attribute("lang", "mt")  # in every unit of the course

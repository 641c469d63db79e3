"""Each language reads as one voice: its glossary's terms and style hold in both catalogues.

A language's ``translations/<lang>/glossary.toml`` names its form of address, its button
style and the one translation of each key term (``translations/README.md`` says how the file
is written). These tests hold the catalogues to it, and the English source to the rules
that let translators do so: a context for every single word, and a "button" context for
every button.
"""

import re
import tomllib
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["de", "es", "hr", "it", "mt", "nl", "pt", "ro"]
SOURCE = ROOT / "studygroup_xblock" / "conf" / "locale" / "en" / "LC_MESSAGES"
TEMPLATES = ROOT / "studygroup_xblock" / "templates"
SCRIPTS = ROOT / "static" / "js"
# The things every glossary must name, as the English source names them (translations/README.md).
KEY_TERMS = {
    "study group",
    "coordinator",
    "member",
    "colleague",
    "adaptation",
    "meeting",
    "minutes",
    "task",
    "worked through",
    "join code",
    "course team",
    "evidence report",
    "participation record",
    "unit",
    "school",
    "primary (ISCED 1)",
    "lower secondary (ISCED 2)",
    "upper secondary (ISCED 3)",
    "pace",
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def glossary(language):
    return tomllib.loads((ROOT / "translations" / language / "glossary.toml").read_text())


def entries(language):
    """Every entry of both catalogues, with its translations (a plural entry has several)."""
    folder = ROOT / "translations" / language / "LC_MESSAGES"
    for domain in ("text", "djangojs"):
        for entry in polib.pofile(str(folder / f"{domain}.po")):
            if not entry.obsolete:
                yield entry, [text for text in (entry.msgstr, *entry.msgstr_plural.values()) if text]


def sources():
    for name in ("django", "djangojs"):
        yield from polib.pofile(str(SOURCE / f"{name}.po"))


def found(pattern, text):
    return re.search(pattern, text, re.IGNORECASE) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glossary_names_the_register_the_buttons_and_every_key_term(language):
    rules = glossary(language)

    assert rules["style"]["address"].strip()
    assert rules["style"]["buttons"].strip()
    assert {term["english"] for term in rules["term"]} >= KEY_TERMS
    for pattern in [rule["pattern"] for rule in rules["forbidden"]] + [rules["buttons"]["forbidden"]]:
        re.compile(pattern)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_uses_a_variant_the_glossary_forbids(language):
    rules = glossary(language)["forbidden"]

    slips = [
        (rule["why"], text)
        for entry, texts in entries(language)
        for text in texts
        for rule in rules
        if found(rule["pattern"], text)
    ]

    assert slips == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_term_is_translated_as_the_glossary_says(language):
    terms = [term for term in glossary(language)["term"] if term.get("source")]

    misses = [
        (term["english"], entry.msgid, text)
        for entry, texts in entries(language)
        for term in terms
        if found(term["source"], entry.msgid)
        for text in texts
        if not found(term["required"], text)
    ]

    assert misses == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_buttons_follow_the_language_s_button_style(language):
    style = glossary(language)["buttons"]

    off_style = [
        (entry.msgid, text)
        for entry, texts in entries(language)
        if (entry.msgctxt or "").startswith("button")
        for text in texts
        if found(style["forbidden"], text) or not found(style.get("required", ""), text)
    ]

    assert off_style == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept_in_every_form(language):
    broken = [
        (entry.msgid, text)
        for entry, texts in entries(language)
        for text in texts
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        and sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(entry.msgid))
    ]

    assert broken == []


def test_every_single_word_has_a_context_for_translators():
    """Out of context "Open" is a verb or a group's status, "Left" a side or the day a member left."""
    bare = [
        entry.msgid
        for entry in sources()
        if len(WORD.findall(PLACEHOLDER.sub("", entry.msgid))) <= 1 and not entry.msgctxt
    ]

    assert bare == []


def test_every_button_of_the_templates_is_marked_as_one():
    """A translator writes a button in the language's button style only if they know it is one."""
    button = re.compile(r"<button\b[^>]*>\s*(?:<[^>]*>\s*)*\{% trans \"([^\"]*)\"( context \"([^\"]*)\")? %\}")
    unmarked = [
        (path.name, match.group(1))
        for path in TEMPLATES.rglob("*.html")
        for match in button.finditer(path.read_text())
        if not (match.group(3) or "").startswith("button")
    ]
    # A toggle says what is true when pressed ("I've worked through this unit"): not an order.
    assert unmarked == [("student.html", "I've worked through this unit")]


def test_scripts_give_their_buttons_a_button_context():
    unmarked = [
        (path.name, line.strip())
        for path in SCRIPTS.glob("*.js")
        for line in path.read_text().splitlines()
        if re.search(r"\bbutton\((n?gettext)\(", line)
    ]

    assert unmarked == []

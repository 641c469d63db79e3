"""Learners form, find, join and hand on a study group in real headless Chromium."""

import gettext
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from studygroup_xblock import api
from tests.browser.pages import COORDINATE, MEMBERS, START, open_section
from tests.conftest import make_actor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCHOOL = "Scuola Primaria Dante Alighieri"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
OPEN_GROUP = {"school_name": SCHOOL, "city": "Roma", "country": "IT", "language": "it", "is_open": True}


def block(page):
    return page.locator(".studygroup-block")


def start_group(page, school, city="Roma", country="Italy", language="Italian", code_only=False):
    open_section(page, START)
    form = page.locator('[data-role="create-form"]')
    form.get_by_label("School name").fill(school)
    form.get_by_label("City or town").fill(city)
    form.get_by_label("Country").select_option(label=country)
    form.get_by_label("Working language").select_option(label=language)
    form.get_by_label("About the group (optional)").fill("Year 4 and 5 teachers.\nWe meet on Mondays.")
    if code_only:
        form.get_by_label("Only colleagues who have the join code").check()
    else:
        form.get_by_label("Anyone in the course who finds the group").check()
    form.get_by_role("button", name="Start the group").click()


def members_of(page):
    return page.locator('[data-role="members"] .sg-member-name')


def test_create_find_join_by_code_hand_over_and_leave(open_as, check_accessibility, fits_a_phone):
    teacher_a = open_as("teacher_a")
    expect(block(teacher_a).get_by_text("You are not in a study group")).to_be_visible()
    expect(block(teacher_a).get_by_text(re.compile("^In a study group, colleagues from your school"))).to_be_visible()
    check_accessibility(teacher_a, "01-no-group")

    start_group(teacher_a, SCHOOL)
    expect(teacher_a.get_by_role("heading", name=SCHOOL)).to_be_visible()
    expect(teacher_a.locator('[data-role="status"]')).to_have_text(re.compile("Your group is ready"))
    expect(teacher_a.get_by_role("heading", name="Coordinate the group")).to_be_visible()
    open_section(teacher_a, MEMBERS)
    expect(teacher_a.locator('[data-role="group-description"]')).to_have_text(
        "Year 4 and 5 teachers.\nWe meet on Mondays."
    )
    code = teacher_a.locator('[data-role="join-code"]').inner_text()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    check_accessibility(teacher_a, "02-coordinator")

    teacher_b = open_as("teacher_b", width=360)
    teacher_b.get_by_label("School, city or country").fill("dante")
    teacher_b.get_by_role("button", name="Search", exact=True).click()
    result = teacher_b.locator(".sg-result").filter(has_text=SCHOOL)
    expect(result).to_contain_text("Roma, Italy")
    expect(result).to_contain_text("1 of 12 members")
    result.get_by_role("button", name=f"Join {SCHOOL}").click()
    expect(teacher_b.get_by_role("heading", name=SCHOOL)).to_be_visible()
    expect(members_of(teacher_b)).to_have_count(2)
    expect(teacher_b.get_by_role("heading", name="Coordinate the group")).to_be_hidden()
    check_accessibility(teacher_b, "03-member-phone")
    fits_a_phone(teacher_b)

    teacher_c = open_as("teacher_c", scenario="studygroup.1")
    teacher_c.get_by_label("Join code", exact=True).fill(code.lower())
    teacher_c.get_by_role("button", name="Join", exact=True).click()
    expect(teacher_c.get_by_role("heading", name=SCHOOL)).to_be_visible()
    expect(members_of(teacher_c)).to_have_count(3)

    teacher_a.reload()  # the section opened last is open again
    expect(members_of(teacher_a)).to_have_count(3)
    teacher_a.get_by_role("button", name="Hand over the coordinator role: Teacher B").click()
    expect(teacher_a.get_by_role("heading", name="Coordinate the group")).to_be_hidden()
    teacher_a.get_by_role("button", name="Leave the group").click()
    expect(block(teacher_a).get_by_text("You are not in a study group")).to_be_focused()
    expect(teacher_a.locator('[data-role="status"]')).to_have_text("You have left the group.")
    expect(teacher_a.locator(".sg-result").filter(has_text=SCHOOL)).to_contain_text("2 of 12 members")
    check_accessibility(teacher_a, "04-after-leaving")

    teacher_b.reload()
    expect(teacher_b.get_by_role("heading", name="Coordinate the group")).to_be_visible()
    expect(teacher_b.locator(".sg-member", has_text="Teacher B")).to_contain_text("Coordinator")
    check_accessibility(teacher_b, "05-new-coordinator-phone")
    fits_a_phone(teacher_b)


def test_a_duplicate_school_is_suggested_and_markup_stays_text(open_as, check_accessibility):
    hostile = '<img src=x onerror="window.pwned=1">Škola "Đuro"'
    teacher_a = open_as("teacher_a")
    start_group(teacher_a, hostile, city="Osijek", country="Croatia", language="Croatian")
    expect(teacher_a.locator('[data-role="group-name"]')).to_have_text(hostile)

    teacher_b = open_as("teacher_b", width=360)
    start_group(
        teacher_b, "img src x onerror window pwned 1 skola duro", city="OSIJEK", country="Croatia", language="Croatian"
    )
    suggestion = teacher_b.locator('[data-role="duplicate"]')
    expect(suggestion).to_contain_text(hostile)
    check_accessibility(teacher_b, "06-duplicate-suggestion")
    suggestion.get_by_role("button", name="Join that group").click()

    expect(teacher_b.locator('[data-role="group-name"]')).to_have_text(hostile)
    expect(members_of(teacher_b)).to_have_count(2)
    for page in (teacher_a, teacher_b):
        assert page.locator(".studygroup-block img").count() == 0
        assert page.evaluate("window.pwned") is None


def test_errors_are_shown_next_to_the_field_they_are_about(open_as, check_accessibility):
    teacher = open_as("teacher_a")
    code_field = teacher.get_by_label("Join code", exact=True)

    code_field.fill("WXYZ-2345")
    teacher.get_by_role("button", name="Join", exact=True).click()

    error = teacher.locator(".sg-field-error")
    expect(error).to_have_text(re.compile("No study group in this course has that join code"))
    expect(code_field).to_have_attribute("aria-invalid", "true")
    hint = code_field.get_attribute("aria-describedby").split()[1]
    expect(code_field).to_have_attribute("aria-describedby", f"{error.get_attribute('id')} {hint}")
    expect(teacher.locator(f"#{hint}")).to_contain_text("a colleague in the group can send it to you")
    expect(code_field).to_be_focused()
    check_accessibility(teacher, "10-field-error")

    code_field.fill("ABCD-EFGH")
    teacher.get_by_role("button", name="Join", exact=True).click()
    expect(error).to_have_count(1)
    expect(code_field).to_have_attribute("aria-describedby", f"{error.get_attribute('id')} {hint}")


def test_paging_through_results_keeps_the_keyboard_in_place(open_as, course_key, events):
    for n in range(12):
        api.create_group(
            course_key,
            make_actor(f"teacher_{n:02d}"),
            {**OPEN_GROUP, "school_name": f"School {n:02d}"},
            size_limit=12,
            publish=events,
        )
    teacher = open_as("newcomer")
    expect(teacher.locator(".sg-result")).to_have_count(10)

    teacher.get_by_role("button", name="Next page").click()

    expect(teacher.locator(".sg-result")).to_have_count(2)
    expect(teacher.locator('[data-role="search-results"] > p').first).to_be_focused()
    expect(teacher.locator('[data-role="search-results"]')).to_contain_text("Page 2 of 2")


def test_coordinator_edits_details_and_makes_a_new_code(open_as):
    teacher_a = open_as("teacher_a")
    start_group(teacher_a, SCHOOL)
    old_code = teacher_a.locator('[data-role="join-code"]').text_content()

    open_section(teacher_a, COORDINATE)
    teacher_a.get_by_text("Edit the group's details").click()
    edit = teacher_a.locator('[data-role="edit-form"]')
    expect(edit.get_by_label("School name")).to_have_value(SCHOOL)
    edit.get_by_label("School name").fill("Istituto Comprensivo Dante")
    edit.get_by_role("button", name="Save changes").click()
    expect(teacher_a.get_by_role("heading", name="Istituto Comprensivo Dante")).to_be_visible()

    teacher_a.get_by_role("button", name="Make a new join code").click()
    expect(teacher_a.locator('[data-role="join-code"]')).not_to_have_text(old_code)


def test_anonymous_and_staff_views(open_as, check_accessibility):
    anonymous = open_as("anonymous")
    expect(block(anonymous)).to_contain_text("Sign in and enrol in the course")
    expect(anonymous.locator('[data-role="search-form"]')).to_have_count(0)
    check_accessibility(anonymous, "07-anonymous")

    staff = open_as("staff")
    summary = staff.locator('[data-role="staff-summary"]')
    expect(summary).to_have_text("Course team view: 0 study groups in this course.")
    check_accessibility(staff, "08-staff")


@pytest.mark.parametrize("language", ["de", "es", "hr", "it", "mt", "nl", "pt", "ro"])
def test_the_page_and_its_script_speak_the_learners_language(open_as, check_accessibility, language):
    catalogues = {
        domain: gettext.translation(domain, TRANSLATIONS, languages=[language]) for domain in ("text", "djangojs")
    }
    heading = catalogues["text"].gettext("Find your school's group")
    no_match = catalogues["djangojs"].gettext("No group matches yet. If your school has none, start one below.")
    assert heading != "Find your school's group"

    teacher = open_as("teacher_a", locale=language)

    expect(block(teacher)).to_have_attribute("lang", language)
    expect(teacher.get_by_role("heading", name=heading)).to_be_visible()
    expect(teacher.locator('[data-role="search-results"]')).to_contain_text(no_match)
    check_accessibility(teacher, f"09-no-group-{language}")

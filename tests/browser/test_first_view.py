"""What a teacher short of time sees first: a summary, then sections opened by keyboard, remembered
across the course's units; and the demo course, as the README shows it, within its heights."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from studygroup_xblock import api
from tests.browser.pages import ADAPTATIONS, COORDINATE, MEETINGS, MEMBERS, PROGRESS
from tests.conftest import make_actor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCHOOL = {"school_name": "OŠ Augusta Šenoe", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}
# The budget for a member's or coordinator's first view of the component.
FIRST_VIEW_HEIGHT = {1280: 1000, 360: 2000}
# `make screenshots` writes the README's pictures; otherwise they go with the test artifacts.
SCREENSHOTS = os.environ.get("STUDYGROUP_SCREENSHOTS")


@pytest.fixture
def group(course_key, events):
    group_id = api.create_group(course_key, make_actor("ana", "Ana Kovač"), SCHOOL, size_limit=12, publish=events)
    api.join_group(course_key, make_actor("ivan", "Ivan Horvat"), group_id, publish=events)


def toggle(page, name):
    return page.get_by_role("button", name=name, exact=True)


def tab_to(page, target, presses=80):
    """Press Tab until ``target`` has focus, as a keyboard user reaches it."""
    page.locator("body").focus()
    for _ in range(presses):
        page.keyboard.press("Tab")
        if target.evaluate("node => node === document.activeElement"):
            return
    pytest.fail(f"{target} cannot be reached with Tab")


def open_sections(page):
    return page.locator('.sg-toggle[aria-expanded="true"]')


@pytest.mark.parametrize("key", ["Enter", " "])
def test_each_section_opens_by_keyboard_one_at_a_time(group, open_as, check_accessibility, key):
    ana = open_as("ana")
    expect(open_sections(ana)).to_have_count(0)
    for name in (MEMBERS, MEETINGS, PROGRESS, COORDINATE, ADAPTATIONS):
        button = toggle(ana, name)
        tab_to(ana, button)
        ana.keyboard.press(key)
        expect(button).to_have_attribute("aria-expanded", "true")
        expect(ana.locator("#" + button.get_attribute("aria-controls"))).to_be_visible()
        expect(button).to_be_focused()
        expect(open_sections(ana)).to_have_count(1)
    check_accessibility(ana, f"25-section-open-{'enter' if key == 'Enter' else 'space'}")

    ana.keyboard.press(key)
    expect(toggle(ana, ADAPTATIONS)).to_have_attribute("aria-expanded", "false")
    expect(ana.locator('[data-role="gallery-form"]')).to_be_hidden()


def test_a_member_sees_no_coordination_section(group, open_as):
    ivan = open_as("ivan", width=360)
    expect(toggle(ivan, MEMBERS)).to_be_visible()
    expect(toggle(ivan, COORDINATE)).to_be_hidden()


def test_the_open_section_is_remembered_across_units_for_that_learner(group, open_as, workbench):
    ana = open_as("ana")
    tab_to(ana, toggle(ana, PROGRESS))
    ana.keyboard.press("Enter")

    ana.goto(workbench.page_url("ana", "studygroup.1"))
    expect(toggle(ana, PROGRESS)).to_have_attribute("aria-expanded", "true")
    expect(ana.locator('[data-role="progress-board"] table')).to_be_visible()
    expect(open_sections(ana)).to_have_count(1)

    ana.goto(workbench.page_url("ivan", "studygroup.1"))  # another teacher on the same laptop
    expect(toggle(ana, MEMBERS)).to_be_visible()
    expect(open_sections(ana)).to_have_count(0)

    ana.goto(workbench.page_url("ana", "studygroup.1"))
    toggle(ana, PROGRESS).click()  # closed again: the next unit opens with every section closed
    ana.goto(workbench.page_url("ana", "studygroup.0"))
    expect(toggle(ana, MEMBERS)).to_be_visible()
    expect(open_sections(ana)).to_have_count(0)


def test_a_control_in_the_summary_opens_the_section_it_leads_to(group, open_as):
    ivan = open_as("ivan", width=360)
    ivan.locator('[data-role="next-meeting"]').get_by_role("button", name="Plan a meeting").click()

    expect(toggle(ivan, MEETINGS)).to_have_attribute("aria-expanded", "true")
    expect(ivan.locator('[data-role="plan-form"]').get_by_label("Date")).to_be_focused()


def shoot(page, name, context=".studygroup-block"):
    folder = Path(SCREENSHOTS) if SCREENSHOTS else Path(__file__).resolve().parents[2] / "test-artifacts"
    folder.mkdir(parents=True, exist_ok=True)
    page.add_style_tag(content="header.banner { display: none !important; }")  # the workbench's, not ours
    page.locator(context).screenshot(path=folder / f"{name}.png")


def height(page):
    return page.locator(".studygroup-block").bounding_box()["height"]


@pytest.mark.parametrize("width", [1280, 360])
def test_the_demo_course_first_view_fits_its_budget(
    demo_course, open_as, workbench, check_accessibility, fits_a_phone, width
):
    for person, role in (("ivan", "member"), ("ana", "coordinator")):
        page = open_as(person, width=width, timezone="Europe/Zagreb")
        expect(page.locator('[data-role="next-meeting"] .sg-next-when')).to_be_visible()
        assert height(page) <= FIRST_VIEW_HEIGHT[width], f"{role} at {width} px: {height(page)} px"
        check_accessibility(page, f"26-demo-{role}-{width}")
        shoot(page, f"{role}-{width}")
    expect(page.get_by_role("button", name=COORDINATE)).to_be_visible()

    newcomer = open_as("maria", width=width)
    expect(newcomer.locator(".sg-result").first).to_be_visible()
    check_accessibility(newcomer, f"26-demo-new-learner-{width}")
    shoot(newcomer, f"new-learner-{width}")

    staff = open_as("staff", width=width)
    expect(staff.locator('[data-role="staff-summary"]')).to_have_text(re.compile(r"\d+ study groups"))
    shoot(staff, f"staff-{width}")
    staff.goto(workbench.handler_url("staff", "staff_dashboard"))
    shoot(staff, f"dashboard-{width}", context="main")

    record = page.get_by_role("link", name="My participation record").evaluate("link => link.href")
    page.goto(page.locator('[data-role="evidence-link"]').evaluate("link => link.href"))
    expect(page.get_by_role("heading", name=re.compile("Evidence report"))).to_be_visible()
    check_accessibility(page, f"26-demo-evidence-report-{width}", context="main")
    fits_a_phone(page)
    shoot(page, f"evidence-report-{width}", context="main")
    page.goto(record)
    expect(page.get_by_role("heading", name=re.compile("Participation record"))).to_be_visible()
    check_accessibility(page, f"26-demo-participation-record-{width}", context="main")
    fits_a_phone(page)


def test_a_new_coordinators_first_steps_lead_where_they_are_done(group, open_as, check_accessibility):
    ana = open_as("ana", width=360)
    guide = ana.locator('[data-role="getting-started"]')
    expect(guide).to_contain_text("0 of 6 first steps done.")  # Ivan alone is not yet two colleagues
    check_accessibility(ana, "27-first-steps-phone")

    guide.get_by_role("button", name="Plan the first meeting").click()
    expect(toggle(ana, MEETINGS)).to_have_attribute("aria-expanded", "true")
    expect(ana.locator('[data-role="plan-form"]').get_by_label("Date")).to_be_focused()

    guide.get_by_role("button", name="Hide these steps").click()
    expect(guide).to_be_hidden()
    ana.reload()
    expect(ana.locator('[data-role="getting-started"]')).to_be_hidden()

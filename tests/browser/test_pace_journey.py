"""A group keeps a pace through the course, in real headless Chromium: the coordinator sets a rhythm,
the summary and the progress board say who is behind, and staff filter the dashboard to those groups."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from studygroup_xblock import api
from studygroup_xblock.models import Unit
from tests.browser.pages import MEETINGS, PROGRESS, open_section
from tests.conftest import make_actor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def long_day(day: date):
    """How the page writes a calendar day in English, day or month first: "Friday, January 22, 2027"."""
    return rf"{day:%A},? (?:{day.day} {day:%B}|{day:%B} {day.day}),? {day.year}"


def short_day(day: date):
    """A day as the board's headings write it: "Jan 22, 2027"."""
    return rf"(?:{day.day} {day:%b}|{day:%b} {day.day}),? {day.year}"


@pytest.fixture
def units(zagreb_group, course_key, events, open_as):
    """The scenario's unit, recorded as Ana first opens it, then Units 2 to 4 (the workbench has no outline:
    units fall in the order they were first seen).
    Ivan has worked through the first two, Marko through the second only."""
    open_as("ana")
    first = Unit.objects.get().pk
    later = [api.register_unit(course_key, make_actor("ana"), f"unit-{n}", f"Unit {n}") for n in (2, 3, 4)]
    for *who, done in (("ivan", "Ivan Horvat", (first, later[0])), ("marko", "Marko Babić", (later[0],))):
        for unit in done:
            api.check_in(course_key, make_actor(*who), unit, True, publish=events)
    return [first, *later]


def test_a_coordinator_sets_a_rhythm_and_everyone_sees_who_is_behind(units, open_as, check_accessibility, fits_a_phone):
    today = timezone.localdate()
    start = today - timedelta(days=14)
    due = [start + timedelta(days=7 * (place + 1) - 3) for place in range(4)]  # the Friday of each week's stretch
    moved = today + timedelta(days=12)

    # Ana, the coordinator, sets one unit a week from a fortnight ago, and gives the last unit a day more.
    ana = open_as("ana")
    open_section(ana, PROGRESS)
    ana.get_by_text("Set the group's pace").click()
    form = ana.locator('[data-role="pace-form"]')
    form.get_by_label("Start day").fill(f"{start:%Y-%m-%d}")
    form.get_by_label("Rhythm").select_option(label="One unit every week")
    expect(form.get_by_label("Unit 3")).to_have_value(f"{due[2]:%Y-%m-%d}")
    form.get_by_label("Unit 4").fill(f"{moved:%Y-%m-%d}")
    check_accessibility(ana, "44-set-pace")
    form.get_by_role("button", name="Save the pace").click()
    expect(ana.locator('[data-role="status"]')).to_have_text("The group's pace is saved.")

    # The summary says where the group should be, and where Ana stands: two units due, none done.
    now = ana.locator('[data-role="pace-now"]')
    expect(now).to_be_focused()
    expect(now).to_contain_text(re.compile(f"This week: Unit 3, by {long_day(due[2])}"))
    expect(now).to_contain_text("You are 2 units behind the group's pace.")
    expect(now).to_contain_text("1 colleague is behind: the progress board shows who.")
    board = ana.locator('[data-role="progress-board"]')
    expect(board.locator("tr", has_text="Ivan Horvat")).to_contain_text("On track")
    expect(board.locator("tr", has_text="Marko Babić")).to_contain_text("1 unit behind")
    expect(board.locator("tr", has_text="Ana Kovač")).to_contain_text("2 units behind")
    expect(board.get_by_role("columnheader", name=re.compile("^Unit 4"))).to_contain_text(
        re.compile(f"by {short_day(moved)}")
    )
    expect(ana.locator('[data-role="pace-plan"]')).to_contain_text(
        re.compile(f"One unit every week, from {long_day(start)}")
    )

    # Planning the next meeting starts from the units due since the group last met.
    open_section(ana, MEETINGS)
    ana.locator('[data-role="plan-summary"]').click()
    agenda = ana.locator('[data-role="plan-form"]').get_by_label("Agenda")
    expect(agenda).to_have_value(re.compile(r"Units due since the last meeting:\n.*\n- Unit 2 .*\n- Unit 3 \(by "))

    # Marko, on a phone, is one behind; he works through this unit and is on track.
    marko = open_as("marko", width=360)
    mine = marko.locator('[data-role="pace-now"]')
    expect(mine).to_contain_text("You are 1 unit behind the group's pace.")
    fits_a_phone(marko)
    marko.get_by_role("button", name="I've worked through this unit").click()
    expect(mine).to_contain_text("You are on track with the group's pace.")
    expect(marko.get_by_text("Set the group's pace")).to_be_hidden()
    check_accessibility(marko, "45-pace-phone")
    assert ana.errors == marko.errors == []


def test_staff_filter_the_dashboard_to_groups_off_pace(units, course_key, events, open_as, workbench):
    api.set_pace(
        course_key,
        make_actor("ana"),
        {"start": f"{date.today() - timedelta(days=14):%Y-%m-%d}", "weeks_per_unit": 1},
        publish=events,
    )
    for n in range(3):
        school = {
            "school_name": f"Split school {n}",
            "city": "Split",
            "country": "HR",
            "language": "hr",
            "is_open": True,
        }
        api.create_group(course_key, make_actor(f"lead_{n}"), school, size_limit=12, publish=events)

    staff = open_as("staff")
    staff.goto(workbench.handler_url("staff", "staff_dashboard"))
    zagreb = staff.get_by_role("row", name=re.compile("OŠ"))
    expect(zagreb).to_contain_text("1 of 3 on track")
    staff.get_by_label("Pace").select_option(label="Someone is behind the group's pace")
    staff.get_by_role("button", name="Show").click()
    expect(staff.locator("table.sg-groups tbody tr")).to_have_count(1)
    expect(staff.get_by_text("1 group", exact=True)).to_be_visible()
    staff.get_by_label("Pace").select_option(label="No pace set")
    staff.get_by_role("button", name="Show").click()
    expect(staff.locator("table.sg-groups tbody tr")).to_have_count(3)
    expect(staff.locator("table.sg-groups")).to_contain_text("No pace set")

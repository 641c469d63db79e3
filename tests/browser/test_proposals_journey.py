"""A group finds a meeting time together in real headless Chromium: three times proposed, answered
from two time zones, the best one picked and planned, the invitations sent."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from studygroup_xblock import api
from studygroup_xblock.models import Meeting, ProposedTime
from tests.browser.pages import MEETINGS, open_section
from tests.conftest import make_actor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ZAGREB, LISBON = "Europe/Zagreb", "Europe/Lisbon"  # Marko teaches online from Lisbon this term


def proposal_of(page):
    return page.locator('[data-role="proposal"]')


def time_card(page, number):
    return proposal_of(page).locator(".sg-proposed-time").nth(number)


def test_propose_answer_from_two_zones_and_plan_the_best_time(
    zagreb_group, open_as, check_accessibility, fits_a_phone, mailoutbox
):
    days = [(datetime.now(UTC) + timedelta(days=day)).astimezone(ZoneInfo(ZAGREB)) for day in (8, 9, 10)]

    # Ivan proposes three times, at 16:00 in Zagreb: two to start with, a third added.
    ivan = open_as("ivan", timezone=ZAGREB)
    open_section(ivan, MEETINGS)
    ivan.get_by_text("Find a time together").click()
    form = ivan.locator('[data-role="propose-form"]')
    expect(form.get_by_role("button", name=re.compile("^Remove this time"))).to_have_count(0)
    form.get_by_role("button", name="Add a time").click()
    rows = form.locator(".sg-proposed-time-row")
    expect(rows).to_have_count(3)
    expect(rows.nth(2).get_by_label("Date")).to_be_focused()
    for row, day in zip(rows.all(), days, strict=True):
        row.get_by_label("Date").fill(f"{day:%Y-%m-%d}")
        row.get_by_label("Start time").fill("16:00")
    form.get_by_label("Place (optional)").fill("School library")
    check_accessibility(ivan, "41-propose-times")
    form.get_by_role("button", name="Propose these times").click()
    expect(ivan.locator('[data-role="status"]')).to_have_text("The times are proposed: your colleagues can answer now.")
    expect(proposal_of(ivan).locator(".sg-proposed-time")).to_have_count(3)
    expect(proposal_of(ivan)).to_contain_text("Not answered yet: Ana Kovač, you, Marko Babić")

    # Ana answers in Zagreb: the second time suits her, the first if need be.
    ana = open_as("ana", timezone=ZAGREB)
    open_section(ana, MEETINGS)
    expect(time_card(ana, 0).locator("legend")).to_contain_text(re.compile(r"\b0?4:00\sPM GMT\+1"))
    time_card(ana, 0).get_by_role("radio", name="If need be").check()
    time_card(ana, 1).get_by_role("radio", name="Yes").check()
    time_card(ana, 2).get_by_role("radio", name="No").check()
    proposal_of(ana).get_by_role("button", name="Save my answers").click()
    expect(ana.locator('[data-role="status"]')).to_have_text("Your answers are saved.")

    # Marko, in Lisbon, sees the same times an hour earlier, answers by keyboard, on a phone.
    marko = open_as("marko", timezone=LISBON, width=360)
    summary = marko.locator('[data-role="next-meeting"]')
    expect(summary).to_contain_text("Times are proposed for the next meeting.")
    summary.get_by_role("button", name="Choose the times that suit you").click()
    expect(proposal_of(marko)).to_be_focused()
    expect(time_card(marko, 1).locator("legend")).to_contain_text(re.compile(r"\b0?3:00\sPM GMT\b"))
    expect(time_card(marko, 1)).to_contain_text("Suits the most colleagues so far")
    expect(time_card(marko, 1)).to_contain_text("Yes: Ana Kovač")
    time_card(marko, 1).get_by_role("radio", name="Yes").focus()
    marko.keyboard.press("Space")
    time_card(marko, 0).get_by_role("radio", name="No").check()
    check_accessibility(marko, "42-answer-times-phone")
    fits_a_phone(marko)
    proposal_of(marko).get_by_role("button", name="Save my answers").click()
    expect(time_card(marko, 1)).to_contain_text("Yes: 2 · If need be: 0 · No: 0")
    expect(summary).not_to_contain_text("Times are proposed")
    expect(proposal_of(marko)).to_contain_text("Not answered yet: Ivan Horvat")
    expect(time_card(marko, 1).get_by_role("button", name=re.compile("^Plan the meeting"))).to_have_count(0)

    # Ana, the coordinator, plans the meeting at the best time: it is the group's next meeting.
    ana.reload()
    open_section(ana, MEETINGS)
    mailoutbox.clear()
    time_card(ana, 1).get_by_role("button", name=re.compile("^Plan the meeting at this time")).click()
    expect(ana.locator('[data-role="status"]')).to_have_text("The meeting is planned at the time you chose.")
    expect(proposal_of(ana)).to_be_hidden()
    chosen = ProposedTime.objects.order_by("start")[1]
    meeting = Meeting.objects.get()
    assert (meeting.start, meeting.location, meeting.status) == (chosen.start, "School library", "planned")
    expect(ana.locator('[data-role="next-meeting"]')).to_contain_text("School library")
    assert sorted(message.to[0] for message in mailoutbox) == [
        "ana@school.example",
        "ivan@school.example",
        "marko@school.example",
    ]
    lisbon = next(message for message in mailoutbox if message.to[0].startswith("marko"))
    assert re.search(r"\b3:00\sPM|15:00", lisbon.body)
    check_accessibility(ana, "43-time-picked")
    assert ivan.errors == ana.errors == marko.errors == []


def test_the_day_to_answer_by_is_the_same_day_west_of_greenwich(zagreb_group, course_key, events, open_as):
    """A day is kept as a day: a teacher in Chicago reads the same date as one in Zagreb."""
    answer_by = (datetime.now(UTC) + timedelta(days=5)).astimezone(ZoneInfo(ZAGREB)).date()
    times = [
        {
            "date": f"{answer_by + timedelta(days=day):%Y-%m-%d}",
            "time": "16:00",
            "duration_minutes": 60,
            "mode": "online",
        }
        for day in (2, 3)
    ]
    fields = {"times": times, "time_zone": ZAGREB, "answer_by": f"{answer_by:%Y-%m-%d}"}
    api.propose_times(course_key, make_actor("ivan", "Ivan Horvat"), fields, publish=events)

    marko = open_as("marko", timezone="America/Chicago")
    open_section(marko, MEETINGS)

    said = proposal_of(marko).get_by_text(re.compile("^Proposed by Ivan Horvat"))
    expect(said).to_contain_text(f"{answer_by:%A}")
    expect(said).to_contain_text(re.compile(rf"\b{answer_by.day}\b"))
    expect(said).to_contain_text(f"{answer_by:%B}")

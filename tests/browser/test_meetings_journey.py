"""A group plans, logs, confirms and corrects a school meeting in real headless Chromium."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from playwright.sync_api import expect

from studygroup_xblock import api
from tests.browser.pages import MEETINGS, open_section
from tests.conftest import make_actor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ZONE = "Europe/Zagreb"


def local(moment):
    return moment.astimezone(ZoneInfo(ZONE))


def next_meeting_of(page):
    return page.locator('[data-role="next-meeting"]')


def test_plan_download_log_confirm_and_correct_a_meeting(
    zagreb_group, open_as, check_accessibility, fits_a_phone, tmp_path
):
    ivan = open_as("ivan", timezone=ZONE)
    expect(next_meeting_of(ivan)).to_contain_text("No meeting is planned yet")

    # Ivan plans a meeting that began half an hour ago (the group meets right after class).
    start = local(datetime.now(UTC) - timedelta(minutes=30)).replace(second=0, microsecond=0)
    next_meeting_of(ivan).get_by_role("button", name="Plan a meeting").click()
    plan = ivan.locator('[data-role="plan-form"]')
    expect(plan.get_by_label("Date")).to_be_focused()
    plan.get_by_label("Date").fill(f"{start:%Y-%m-%d}")
    plan.get_by_label("Start time").fill(f"{start:%H:%M}")
    plan.get_by_label("Duration in minutes").fill("45")
    plan.get_by_label("Place (optional)").fill("Library, room 2")
    plan.get_by_label("Agenda").fill("1. Exit tickets\n2. Unit 3")
    check_accessibility(ivan, "11-plan-form")
    plan.get_by_role("button", name="Save the plan").click()
    next_meeting = next_meeting_of(ivan)
    expect(next_meeting).to_contain_text("Library, room 2")
    expect(ivan.locator('[data-role="time-zone-note"]')).to_contain_text(ZONE)

    with ivan.expect_download() as download:
        next_meeting.get_by_role("link", name="Add to my calendar (.ics)").click()
    (event,) = icalendar.Calendar.from_ical(download.value.path().read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART") == start.astimezone(UTC)
    assert event.decoded("DTEND") == start.astimezone(UTC) + timedelta(minutes=45)
    assert str(event["LOCATION"]) == "Library, room 2"

    # Ivan logs it: Ana and he were there, Marko was not; Ana takes an action item.
    next_meeting.get_by_role("button", name="Log this meeting").click()
    log = ivan.locator('[data-role="log-form"]')
    expect(log.get_by_label("Date")).to_have_value(f"{start:%Y-%m-%d}")
    expect(log.get_by_role("checkbox", name="Ivan Horvat")).to_be_checked()
    log.get_by_role("checkbox", name="Ana Kovač").check()
    expect(log.get_by_role("checkbox", name="Marko Babić")).not_to_be_checked()
    log.get_by_label("Outcomes: what you decided or will try in class").fill("Everyone tries exit tickets.")
    log.get_by_role("button", name="Add a task").click()
    log.get_by_label("Task", exact=True).fill("Share the exit-ticket template")
    log.get_by_label("Who does it").select_option(label="Ana Kovač")
    check_accessibility(ivan, "12-log-form")
    log.get_by_role("button", name="Save the minutes").click()
    expect(ivan.locator('[data-role="status"]')).to_have_text("The meeting is logged.")
    record = ivan.locator(".sg-meeting").first
    expect(record).to_contain_text("Meeting held on")
    expect(record).to_contain_text("Ivan Horvat ✓ confirmed")
    expect(record).to_contain_text("Share the exit-ticket template (Ana Kovač)")
    expect(next_meeting).to_contain_text("No meeting is planned yet")

    # Ana, the second attendee, confirms she was there and ticks off her action item.
    ana = open_as("ana", timezone=ZONE, width=360)
    expect(ana.locator('[data-role="my-action-items"]')).to_contain_text("Share the exit-ticket template")
    open_section(ana, MEETINGS)
    record = ana.locator(".sg-meeting").first
    record.get_by_role("button", name="Confirm I was there").click()
    expect(record).to_contain_text("Ana Kovač ✓ confirmed")
    expect(record.get_by_role("button", name="Confirm I was there")).to_have_count(0)
    record.get_by_role("checkbox", name=re.compile("Share the exit-ticket template")).check()
    expect(ana.locator('[data-role="status"]')).to_have_text("Ticked off.")
    expect(ana.locator('[data-role="my-action-items"]')).to_be_hidden()
    check_accessibility(ana, "13-history-phone")
    fits_a_phone(ana)

    # Ana, the coordinator, corrects the record; who edited it and when is shown.
    record.get_by_role("button", name=re.compile("^Edit the meeting of")).click()
    log = ana.locator('[data-role="log-form"]')
    expect(log.get_by_label("Outcomes: what you decided or will try in class")).to_have_value(
        "Everyone tries exit tickets."
    )
    log.get_by_label("Outcomes: what you decided or will try in class").fill("Everyone tries exit tickets in May.")
    log.get_by_role("button", name="Save the minutes").click()
    record = ana.locator(".sg-meeting").first
    expect(record).to_contain_text("Everyone tries exit tickets in May.")
    expect(record).to_contain_text("Last edited by Ana Kovač")
    expect(record).to_contain_text("Ana Kovač ✓ confirmed")

    # Marko, who was not there, cannot confirm; the record reads the same to him.
    marko = open_as("marko", timezone=ZONE)
    expect(marko.locator(".sg-meeting").first).to_contain_text("Everyone tries exit tickets in May.")
    expect(marko.get_by_role("button", name="Confirm I was there")).to_have_count(0)
    check_accessibility(marko, "14-member-history")


def test_a_held_meeting_cannot_be_logged_in_the_future(zagreb_group, open_as):
    ivan = open_as("ivan", timezone=ZONE)
    tomorrow = local(datetime.now(UTC) + timedelta(days=1))

    open_section(ivan, MEETINGS)
    ivan.get_by_text("Log a meeting held at school").click()
    log = ivan.locator('[data-role="log-form"]')
    log.get_by_label("Date").fill(f"{tomorrow:%Y-%m-%d}")
    log.get_by_role("button", name="Save the minutes").click()

    expect(log.locator(".sg-field-error")).to_have_text(
        re.compile("^A held meeting cannot be in the future: check the date")
    )
    expect(log.get_by_label("Date")).to_be_focused()


def test_closing_an_edit_without_saving_leaves_edit_mode(zagreb_group, open_as, course_key, events):
    ids = {m.username: m.learner_id for m in api.get_learner_state(course_key, make_actor("ana")).group.members}
    yesterday = local(datetime.now(UTC) - timedelta(days=1))
    fields = {
        "date": f"{yesterday:%Y-%m-%d}",
        "time": "16:00",
        "time_zone": ZONE,
        "duration_minutes": 60,
        "mode": "in_person",
        "attendees": [ids["ana"]],
        "outcomes": "Old outcomes",
    }
    api.log_meeting(course_key, make_actor("ana"), fields, publish=events)
    ana = open_as("ana", timezone=ZONE)

    open_section(ana, MEETINGS)
    ana.locator(".sg-meeting").first.get_by_role("button", name=re.compile("^Edit the meeting of")).click()
    expect(ana.get_by_label("Outcomes: what you decided or will try in class")).to_have_value("Old outcomes")
    ana.locator('[data-role="log-summary"]').click()  # close without saving
    ana.get_by_text("Log a meeting held at school").click()

    expect(ana.get_by_label("Outcomes: what you decided or will try in class")).to_have_value("")
    expect(ana.locator('[data-role="log-form"]')).not_to_have_attribute("data-mode", "edit")


def test_a_member_switches_meeting_e_mails_off_and_on(zagreb_group, open_as, course_key, events, mailoutbox):
    ivan = open_as("ivan", timezone=ZONE)
    open_section(ivan, MEETINGS)
    choice = ivan.get_by_label(re.compile("E-mail me the group's meetings"))
    expect(choice).to_be_checked()

    choice.focus()
    ivan.keyboard.press("Space")
    expect(ivan.get_by_text("You will get no more meeting e-mails from this course.")).to_be_visible()
    ivan.reload()
    open_section(ivan, MEETINGS)
    expect(choice).not_to_be_checked()
    soon = datetime.now(UTC) + timedelta(days=2)
    fields = {"date": f"{soon:%Y-%m-%d}", "time": "15:00", "time_zone": "UTC", "duration_minutes": 45}
    api.plan_meeting(course_key, make_actor("ana"), {**fields, "mode": "in_person"}, publish=events)
    assert sorted(message.to[0] for message in mailoutbox) == ["ana@school.example", "marko@school.example"]

    choice.check()
    expect(ivan.get_by_text("You will get the group's meeting e-mails.")).to_be_visible()
    expect(choice).to_be_checked()

"""Course staff find quiet groups, drill into one and print its evidence, in headless Chromium."""

import csv
import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from studygroup_xblock import api
from studygroup_xblock.api import reports
from studygroup_xblock.models import Membership, StudyGroup
from tests.browser.pages import COORDINATE, open_section
from tests.conftest import make_actor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# An A4 page less report.css's 15 mm margins, at CSS's 96 px to the inch: 180 mm.
A4_PRINTABLE_PX = round(180 / 25.4 * 96)


@pytest.fixture
def course(course_key, events):
    """27 groups (two pages), Zagreb with a meeting last week; the rest quiet since two months."""
    for n in range(27):
        city, country = ("Zagreb", "HR") if n == 0 else (f"Town {n:02d}", "IT" if n % 2 else "PT")
        fields = {"school_name": f"School {n:02d}", "city": city, "country": country, "language": "en", "is_open": True}
        api.create_group(
            course_key, make_actor(f"lead_{n:02d}", f"Lead {n:02d}"), fields, size_limit=12, publish=events
        )
    StudyGroup.objects.update(created=timezone.now() - timedelta(days=60))
    Membership.objects.update(joined=timezone.now() - timedelta(days=60))
    lead = api.get_learner_state(course_key, make_actor("lead_00")).group.members[0]
    moment = timezone.now() - timedelta(days=6)
    record = {
        "date": f"{moment:%Y-%m-%d}",
        "time": "15:00",
        "time_zone": "UTC",
        "duration_minutes": 90,
        "mode": "hybrid",
        "attendees": [lead.learner_id],
        "outcomes": "Agreed on peer observation.",
    }
    api.log_meeting(course_key, make_actor("lead_00"), record, publish=events)


def test_dashboard_drill_down_and_evidence_report(course, open_as, workbench, check_accessibility):
    staff = open_as("staff")
    with staff.expect_popup() as popup:
        staff.get_by_role("link", name="Open the course dashboard").click()
    dashboard = popup.value
    dashboard.wait_for_load_state()
    expect(dashboard.get_by_role("heading", name="Study groups in this course")).to_be_visible()
    expect(dashboard.locator(".sg-totals")).to_contain_text("27")
    expect(dashboard.locator("svg[role=img] > title").first).to_have_text("Meetings held per week in the course")
    expect(dashboard.locator("table.sg-offscreen caption")).to_have_text("Meetings held per week in the course")
    expect(dashboard.get_by_text("Page 1 of 2")).to_be_visible()
    dashboard.errors = []
    check_accessibility(dashboard, "19-dashboard", context="main")

    dashboard.get_by_label("Status").select_option(label="Active")
    dashboard.get_by_role("button", name="Show").click()
    expect(dashboard.locator("table.sg-groups tbody tr")).to_have_count(1)
    dashboard.get_by_label("Status").select_option(label="No meeting for 30 days or more")
    dashboard.get_by_label("Country").select_option(label="Italy")
    dashboard.get_by_role("button", name="Show").click()
    expect(dashboard.locator("table.sg-groups tbody tr")).to_have_count(13)
    dashboard.get_by_role("link", name="Meetings: total (last 30 days)").click()
    expect(dashboard.locator("th[aria-sort]")).to_have_attribute("aria-sort", "ascending")

    dashboard.goto(workbench.handler_url("staff", "staff_dashboard") + "&q=School+00")
    dashboard.get_by_role("link", name="School 00").click()
    dashboard.wait_for_load_state()
    expect(dashboard.get_by_role("heading", name="Evidence report: School 00")).to_be_visible()
    expect(dashboard.locator(".sg-meetings-table")).to_contain_text("Agreed on peer observation.")
    expect(dashboard.locator("svg[role=img] > title")).to_have_text("Meetings held per week by this group")
    dashboard.errors = []
    check_accessibility(dashboard, "20-group-record", context="main")

    dashboard.emulate_media(media="print")
    expect(dashboard.get_by_role("button", name="Print")).to_be_hidden()
    dashboard.set_viewport_size({"width": A4_PRINTABLE_PX, "height": 1123})
    assert dashboard.evaluate("document.documentElement.scrollWidth") <= A4_PRINTABLE_PX  # fits A4 across
    dashboard.screenshot(path=str(check_accessibility.artifacts / "21-evidence-report-print.png"), full_page=True)


def test_coordinators_open_their_evidence_report_from_the_block(course, open_as, check_accessibility):
    lead = open_as("lead_00")
    open_section(lead, COORDINATE)
    with lead.expect_popup() as popup:
        lead.get_by_role("link", name="Print the group's evidence report").click()
    report = popup.value
    report.wait_for_load_state()

    expect(report.get_by_role("heading", name="Evidence report: School 00")).to_be_visible()
    expect(report.locator(".sg-totals")).to_contain_text("1.5")
    expect(report.locator("svg")).to_have_count(0)
    report.errors = []
    check_accessibility(report, "22-evidence-report-coordinator", context="main")

    with lead.expect_popup() as popup:
        lead.get_by_role("link", name="My participation record").click()
    record = popup.value
    record.wait_for_load_state()
    expect(record.get_by_role("heading", name=re.compile("Participation record: Lead 00"))).to_be_visible()
    expect(record.locator("table")).to_contain_text("School 00")


def test_a_large_export_is_prepared_then_downloaded(course, open_as, workbench, check_accessibility, monkeypatch):
    monkeypatch.setattr(reports, "LARGE_EXPORT", 20)  # 27 groups: large; one meeting: small
    dashboard = open_as("staff")
    dashboard.goto(workbench.handler_url("staff", "staff_dashboard"))

    with dashboard.expect_download() as small:
        dashboard.get_by_role("link", name="Meetings", exact=True).click()
    assert len(csv_rows(small.value)) == 1

    dashboard.get_by_role("link", name="Groups", exact=True).click()
    expect(dashboard.get_by_role("heading", name="Preparing your export")).to_be_visible()
    dashboard.errors = []
    check_accessibility(dashboard, "24-export-prepared", context="main")
    with dashboard.expect_download() as large:
        dashboard.get_by_role("link", name="Download Groups (27 rows)").click()
    assert len(csv_rows(large.value)) == 27

    dashboard.get_by_role("link", name="Back to the course dashboard").click()
    prepared = dashboard.get_by_role("region", name="Prepared exports")
    expect(prepared.get_by_role("row")).to_have_count(2)
    expect(prepared).to_contain_text("Staff")


def csv_rows(download):
    return list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))


@pytest.mark.parametrize("width", [1280, 360])
def test_the_dashboard_reads_at_a_glance(course, open_as, workbench, split_words, width):
    dashboard = open_as("staff", width=width)
    dashboard.goto(workbench.handler_url("staff", "staff_dashboard"))

    assert split_words(dashboard, "table.sg-groups th, .sg-totals dt") == []
    if width == 1280:
        assert dashboard.locator("table.sg-groups").bounding_box()["width"] > 1100  # the window's width, not 960 px
    expect(dashboard.locator("tr.sg-status-quiet td.sg-status").first).to_have_css(
        "background-color", "rgb(255, 244, 224)"
    )
    expect(dashboard.locator("tr.sg-status-active td.sg-status")).to_have_css("background-color", "rgba(0, 0, 0, 0)")
    axis = dashboard.locator("svg .sg-chart-label[aria-hidden=true]")
    expect(axis).to_have_count(7)
    expect(axis.first).to_have_text(re.compile(r"^\d{1,2} [A-Z][a-z]{2}$"))
    assert axis.first.bounding_box()["height"] >= 9  # dates a person can read, at 360 px too
    box, chart = (dashboard.locator(selector).bounding_box() for selector in (".sg-chart-scroll", ".sg-chart svg"))
    assert chart["x"] + chart["width"] <= box["x"] + box["width"] + 1  # it opens on this week's end


def test_staff_nudge_the_coordinators_of_quiet_groups(course, open_as, workbench, mailoutbox):
    staff = open_as("staff")
    staff.goto(workbench.handler_url("staff", "staff_dashboard") + "&status=quiet&country=IT")
    expect(staff.locator("table.sg-groups tbody tr")).to_have_count(13)
    nudge = staff.get_by_role("region", name="Write to coordinators")
    message = nudge.get_by_label("Message")
    expect(message).to_have_value(re.compile("^Hello! Your study group has not met for some time"))

    nudge.get_by_role("button", name="Send to their coordinators").click()
    expect(nudge.get_by_role("status")).to_have_text("Tick at least one group in the table first.")
    staff.get_by_label("Choose every group on this page").check()
    message.fill("Shall we help you plan the next meeting?")
    nudge.get_by_role("button", name="Send to their coordinators").click()

    expect(nudge.get_by_role("status")).to_have_text("Sent to the coordinators of 13 groups.")
    expect(staff.get_by_label("Choose School 01")).not_to_be_checked()
    assert len(mailoutbox) == 13
    assert {message.to[0] for message in mailoutbox} == {f"lead_{n:02d}@school.example" for n in range(1, 27, 2)}
    staff.get_by_role("link", name="School 01").click()
    expect(staff.get_by_text("Shall we help you plan the next meeting?")).to_be_visible()

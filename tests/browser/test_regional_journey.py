"""A regional group in headless Chromium: a teacher of a neighbouring school asks to join, the
coordinator accepts, she names her school, and each school prints the evidence of its own teachers."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from studygroup_xblock import api
from tests import conftest
from tests.browser.pages import COORDINATE, MEMBERS, open_section
from tests.conftest import make_actor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VALLETTA = {**conftest.VALLETTA, "admission": "request"}


@pytest.fixture
def group(course_key, events):
    """Carmen coordinates Valletta's group, which takes members by request."""
    return api.create_group(course_key, make_actor("carmen"), VALLETTA, size_limit=12, publish=events)


def test_a_teacher_of_sliema_joins_by_request_and_each_school_has_its_evidence(
    group, open_as, workbench, check_accessibility, fits_a_phone
):
    joanne = open_as("joanne", width=360)
    joanne.get_by_label("School, city or country").fill("valletta")
    joanne.get_by_role("button", name="Search", exact=True).click()
    result = joanne.locator(".sg-result").filter(has_text="St Albert the Great College")
    expect(result).to_contain_text("By request")
    expect(result.get_by_role("button", name="Join St Albert the Great College", exact=True)).to_have_count(0)
    result.get_by_role("button", name="Ask to join St Albert the Great College").click()
    result.get_by_label(re.compile("A short message to the coordinators")).fill("I teach year 4 at St Joseph, Sliema.")
    check_accessibility(joanne, "30-ask-to-join-phone")
    result.get_by_role("button", name="Send the request").click()
    waiting = joanne.locator('[data-role="my-request"]')
    expect(waiting).to_contain_text("You asked on")
    expect(waiting).to_contain_text("St Albert the Great College")
    expect(joanne.locator('[data-role="status"]')).to_have_text("Your request is sent.")
    fits_a_phone(joanne)

    carmen = open_as("carmen")
    asking = carmen.locator('[data-role="requests"]')
    expect(asking).to_contain_text("I teach year 4 at St Joseph, Sliema.")
    check_accessibility(carmen, "31-requests-waiting")
    asking.get_by_role("button", name="Accept Joanne").click()
    expect(carmen.locator('[data-role="status"]')).to_have_text("Joanne is now a member of the group.")
    expect(asking).to_be_hidden()

    joanne.reload()
    expect(joanne.get_by_role("heading", name="St Albert the Great College")).to_be_visible()
    open_section(joanne, MEMBERS)
    joanne.get_by_text("Do you teach at another school? Name your school").click()
    mine = joanne.locator('[data-role="my-school-form"]')
    expect(mine.get_by_label("School name")).to_have_value("St Albert the Great College")
    mine.get_by_label("School name").fill("St Joseph School")
    mine.get_by_label("City or town").fill("Sliema")
    mine.get_by_role("button", name="Save my school").click()
    expect(joanne.locator('[data-role="status"]')).to_have_text("Your school is saved.")
    members = joanne.locator('[data-role="members"]')
    expect(members.locator(".sg-school-name")).to_have_text(
        ["St Albert the Great College, Valletta, Malta", "St Joseph School, Sliema, Malta"]
    )
    check_accessibility(joanne, "32-two-schools-phone")
    fits_a_phone(joanne)

    carmen.reload()
    open_section(carmen, COORDINATE)
    with carmen.expect_popup() as popup:
        carmen.get_by_role("link", name="Print the group's evidence report").click()
    report = popup.value
    report.wait_for_load_state()
    expect(report.locator("table").first).to_contain_text("joanne")
    report.get_by_label("School", exact=True).select_option(label="St Joseph School, Sliema, Malta")
    report.get_by_role("button", name="Show").click()
    expect(report.locator(".sg-lead")).to_contain_text("Evidence of one school: St Joseph School, Sliema, Malta")
    expect(report.locator("table").first.locator("tbody th")).to_have_text([re.compile("joanne")])
    report.errors = []
    check_accessibility(report, "33-school-evidence", context="main")
    report.get_by_label("School", exact=True).select_option(label="St Albert the Great College, Valletta, Malta")
    report.get_by_role("button", name="Show").click()
    expect(report.locator("table").first.locator("tbody th")).to_have_text([re.compile("carmen")])

    staff = open_as("staff")
    staff.goto(workbench.handler_url("staff", "staff_dashboard"))
    expect(staff.locator(".sg-totals")).to_contain_text(re.compile(r"Schools\s*2"))
    with staff.expect_download() as download:
        staff.get_by_role("link", name="Members and membership history").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert {row["username"]: row["member_school"] for row in rows} == {
        "carmen": "St Albert the Great College",
        "joanne": "St Joseph School",
    }

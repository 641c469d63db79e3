"""Staff viewing the course as a specific learner (the LMS's masquerade, as demo/masquerade.py plays it)."""

import re

import pytest
from playwright.sync_api import expect

from studygroup_xblock import api
from studygroup_xblock.data import Actor
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY
from tests.browser.pages import MEETINGS, MEMBERS, open_section
from tests.conftest import EventLog

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GROUP = {"school_name": "OŠ Trnsko", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}


@pytest.mark.parametrize("width", [1024, 360])
def test_staff_see_the_learners_group_marked_read_only_with_every_change_switched_off(
    open_as, workbench, check_accessibility, fits_a_phone, width
):
    ana = Actor(user_id="ana", username="ana", full_name="Ana Kovač")
    api.create_group(WORKBENCH_COURSE_KEY, ana, GROUP, size_limit=12, publish=EventLog())
    page = open_as("ana", width=width)
    page.goto(workbench.page_url("ana") + "&masquerading=staff")

    notice = page.locator('[data-role="read-only"]')
    expect(notice).to_have_text(re.compile("You are viewing the course as Ana Kovač"))
    expect(page.get_by_role("heading", name="OŠ Trnsko")).to_be_visible()
    expect(page.get_by_role("button", name="I've worked through this unit")).to_be_disabled()
    open_section(page, MEMBERS)  # sections still open: looking is what staff came for
    expect(page.get_by_role("button", name="Leave the group")).to_be_disabled()
    open_section(page, MEETINGS)
    expect(page.get_by_role("button", name="Plan a meeting")).to_be_disabled()
    check_accessibility(page, f"23-masquerade-{width}")
    fits_a_phone(page)

    page.goto(workbench.page_url("ana") + "&masquerading=")
    expect(page.locator('[data-role="read-only"]')).to_have_count(0)
    expect(page.get_by_role("button", name="I've worked through this unit")).to_be_enabled()

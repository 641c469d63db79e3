"""How a person uses the learner view in the browser tests: open a section by its toggle."""

from playwright.sync_api import expect

MEMBERS = "Members and inviting colleagues"
MEETINGS = "Meetings: plan, log and look back"
PROGRESS = "Who has worked through which unit"
COORDINATE = "Coordinate the group"
ADAPTATIONS = "Adapting this unit: your group's and other schools' ideas"
START = "Start a group for your school"


def open_section(page, name):
    """Open the learner view's section ``name`` with its toggle button, unless it is open already."""
    toggle = page.get_by_role("button", name=name, exact=True)
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")

"""Schools share and find adaptations, staff moderate, colleagues check in: in headless Chromium."""

import re

import pytest
from playwright.sync_api import expect

from studygroup_xblock import api
from tests.browser.pages import ADAPTATIONS, PROGRESS, open_section
from tests.conftest import make_actor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE_TITLE = "<b>Exit</b> tickets <script>window.pwned = 1</script>"
HOSTILE_BODY = 'Pupils answer one question.\n<img src=x onerror="window.pwned = 1"> & that is all.'


@pytest.fixture
def schools(course_key, events):
    """Zagreb (Ana coordinates, Ivan) and Berlin (Lena coordinates, Jonas)."""
    for coordinator, member, city, country in (
        (("ana", "Ana Kovač"), ("ivan", "Ivan Horvat"), "Zagreb", "HR"),
        (("lena", "Lena Schmidt"), ("jonas", "Jonas Weber"), "Berlin", "DE"),
    ):
        fields = {
            "school_name": f"School in {city}",
            "city": city,
            "country": country,
            "language": "en",
            "is_open": True,
        }
        group_id = api.create_group(course_key, make_actor(*coordinator), fields, size_limit=12, publish=events)
        api.join_group(course_key, make_actor(*member), group_id, publish=events)


def adaptation_titles(page, area):
    return page.locator(f'[data-role="{area}"] .sg-adaptation h5')


def test_share_find_mark_hide_and_check_in(schools, open_as, check_accessibility, fits_a_phone, split_words):
    ivan = open_as("ivan")
    open_section(ivan, ADAPTATIONS)
    ivan.get_by_text("Share how your group adapted this unit").click()
    form = ivan.locator('[data-role="share-form"]')
    form.get_by_label("Title").fill(HOSTILE_TITLE)
    form.get_by_label("What you adapted, and how").fill(HOSTILE_BODY)
    form.get_by_label("Subject").fill("Mathematics")
    form.get_by_label("School level").select_option(label="Lower secondary (ISCED 2)")
    form.get_by_label("Language of teaching").select_option(label="Croatian")
    form.get_by_label("Everyone in the course").check()
    check_accessibility(ivan, "15-share-form")
    form.get_by_role("button", name="Share").click()
    expect(ivan.locator('[data-role="status"]')).to_have_text("Thank you for sharing.")
    expect(adaptation_titles(ivan, "group-adaptations")).to_have_text([HOSTILE_TITLE])
    expect(ivan.locator('[data-role="group-adaptations"] .sg-text').first).to_have_text(HOSTILE_BODY)

    jonas = open_as("jonas", width=360)
    open_section(jonas, ADAPTATIONS)
    gallery = jonas.locator('[data-role="gallery-form"]')
    gallery.get_by_label("School level").select_option(label="Primary (ISCED 1)")
    gallery.get_by_role("button", name="Show").click()
    expect(jonas.locator('[data-role="gallery"]')).to_contain_text("0 adaptations from other schools")
    gallery.get_by_label("School level").select_option(label="Lower secondary (ISCED 2)")
    gallery.get_by_label("Subject").fill("math")
    gallery.get_by_role("button", name="Show").click()
    expect(adaptation_titles(jonas, "gallery")).to_have_text([HOSTILE_TITLE])
    expect(jonas.locator('[data-role="gallery"]')).to_contain_text("School in Zagreb, Croatia · Mathematics")
    jonas.get_by_role("button", name=f"Mark as useful: {HOSTILE_TITLE}").click()
    expect(jonas.locator('[data-role="gallery"]')).to_contain_text("1 colleague found this useful")
    undo = jonas.get_by_role("button", name=f"Useful (undo): {HOSTILE_TITLE}")
    expect(undo).to_have_attribute("aria-pressed", "true")
    expect(undo).to_be_focused()
    check_accessibility(jonas, "16-gallery-phone")
    fits_a_phone(jonas)

    staff = open_as("staff")
    open_section(staff, ADAPTATIONS)
    staff.locator('[data-role="gallery"]').get_by_text("Hide from learners").click()
    staff.get_by_label("Reason, shown to the author").fill("Please remove the script tag.")
    staff.get_by_role("button", name="Hide", exact=True).click()
    expect(staff.locator('[data-role="gallery"]')).to_contain_text(
        "Hidden by the course team: Please remove the script tag."
    )
    expect(staff.get_by_role("button", name=re.compile("^Show .* again$"))).to_be_focused()
    check_accessibility(staff, "17-staff-moderation")

    jonas.reload()
    expect(jonas.locator('[data-role="gallery"]')).to_contain_text("0 adaptations from other schools")
    ivan.reload()
    expect(ivan.locator('[data-role="group-adaptations"]')).to_contain_text(
        "Hidden by the course team: Please remove the script tag."
    )
    for page in (ivan, jonas, staff):
        assert (
            page.locator(
                ".studygroup-block script:not([type='application/json']), .studygroup-block img, .studygroup-block b"
            ).count()
            == 0
        )
        assert page.evaluate("window.pwned") is None

    # Progress: Ivan checks in; Ana sees it on the group's board.
    ivan.get_by_role("button", name="I've worked through this unit").click()
    expect(ivan.locator('[data-action="check-in"]')).to_have_attribute("aria-pressed", "true")
    ana = open_as("ana", width=360)
    open_section(ana, PROGRESS)
    board = ana.locator('[data-role="progress-board"] table')
    expect(board.get_by_role("row", name=re.compile("Ivan Horvat"))).to_contain_text("worked through")
    expect(board.get_by_role("row", name=re.compile("Ana Kovač"))).to_contain_text("not yet")
    check_accessibility(ana, "18-progress-board-phone")
    fits_a_phone(ana)
    assert split_words(ana, '[data-role="progress-board"] th') == []  # "Ana Kovač", not "Ana Kova/č"

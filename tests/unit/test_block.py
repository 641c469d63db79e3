"""The block in the workbench runtime: settings, OLX, Studio validation and who sees what."""

import io
import types

import pytest
from opaque_keys.edx.keys import UsageKey
from webob import Request
from workbench.runtime import WorkbenchRuntime
from xblock.utils.studio_editable import FutureFields
from xblock.validation import Validation

from studygroup_xblock import api
from studygroup_xblock.block import StudyGroupXBlock
from studygroup_xblock.viewer import course_key_of
from tests.conftest import make_actor

pytestmark = pytest.mark.django_db

OLX = """<studygroup display_name="Groups &amp; &lt;friends&gt;" discussion_prompt="Discuss &quot;unit 3&quot;"
    adaptation_prompt="Adapt it" agenda_template="1. Check-in&#10;2. Plan" max_group_size="7"
    group_formation="code_only" allow_course_wide_sharing="false" reminder_hours="3"/>"""
SETTINGS = {
    "display_name": "Groups & <friends>",
    "discussion_prompt": 'Discuss "unit 3"',
    "adaptation_prompt": "Adapt it",
    "agenda_template": "1. Check-in\n2. Plan",
    "max_group_size": 7,
    "group_formation": "code_only",
    "allow_course_wide_sharing": False,
    "reminder_hours": 3,
}


def load(olx, student="ana"):
    runtime = WorkbenchRuntime(student)
    return runtime.get_block(runtime.parse_xml_string(olx))


def settings_of(block):
    return {name: getattr(block, name) for name in StudyGroupXBlock.editable_fields}


def test_settings_are_read_from_olx():
    assert settings_of(load(OLX)) == SETTINGS


def test_settings_survive_export_and_import():
    exported = io.BytesIO()
    block = load(OLX)
    block.runtime.export_to_xml(block, exported)

    assert settings_of(load(exported.getvalue())) == SETTINGS


def test_defaults_suit_a_new_component():
    block = load("<studygroup/>")

    assert block.max_group_size == 12
    assert block.group_formation == "open"
    assert block.allow_course_wide_sharing is True


@pytest.mark.parametrize(
    ("changes", "errors"),
    [({}, 0), ({"max_group_size": 1}, 1), ({"max_group_size": 51}, 1), ({"group_formation": "anyone"}, 1)],
)
def test_studio_refuses_settings_the_view_cannot_honour(changes, errors):
    block = load("<studygroup/>")
    validation = Validation(block.scope_ids.usage_id)

    block.validate_field_data(validation, FutureFields(changes, [], block))

    assert len(validation.messages) == errors


def test_studio_edit_form_offers_every_setting():
    html = load("<studygroup/>").render("studio_view").body_html()

    for name in StudyGroupXBlock.editable_fields:
        assert f'data-field-name="{name}"' in html
    assert "Join code only: colleagues join with the group&#x27;s join code" in html


def test_author_view_previews_the_settings_and_escapes_them():
    html = load(OLX).render("author_view").body_html()

    assert "Groups &amp; &lt;friends&gt;" in html
    assert "<friends>" not in html
    assert "Join code only" in html
    assert ">7<" in html


def test_mobile_data_carries_the_settings():
    assert load(OLX).student_view_data() == {
        name: value for name, value in SETTINGS.items() if name not in ("agenda_template", "reminder_hours")
    }


def test_student_view_is_available_to_the_mobile_apps():
    assert "multi_device" in StudyGroupXBlock.student_view._supports


def test_anonymous_viewers_get_an_explanation_and_no_data():
    html = load("<studygroup/>", student="anonymous").render("student_view").body_html()

    assert "Sign in and enrol in the course" in html
    assert "application/json" not in html


def test_staff_see_how_many_groups_the_course_has(course_key, events):
    api.create_group(
        course_key,
        make_actor("ana"),
        {"school_name": "A", "city": "B", "country": "HR", "language": "hr", "is_open": True},
        size_limit=5,
        publish=events,
    )

    staff_html = load("<studygroup/>", student="staff").render("student_view").body_html()
    learner_html = load("<studygroup/>", student="ivan").render("student_view").body_html()

    assert '"group_count": 1' in staff_html
    assert "group_count" not in learner_html


def test_studios_preview_shows_a_notice_and_changes_nothing():
    block = load("<studygroup/>", student="staff")
    block.runtime.is_author_mode = True

    html = block.render("student_view").body_html()
    response = block.handle("create_group", Request.blank("/", method="POST", body=b"{}"))

    assert "Groups cannot be changed from Studio" in html
    assert "application/json" not in html
    assert response.status_code == 403
    assert response.json["error"] == "preview"


@pytest.mark.parametrize(
    ("usage_id", "course"),
    [
        ("block-v1:Org+Course+2026+type@studygroup+block@unit1", "course-v1:Org+Course+2026"),
        ("lb:Org:library:studygroup:unit1", None),
    ],
)
def test_groups_belong_to_the_blocks_course_and_libraries_have_none(usage_id, course):
    block = types.SimpleNamespace(scope_ids=types.SimpleNamespace(usage_id=UsageKey.from_string(usage_id)))

    key = course_key_of(block)

    assert (str(key) if key else None) == course


def test_units_take_their_place_from_the_course_outline(course_key):
    from studygroup_xblock.models import Unit

    runtime = WorkbenchRuntime("ana")
    outline = runtime.get_block(
        runtime.parse_xml_string(
            '<vertical_demo><html_demo>Intro</html_demo><studygroup display_name="First"/>'
            '<studygroup display_name="Second"/></vertical_demo>'
        )
    )
    for child_id in outline.children[1:]:
        runtime.get_block(child_id).render("student_view")

    units = list(Unit.objects.order_by("position"))
    # The workbench's vertical has no name, so each unit is named after its block.
    assert [(unit.title, unit.position) for unit in units] == [("First", "0001"), ("Second", "0002")]


@pytest.mark.django_db(transaction=True)
def test_a_page_shown_while_the_database_is_away_says_so_and_the_next_one_works(monkeypatch):
    from django.db import OperationalError

    from studygroup_xblock import retries

    monkeypatch.setattr(retries, "FIRST_PAUSE", 0)
    real = api.get_learner_state
    monkeypatch.setattr(api, "get_learner_state", lambda *args: (_ for _ in ()).throw(OperationalError(2006, "gone")))

    away = load("<studygroup/>", student="ivan").render("student_view").body_html()
    monkeypatch.setattr(api, "get_learner_state", real)
    back = load("<studygroup/>", student="ivan").render("student_view").body_html()

    assert "Study groups cannot be reached for a moment" in away
    assert "application/json" not in away
    assert "application/json" in back

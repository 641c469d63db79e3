"""Studio's Save (``submit_studio_edits``, from XBlock's ``StudioEditableXBlockMixin``) over real HTTP:
the course team's saves go through; a body of another shape gets a 400 and a learner a 403, both with
the usual error body, and no setting changes."""

import json

import pytest
from workbench.runtime import WorkbenchRuntime

pytestmark = pytest.mark.django_db(transaction=True)

SAVE = {"values": {"max_group_size": 9, "reminder_hours": 3}, "defaults": []}


def settings_of(workbench, scenario="studygroup.0"):
    block = WorkbenchRuntime("staff").get_block(workbench.usage_id(scenario))
    return block.max_group_size, block.reminder_hours


def test_the_course_team_saves_the_settings(workbench):
    response = workbench.session("staff").post("submit_studio_edits", SAVE)

    assert response.status_code == 200, response.text
    assert response.json() == {"result": "success"}
    assert settings_of(workbench) == (9, 3)


@pytest.mark.parametrize(
    "body",
    [
        "[]",
        "null",
        "{}",
        '"values"',
        "{not json",
        json.dumps({"defaults": []}),
        json.dumps({"values": [], "defaults": []}),
        json.dumps({"values": {"max_group_size": 9}}),
        json.dumps({"values": {"max_group_size": 9}, "defaults": "max_group_size"}),
        json.dumps({"values": {"max_group_size": "nine"}, "defaults": []}),
        json.dumps({"values": {"max_group_size": {"a": 1}}, "defaults": []}),
    ],
)
def test_a_save_of_another_shape_is_a_400_and_changes_nothing(workbench, body):
    before = settings_of(workbench)

    response = workbench.session("staff").post("submit_studio_edits", raw=body.encode())

    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid"
    assert response.json()["message"].strip()
    assert settings_of(workbench) == before


@pytest.mark.parametrize("student", ["ana", "anonymous"])
def test_anyone_but_the_course_team_gets_a_403_and_changes_nothing(workbench, student):
    before = settings_of(workbench)

    response = workbench.session(student).post("submit_studio_edits", SAVE)

    assert response.status_code == 403, response.text
    assert response.json()["error"] == "forbidden"
    assert settings_of(workbench) == before

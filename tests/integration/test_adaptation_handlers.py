"""Adaptation and check-in handlers over real HTTP through the workbench."""

import pytest

from studygroup_xblock.models import Adaptation
from tests.integration.test_handlers import SCHOOL, assert_error

pytestmark = pytest.mark.django_db(transaction=True)

ADAPTATION = {
    "title": "Exit tickets",
    "body": "How we used them.",
    "subject": "Mathematics",
    "isced_level": 2,
    "language": "it",
    "link": "https://example.org/exit-tickets",
    "course_wide": True,
}


@pytest.fixture
def sessions(workbench):
    """Ana's group in Roma, Lena's in Berlin; their sessions and a newcomer's."""
    ana, lena = workbench.session("ana"), workbench.session("lena")
    ana.post("create_group", {"group": SCHOOL})
    lena.post("create_group", {"group": {**SCHOOL, "school_name": "Gymnasium", "city": "Berlin", "country": "DE"}})
    return ana, lena, workbench.session("newcomer")


def test_share_find_mark_and_moderate_over_http(workbench, sessions, published):
    ana, lena, _newcomer = sessions

    shared = ana.post("share_adaptation", {"adaptation": ADAPTATION}).json()
    adaptation_id = shared["group"][0]["id"]
    found = lena.http.get(workbench.handler_url("lena", "unit_adaptations") + "&isced=2&subject=math", timeout=30)
    marked = lena.post("mark_useful", {"adaptation_id": adaptation_id, "useful": True, "gallery": {"sort": "useful"}})
    staff = workbench.session("staff")
    hidden = staff.post("hide_adaptation", {"adaptation_id": adaptation_id, "reason": "Broken link"})

    assert [a["title"] for a in found.json()["gallery"]["adaptations"]] == ["Exit tickets"]
    assert marked.json()["gallery"]["adaptations"][0]["useful_count"] == 1
    assert hidden.json()["gallery"]["adaptations"][0]["hidden"]["reason"] == "Broken link"
    assert lena.post("unit_adaptations").json()["gallery"]["adaptations"] == []
    assert ana.post("unit_adaptations").json()["group"][0]["hidden"]["reason"] == "Broken link"
    assert published.names[-3:] == [
        "edx.studygroup.adaptation.shared",
        "edx.studygroup.adaptation.marked_useful",
        "edx.studygroup.adaptation.hidden",
    ]


def test_learners_cannot_moderate(workbench, sessions):
    ana, lena, _newcomer = sessions
    adaptation_id = ana.post("share_adaptation", {"adaptation": ADAPTATION}).json()["group"][0]["id"]

    assert_error(
        lena.post("hide_adaptation", {"adaptation_id": adaptation_id, "reason": "x"}), 403, "moderation_staff_only"
    )
    assert_error(lena.post("unhide_adaptation", {"adaptation_id": adaptation_id}), 403, "moderation_staff_only")
    assert Adaptation.objects.get().hidden is None


@pytest.mark.parametrize(
    "payload",
    [
        {"adaptation": None},
        {"adaptation": {**ADAPTATION, "title": ["list"]}},
        {"adaptation": {**ADAPTATION, "isced_level": 9}},
        {"adaptation": {**ADAPTATION, "link": "data:text/html,<script>alert(1)</script>"}},
        {"adaptation": ADAPTATION, "gallery": {"sort": "random"}},
    ],
)
def test_bad_adaptations_are_400_and_write_nothing(workbench, sessions, payload):
    ana, _lena, _newcomer = sessions

    response = ana.post("share_adaptation", payload)

    assert response.status_code == 400, response.text
    assert not Adaptation.objects.exists()


def test_unknown_gallery_parameters_are_ignored(workbench, sessions):
    ana, _lena, _newcomer = sessions

    response = ana.post("unit_adaptations", {"page": 1, "evil": "__import__('os')"})

    assert response.status_code == 200


def test_checking_in_marks_the_block_complete_and_undoing_reverts_it(workbench, sessions, published):
    _ana, _lena, newcomer = sessions

    done = newcomer.post("check_in", {"done": True}).json()
    undone = newcomer.post("check_in", {"done": False}).json()

    assert len(done["checked_in"]) == 1
    assert undone["checked_in"] == []
    completions = [data for name, data in published if name == "completion"]
    assert completions == [{"completion": 1.0}, {"completion": 0.0}]
    assert_error(newcomer.post("check_in", {"done": "yes"}), 400, "invalid_field")
    assert [data for name, data in published if name == "completion"] == completions


def test_adaptation_text_is_escaped_in_the_page(workbench, sessions):
    ana, _lena, _newcomer = sessions
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    ana.post("share_adaptation", {"adaptation": {**ADAPTATION, "title": hostile, "body": hostile}})

    for student in ("ana", "lena", "newcomer"):
        page = workbench.session(student).page.text
        assert '<script>alert("x")' not in page
        assert "<img src=x" not in page

"""Finding a meeting time together over real HTTP through the workbench: propose, answer, pick."""

from datetime import UTC, datetime, timedelta

import pytest

from studygroup_xblock.models import Meeting, ProposedTime, TimeAnswer, TimeProposal
from tests.integration.test_handlers import SCHOOL, assert_error

pytestmark = pytest.mark.django_db(transaction=True)


def times(*days, zone="UTC"):
    """A proposal of times ``days`` from now at 16:00 (UTC), an hour each."""
    moments = [(datetime.now(UTC) + timedelta(days=day)).replace(hour=16, minute=0) for day in days]
    entries = [
        {"date": f"{moment:%Y-%m-%d}", "time": "16:00", "duration_minutes": 60, "mode": "online"} for moment in moments
    ]
    return {"times": entries, "time_zone": zone, "answer_by": ""}


@pytest.fixture
def group(workbench):
    """Ana coordinates a group Ivan and Marko are in; their sessions."""
    ana, ivan, marko = (workbench.session(name) for name in ("ana", "ivan", "marko"))
    group_id = ana.post("create_group", {"group": SCHOOL}).json()["group"]["summary"]["id"]
    ivan.post("join_group", {"group_id": group_id})
    marko.post("join_group", {"group_id": group_id})
    return ana, ivan, marko


def test_propose_answer_and_pick_answer_with_the_learner_state(workbench, group, published):
    ana, ivan, marko = group

    proposed = ivan.post("propose_times", {"proposal": times(3, 4, 5)})
    assert proposed.status_code == 200, proposed.text
    proposal = proposed.json()["proposal"]
    assert [time["mine"] for time in proposal["times"]] == ["", "", ""]
    first, second, third = (time["id"] for time in proposal["times"])

    answered = marko.post("answer_times", {"proposal_id": proposal["id"], "answers": {second: "yes", third: "no"}})
    assert answered.status_code == 200, answered.text
    assert [time["mine"] for time in answered.json()["proposal"]["times"]] == ["", "yes", "no"]
    ana.post("answer_times", {"proposal_id": proposal["id"], "answers": {first: "if_need_be", second: "yes"}})

    refused = marko.post("pick_time", {"proposal_id": proposal["id"], "time_id": second})
    assert_error(refused, 403, "proposal_pickers_only")
    picked = ivan.post("pick_time", {"proposal_id": proposal["id"], "time_id": second, "agenda": "1. <b>Unit 2</b>"})

    assert picked.status_code == 200, picked.text
    state = picked.json()
    assert state["proposal"] is None
    assert state["next_meeting"]["start"] == ProposedTime.objects.get(pk=second).start.isoformat()
    assert state["next_meeting"]["agenda"] == "1. <b>Unit 2</b>"
    assert [name for name, _data in published if "proposal" in name] == [
        "edx.studygroup.proposal.opened",
        "edx.studygroup.proposal.answered",
        "edx.studygroup.proposal.answered",
        "edx.studygroup.proposal.picked",
    ]
    again = ana.post("pick_time", {"proposal_id": proposal["id"], "time_id": first})
    assert_error(again, 409, "proposal_closed")
    assert Meeting.objects.count() == 1


@pytest.mark.parametrize(
    ("handler", "payload", "status", "code"),
    [
        ("propose_times", {"proposal": {"times": [], "time_zone": "UTC"}}, 400, "invalid_field"),
        ("propose_times", {"proposal": "three times"}, 400, "invalid_field"),
        ("propose_times", {"proposal": {**times(3, 4), "time_zone": "Mars/Olympus"}}, 400, "invalid_field"),
        ("answer_times", {"proposal_id": "x", "answers": {"1": "yes"}}, 400, "invalid_field"),
        ("answer_times", {"proposal_id": 99999, "answers": {"1": "yes"}}, 400, "unknown_proposal"),
        ("pick_time", {"proposal_id": 99999, "time_id": 1}, 400, "unknown_proposal"),
        ("withdraw_proposal", {"proposal_id": None}, 400, "invalid_field"),
    ],
)
def test_bad_requests_get_a_clear_error_and_write_nothing(workbench, group, handler, payload, status, code):
    _ana, ivan, _marko = group

    assert_error(ivan.post(handler, payload), status, code)
    assert not TimeProposal.objects.exists()
    assert not TimeAnswer.objects.exists()


def test_outsiders_and_wrong_methods_change_nothing(workbench, group):
    _ana, ivan, _marko = group
    proposal_id = ivan.post("propose_times", {"proposal": times(3, 4)}).json()["proposal"]["id"]
    time_id = ProposedTime.objects.first().pk

    stranger = workbench.session("stranger")
    assert_error(
        stranger.post("answer_times", {"proposal_id": proposal_id, "answers": {time_id: "yes"}}), 409, "not_in_group"
    )
    assert_error(stranger.post("propose_times", {"proposal": times(3, 4)}), 409, "not_in_group")
    got = ivan.http.get(workbench.handler_url("ivan", "propose_times"), timeout=30)
    assert_error(got, 405, "method_not_allowed")
    assert not TimeAnswer.objects.exists()
    assert TimeProposal.objects.count() == 1

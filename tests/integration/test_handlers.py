"""The block's handlers over real HTTP through the xblock-sdk workbench (CSRF and all)."""

import gettext
from pathlib import Path

import pytest

from studygroup_xblock.errors import Unavailable
from studygroup_xblock.models import Learner, Membership, StudyGroup

pytestmark = pytest.mark.django_db(transaction=True)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"

SCHOOL = {
    "school_name": "Scuola Primaria Dante Alighieri",
    "city": "Roma",
    "country": "IT",
    "language": "it",
    "description": "",
    "is_open": True,
}


def rows():
    """Everything the app has written, to prove a refused request wrote nothing."""
    return (StudyGroup.objects.count(), Membership.objects.count(), Learner.objects.count())


def assert_error(response, status, code):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code
    assert body["message"].strip()
    return body


def test_a_whole_journey_of_create_search_join_and_leave(workbench, published):
    ana, ivan, marko = (workbench.session(name) for name in ("ana", "ivan", "marko"))

    created = ana.post("create_group", {"group": SCHOOL})
    assert created.status_code == 200, created.text
    state = created.json()
    assert state["role"] == "coordinator"
    code = state["group"]["join_code"]

    found = ivan.post("search_groups", {"q": "dante roma"}).json()
    assert [group["school_name"] for group in found["results"]] == [SCHOOL["school_name"]]
    assert found["results"][0]["is_open"]
    assert not found["results"][0]["is_full"]

    joined = ivan.post("join_group", {"group_id": found["results"][0]["id"]}).json()
    assert joined["role"] == "member"
    by_code = marko.post("join_by_code", {"code": code.lower()}).json()
    assert [member["username"] for member in by_code["group"]["members"]] == ["ana", "ivan", "marko"]

    ivan_id = next(m["membership_id"] for m in by_code["group"]["members"] if m["username"] == "ivan")
    handed = ana.post("hand_over", {"membership_id": ivan_id}).json()
    assert handed["role"] == "member"
    left = ana.post("leave_group").json()
    assert left["group"] is None
    assert left["meetings"] is None

    assert published.names == [
        "edx.studygroup.group.created",
        "edx.studygroup.membership.joined",
        "edx.studygroup.membership.joined",
        "edx.studygroup.membership.joined",
        "edx.studygroup.membership.role_changed",
        "edx.studygroup.membership.role_changed",
        "edx.studygroup.membership.left",
    ]


def test_the_group_is_the_same_in_every_unit_of_the_course(workbench):
    workbench.session("ana").post("create_group", {"group": SCHOOL})

    other_unit = workbench.session("ana", scenario="studygroup.1").post("student_view_user_state").json()

    assert other_unit["group"]["summary"]["school_name"] == SCHOOL["school_name"]


def test_asking_to_join_over_http(workbench, published):
    maria, joe = workbench.session("maria"), workbench.session("joe")
    state = maria.post("create_group", {"group": {**SCHOOL, "admission": "request"}}).json()
    group_id = state["group"]["summary"]["id"]
    assert_error(joe.post("join_group", {"group_id": group_id}), 403, "request_required")

    asked = joe.post("ask_to_join", {"group_id": group_id, "message": "<script>Joe</script>"}).json()
    assert asked["request"]["state"] == "pending"
    assert_error(joe.post("ask_to_join", {"group_id": group_id}), 409, "already_asked")
    (request,) = maria.post("student_view_user_state").json()["requests"]
    assert request["message"] == "<script>Joe</script>"  # text, shown with textContent
    assert_error(joe.post("decide_request", {"request_id": request["id"], "accept": True}), 409, "not_in_group")

    accepted = maria.post("decide_request", {"request_id": request["id"], "accept": True}).json()
    assert [member["username"] for member in accepted["group"]["members"]] == ["maria", "joe"]
    assert accepted["requests"] == []
    assert "edx.studygroup.join_request.accepted" in published.names
    assert_error(joe.post("withdraw_request"), 409, "no_request")


def test_the_units_settings_shape_new_groups(workbench):
    state = workbench.session("ana", scenario="studygroup.1").post("create_group", {"group": SCHOOL}).json()

    assert state["group"]["summary"]["size_limit"] == 6


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("{not json", "bad_json"),
        ("[1, 2]", "bad_json"),
        ('"text"', "bad_json"),
        ("\xff", "bad_json"),
        ("[" * 60_000, "bad_json"),
        ('{"group": "' + "x" * 70_000 + '"}', "too_large"),
    ],
)
def test_malformed_bodies_are_400_and_write_nothing(workbench, raw, code):
    before = rows()

    response = workbench.session("ana").post("create_group", raw=raw.encode("latin-1"))

    assert_error(response, 400, code)
    assert rows() == before


@pytest.mark.parametrize(
    "group",
    [
        None,
        "school",
        {},
        {**SCHOOL, "school_name": None},
        {**SCHOOL, "school_name": {"nested": "object"}},
        {**SCHOOL, "school_name": "x" * 10_000},
        {**SCHOOL, "city": 12},
        {**SCHOOL, "country": "Italy"},
        {**SCHOOL, "language": ["it"]},
        {**SCHOOL, "is_open": "false"},
        {**SCHOOL, "description": "x" * 1001},
    ],
)
def test_bad_group_fields_are_400_with_a_message_and_write_nothing(workbench, group):
    before = rows()

    response = workbench.session("ana").post("create_group", {"group": group})

    assert_error(response, 400, "invalid_field")
    assert rows() == before


def test_the_field_in_error_is_named_for_the_form(workbench):
    response = workbench.session("ana").post("create_group", {"group": {**SCHOOL, "city": ""}})

    assert assert_error(response, 400, "invalid_field")["field"] == "city"


@pytest.mark.parametrize(
    ("handler", "payload"),
    [
        ("join_group", {"group_id": "1; DROP TABLE"}),
        ("join_group", {"group_id": "²"}),
        ("join_group", {"group_id": "9" * 5000}),
        ("join_group", {"group_id": 1e300}),
        ("create_group", {"group": {**SCHOOL, "school_name": "Lone \ud800"}}),
        ("create_group", {"group": {**SCHOOL, "city": "\u202eamoR"}}),
        ("join_group", {"group_id": 999999}),
        ("join_by_code", {"code": None}),
        ("join_by_code", {"code": "NOPE-NOPE"}),
        ("search_groups", {"page": -3}),
        ("search_groups", {"q": ["list"]}),
        ("ask_to_join", {"group_id": 999999}),
        ("ask_to_join", {"group_id": 1, "message": {"html": "<b>"}}),
        ("decide_request", {"request_id": 1, "accept": "yes"}),
    ],
)
def test_unknown_ids_and_bad_values_are_400(workbench, handler, payload):
    before = rows()

    response = workbench.session("ana").post(handler, payload)

    assert response.status_code == 400, response.text
    assert rows() == before


def test_get_is_refused_with_405(workbench):
    session = workbench.session("ana")

    response = session.http.get(workbench.handler_url("ana", "create_group"), timeout=30)

    assert_error(response, 405, "method_not_allowed")


def test_posts_without_the_csrf_token_are_refused(workbench):
    before = rows()

    response = workbench.session("ana").post("create_group", {"group": SCHOOL}, csrf=False)

    assert response.status_code == 403
    assert rows() == before


def test_anonymous_viewers_get_an_explanation_and_can_write_nothing(workbench):
    anonymous = workbench.session("anonymous")

    assert "Sign in and enrol" in anonymous.page.text
    assert 'type="application/json"' not in anonymous.page.text
    for handler, payload in [
        ("create_group", {"group": SCHOOL}),
        ("search_groups", {}),
        ("join_by_code", {"code": "X"}),
    ]:
        assert_error(anonymous.post(handler, payload), 403, "signed_out")
    assert rows() == (0, 0, 0)


def test_coordinator_actions_are_403_for_members(workbench):
    ana, ivan = workbench.session("ana"), workbench.session("ivan")
    group_id = ana.post("create_group", {"group": SCHOOL}).json()["group"]["summary"]["id"]
    members = ivan.post("join_group", {"group_id": group_id}).json()["group"]["members"]

    for handler, payload in [
        ("update_group", {"group": SCHOOL}),
        ("rotate_code", {}),
        ("remove_member", {"membership_id": members[0]["membership_id"]}),
        ("set_role", {"membership_id": members[1]["membership_id"], "role": "coordinator"}),
        ("hand_over", {"membership_id": members[0]["membership_id"]}),
    ]:
        assert_error(ivan.post(handler, payload), 403, "coordinators_only")
    assert ana.post("student_view_user_state").json()["role"] == "coordinator"


def test_conflicts_are_409(workbench):
    ana, ivan, marko = (workbench.session(name, scenario="studygroup.1") for name in ("ana", "ivan", "marko"))
    state = ana.post("create_group", {"group": {**SCHOOL, "is_open": False}}).json()
    code = state["group"]["join_code"]

    assert_error(ivan.post("join_group", {"group_id": state["group"]["summary"]["id"]}), 403, "code_required")
    assert_error(ana.post("join_by_code", {"code": code}), 409, "already_in_group")
    ivan.post("join_by_code", {"code": code})
    assert_error(ana.post("leave_group"), 409, "last_coordinator")
    duplicate = assert_error(
        marko.post("create_group", {"group": {**SCHOOL, "school_name": "scuola primaria dante alighieri"}}),
        409,
        "duplicate_school",
    )
    assert duplicate["group"]["school_name"] == SCHOOL["school_name"]


def test_a_full_group_is_409(workbench):
    sessions = [workbench.session(f"teacher_{n}", scenario="studygroup.1") for n in range(7)]
    code = sessions[0].post("create_group", {"group": SCHOOL}).json()["group"]["join_code"]
    for session in sessions[1:6]:
        assert session.post("join_by_code", {"code": code}).status_code == 200

    assert_error(sessions[6].post("join_by_code", {"code": code}), 409, "group_full")


def test_error_messages_follow_the_learners_language(workbench):
    session = workbench.session("ana")
    session.http.headers["Accept-Language"] = "de"

    body = assert_error(session.post("join_by_code", {"code": "NOPE-NOPE"}), 400, "unknown_code")

    assert "Beitrittscode" in body["message"]


def test_user_text_is_escaped_in_the_page(workbench):
    ana = workbench.session("ana")
    ana.post("create_group", {"group": {**SCHOOL, "school_name": '<script>alert("x")</script><b>Dante</b>'}})

    page = workbench.session("ana").page.text

    assert "<script>alert" not in page
    assert "<b>Dante</b>" not in page
    assert "\\u003Cscript\\u003Ealert" in page


def test_mobile_apps_read_the_user_state_with_get(workbench):
    ana = workbench.session("ana")
    created = ana.post("create_group", {"group": SCHOOL}).json()

    response = ana.http.get(workbench.handler_url("ana", "student_view_user_state"), timeout=30)

    assert response.status_code == 200
    assert response.json() == created


@pytest.fixture
def deadlocking(monkeypatch):
    """Make the first ``count`` group creations meet a MySQL deadlock, as two racing requests can."""
    from django.db import OperationalError

    from studygroup_xblock import api, retries

    monkeypatch.setattr(retries, "FIRST_PAUSE", 0)
    real = api.create_group

    def arrange(count):
        calls = []

        def create_group(*args, **kwargs):
            calls.append(1)
            if len(calls) <= count:
                raise OperationalError(1213, "Deadlock found when trying to get lock; try restarting transaction")
            return real(*args, **kwargs)

        monkeypatch.setattr(api, "create_group", create_group)
        return calls

    return arrange


def test_a_deadlock_is_run_again_and_the_learner_never_sees_it(workbench, published, deadlocking):
    calls = deadlocking(2)

    created = workbench.session("ana").post("create_group", {"group": SCHOOL})

    assert created.status_code == 200, created.text
    assert len(calls) == 3
    assert rows() == (1, 1, 1)
    assert published.names == ["edx.studygroup.group.created", "edx.studygroup.membership.joined"]


def test_a_database_that_stays_busy_answers_503_in_the_learners_language(workbench, published, deadlocking):
    deadlocking(10)
    session = workbench.session("ana")
    session.http.headers["Accept-Language"] = "de"

    refused = session.post("create_group", {"group": SCHOOL})

    body = assert_error(refused, 503, "unavailable")
    german = gettext.translation("text", str(TRANSLATIONS), ["de"]).gettext(Unavailable.message)
    assert body["message"] == german != Unavailable.message
    assert rows() == (0, 0, 0)
    assert published.names == []

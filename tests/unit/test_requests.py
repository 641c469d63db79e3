"""Asking to join a group that takes requests: every rule of api/requests.py, against the real models."""

import pytest

from studygroup_xblock import api as api_module
from studygroup_xblock.models import JoinRequest, Membership, StudyGroup
from tests import conftest
from tests.conftest import Committed, make_actor, state_after

pytestmark = pytest.mark.django_db

api = Committed(api_module)

VALLETTA = {**conftest.VALLETTA, "admission": "request"}


@pytest.fixture
def group_id(course_key, events):
    """Maria coordinates a group of Valletta that takes requests."""
    group_id = api.create_group(course_key, make_actor("maria", "Maria Borg"), VALLETTA, size_limit=3, publish=events)
    return group_id


def ask(course_key, events, user_id, group_id, message=""):
    return state_after(
        api.ask_to_join, course_key, make_actor(user_id, user_id.title()), group_id, message, publish=events
    )


def waiting(course_key):
    return api.get_learner_state(course_key, make_actor("maria")).requests


def decide(course_key, events, request_id, accept, reason="", user_id="maria"):
    return state_after(api.decide_request, course_key, make_actor(user_id), request_id, accept, reason, publish=events)


def test_a_group_can_take_members_by_request(course_key, group_id):
    summary = api.search_groups(course_key, "Valletta").results[0]

    assert (summary.is_open, summary.by_request) == (False, True)


def test_the_learner_asks_and_the_coordinator_sees_who_asks_and_why(course_key, events, group_id):
    events.clear()
    state = ask(course_key, events, "joe", group_id, "I teach Maltese at St Aloysius, in Birkirkara.")

    assert state.group is None
    assert (state.request.state, state.request.group.school_name) == ("pending", "St Albert the Great College")
    (request,) = waiting(course_key)
    assert request.person.display_name == "Joe"
    assert request.message == "I teach Maltese at St Aloysius, in Birkirkara."
    assert events.names == ["edx.studygroup.join_request.created"]
    assert api.get_learner_state(course_key, make_actor("maria")).group.summary.member_count == 1


def test_asking_answers_the_new_requests_id(course_key, events, group_id):
    request_id = api.ask_to_join(course_key, make_actor("joe"), group_id, publish=events)

    assert [request.id for request in waiting(course_key)] == [request_id]


def test_accepting_makes_a_member(course_key, events, group_id):
    ask(course_key, events, "joe", group_id)
    events.clear()

    decide(course_key, events, waiting(course_key)[0].id, True)

    joe = api.get_learner_state(course_key, make_actor("joe"))
    assert joe.group.summary.id == group_id
    assert joe.role == "member"
    assert joe.request is None
    assert waiting(course_key) == ()
    assert events.names == ["edx.studygroup.membership.joined", "edx.studygroup.join_request.accepted"]
    assert events[0][1]["via"] == "request"


def test_declining_tells_the_learner_why(course_key, events, group_id):
    ask(course_key, events, "joe", group_id)

    decide(course_key, events, waiting(course_key)[0].id, False, "We are all from one school for now.")

    joe = api.get_learner_state(course_key, make_actor("joe"))
    assert joe.group is None
    assert (joe.request.state, joe.request.reason) == ("declined", "We are all from one school for now.")
    assert waiting(course_key) == ()


def test_the_learner_withdraws_once(course_key, events, group_id):
    ask(course_key, events, "joe", group_id)

    assert state_after(api.withdraw_request, course_key, make_actor("joe"), publish=events).request is None
    assert waiting(course_key) == ()
    with pytest.raises(api_module.NoRequest):
        api.withdraw_request(course_key, make_actor("joe"), publish=events)


def test_one_waiting_request_per_learner_and_course(course_key, events, group_id):
    other = api.create_group(
        course_key, make_actor("lena"), {**VALLETTA, "city": "Sliema"}, size_limit=12, publish=events
    )
    ask(course_key, events, "joe", group_id)

    with pytest.raises(api_module.AlreadyAsked):
        ask(course_key, events, "joe", other)
    assert JoinRequest.objects.filter(learner__user_id="joe").count() == 1


@pytest.mark.parametrize("admission", ["open", "code"])
def test_only_groups_that_take_requests_can_be_asked(course_key, events, admission):
    state = state_after(
        api.create_group,
        course_key,
        make_actor("lena"),
        {**VALLETTA, "admission": admission},
        size_limit=12,
        publish=events,
    )

    with pytest.raises(api_module.NotByRequest):
        ask(course_key, events, "joe", state.group.summary.id)


def test_a_group_by_request_is_not_joined_from_the_search_but_its_code_still_works(course_key, events, group_id):
    ask(course_key, events, "joe", group_id)
    with pytest.raises(api_module.RequestRequired):
        api.join_group(course_key, make_actor("joe"), group_id, publish=events)

    code = StudyGroup.objects.get(pk=group_id).join_code
    state = state_after(api.join_group_by_code, course_key, make_actor("joe"), code, publish=events)

    assert state.group.summary.id == group_id
    assert JoinRequest.objects.get().state == "withdrawn"  # joining ends the wait
    assert waiting(course_key) == ()


def test_asking_never_passes_the_size_limit(course_key, events, group_id):
    for user_id in ("joe", "ray"):
        ask(course_key, events, user_id, group_id)
    ask(course_key, events, "sam", group_id)
    first, second, third = waiting(course_key)
    decide(course_key, events, first.id, True)
    decide(course_key, events, second.id, True)  # 3 of 3

    with pytest.raises(api_module.GroupFull):
        decide(course_key, events, third.id, True)
    with pytest.raises(api_module.GroupFull):
        ask(course_key, events, "tom", group_id)
    assert Membership.objects.filter(group_id=group_id, active=True).count() == 3
    assert [request.id for request in waiting(course_key)] == [third.id]  # still there, to decline


def test_members_cannot_ask_and_only_coordinators_decide(course_key, events, group_id):
    ask(course_key, events, "joe", group_id)
    with pytest.raises(api_module.AlreadyInGroup):
        ask(course_key, events, "maria", group_id)
    request_id = waiting(course_key)[0].id
    api.join_group_by_code(course_key, make_actor("ray"), StudyGroup.objects.get().join_code, publish=events)

    with pytest.raises(api_module.CoordinatorsOnly):
        decide(course_key, events, request_id, True, user_id="ray")
    assert api.get_learner_state(course_key, make_actor("ray")).requests == ()  # members do not see them


def test_a_request_to_another_group_or_already_answered_is_unknown(course_key, events, group_id):
    ask(course_key, events, "joe", group_id)
    request_id = waiting(course_key)[0].id
    api.create_group(course_key, make_actor("lena"), {**VALLETTA, "city": "Sliema"}, size_limit=12, publish=events)

    with pytest.raises(api_module.UnknownRequest):
        decide(course_key, events, request_id, True, user_id="lena")
    decide(course_key, events, request_id, False)
    with pytest.raises(api_module.UnknownRequest):
        decide(course_key, events, request_id, True)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda key, events, gid: ask(key, events, "joe", gid, "x" * 501), "message"),
        (lambda key, events, gid: ask(key, events, "joe", gid, ["not text"]), "message"),
        (lambda key, events, gid: ask(key, events, "joe", "seven"), "group_id"),
        (lambda key, events, gid: decide(key, events, "one", True), "request_id"),
        (lambda key, events, gid: decide(key, events, 1, "yes"), "accept"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(course_key, events, group_id, call, field):
    with pytest.raises(api_module.InvalidInput) as refused:
        call(course_key, events, group_id)

    assert refused.value.details == {"field": field}
    assert JoinRequest.objects.count() == 0


def test_an_unknown_admission_is_refused(course_key, events):
    with pytest.raises(api_module.InvalidInput) as refused:
        api.create_group(
            course_key, make_actor("lena"), {**VALLETTA, "admission": "vip"}, size_limit=12, publish=events
        )

    assert refused.value.details == {"field": "admission"}


def test_a_closing_group_lets_those_who_asked_ask_elsewhere(course_key, events, group_id):
    ask(course_key, events, "joe", group_id)

    api.leave_group(course_key, make_actor("maria"), publish=events)

    assert api.get_learner_state(course_key, make_actor("joe")).request is None
    other = api.create_group(
        course_key, make_actor("lena"), {**VALLETTA, "city": "Sliema"}, size_limit=12, publish=events
    )
    assert ask(course_key, events, "joe", other).request.state == "pending"


def test_retirement_deletes_the_learners_requests(course_key, events, group_id):
    ask(course_key, events, "joe", group_id, "My school is St Aloysius.")

    api.retire_learner("joe", publish=events)

    assert JoinRequest.objects.count() == 0
    assert waiting(course_key) == ()

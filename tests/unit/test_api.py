"""Every rule and permission of api.py, against the real models (SQLite)."""

import json
import re

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from opaque_keys.edx.keys import CourseKey

from studygroup_xblock import api as api_module
from studygroup_xblock.api import common as api_common
from studygroup_xblock.data import Actor, to_json
from studygroup_xblock.models import Learner, Membership, StudyGroup, Unit
from tests.conftest import Committed, make_actor, state_after

pytestmark = pytest.mark.django_db

api = Committed(api_module)

ZAGREB = {
    "school_name": "Osnovna škola Augusta Šenoe",
    "city": "Zagreb",
    "country": "HR",
    "language": "hr",
    "description": "We meet on Wednesdays.\nLibrary, room 2.",
    "is_open": True,
}


def create(course_key, events, user_id="ana", size_limit=12, **changes):
    return state_after(
        api.create_group, course_key, make_actor(user_id), {**ZAGREB, **changes}, size_limit=size_limit, publish=events
    )


def join(course_key, events, user_id, group_id):
    return state_after(api.join_group, course_key, make_actor(user_id), group_id, publish=events)


def raw_code(state):
    return api.normalise_join_code(state.group.join_code)


class TestCreate:
    def test_creator_becomes_coordinator_of_a_new_open_group(self, course_key, events):
        state = create(course_key, events)

        assert state.role == "coordinator"
        assert state.group.summary.school_name == "Osnovna škola Augusta Šenoe"
        assert state.group.summary.member_count == 1
        assert state.group.summary.size_limit == 12
        assert [member.username for member in state.group.members] == ["ana"]
        assert state.group.members[0].is_you
        assert events.names == ["edx.studygroup.group.created", "edx.studygroup.membership.joined"]

    def test_a_change_answers_only_what_it_made(self, course_key, events):
        """The block reads the learner state after a change; the api answers the new record's id, or nothing."""
        group_id = api.create_group(course_key, make_actor("ana"), ZAGREB, size_limit=12, publish=events)
        ana = api.get_learner_state(course_key, make_actor("ana"))

        assert group_id == ana.group.summary.id
        assert api.join_group(course_key, make_actor("ivan"), group_id, publish=events) == group_id
        assert api.join_group_by_code(course_key, make_actor("lena"), ana.group.join_code, publish=events) == group_id
        assert api.leave_group(course_key, make_actor("lena"), publish=events) is None
        assert api.dismiss_guide(course_key, make_actor("ana"), publish=events) is None

    def test_join_code_is_random_readable_and_unique(self, course_key, events):
        codes = {create(course_key, events, f"teacher_{n}", city=f"Town {n}").group.join_code for n in range(20)}

        assert len(codes) == 20
        for code in codes:
            assert len(code) == 9
            assert code[4] == "-"
            assert set(code.replace("-", "")) <= set(api.JOIN_CODE_ALPHABET)

    def test_text_is_trimmed_and_single_line_fields_are_folded(self, course_key, events):
        state = create(course_key, events, school_name="  Osnovna   škola\nŠenoe ", city=" Zagreb ")

        assert state.group.summary.school_name == "Osnovna škola Šenoe"
        assert state.group.summary.city == "Zagreb"
        assert state.group.description == "We meet on Wednesdays.\nLibrary, room 2."

    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"school_name": ""}, "school_name"),
            ({"school_name": "   "}, "school_name"),
            ({"school_name": "x" * 201}, "school_name"),
            ({"school_name": 42}, "school_name"),
            ({"school_name": ["a"]}, "school_name"),
            ({"school_name": "Bad\x00name"}, "school_name"),
            ({"school_name": "Lone \ud800 surrogate"}, "school_name"),
            ({"school_name": "Evil\u202eloohcs"}, "school_name"),
            ({"city": None}, "city"),
            ({"city": "x" * 101}, "city"),
            ({"country": "XX"}, "country"),
            ({"country": None}, "country"),
            ({"language": "klingon"}, "language"),
            ({"description": "x" * 1001}, "description"),
            ({"is_open": "yes"}, "is_open"),
        ],
    )
    def test_bad_fields_are_refused_and_nothing_is_written(self, course_key, events, changes, field):
        with pytest.raises(api.InvalidInput) as raised:
            create(course_key, events, **changes)

        assert raised.value.status == 400
        assert raised.value.details == {"field": field}
        assert not StudyGroup.objects.exists()
        assert not Learner.objects.exists()
        assert events == []

    def test_fields_must_be_an_object(self, course_key, events):
        with pytest.raises(api.InvalidInput):
            api.create_group(course_key, make_actor("ana"), ["school"], size_limit=12, publish=events)

    @pytest.mark.parametrize("size_limit", [1, 51])
    def test_size_limit_must_be_between_2_and_50(self, course_key, events, size_limit):
        with pytest.raises(api.InvalidInput):
            create(course_key, events, size_limit=size_limit)

    def test_a_learner_in_a_group_cannot_create_another(self, course_key, events):
        create(course_key, events)

        with pytest.raises(api.AlreadyInGroup) as raised:
            create(course_key, events, school_name="Another school")

        assert raised.value.status == 409
        assert StudyGroup.objects.count() == 1

    def test_same_school_and_city_suggests_the_existing_group(self, course_key, events):
        existing = create(course_key, events).group

        with pytest.raises(api.DuplicateSchool) as raised:
            create(course_key, events, "ivan", school_name="OSNOVNA SKOLA AUGUSTA SENOE.", city=" zagreb")

        assert raised.value.status == 409
        assert raised.value.details["group"].id == existing.summary.id
        assert StudyGroup.objects.count() == 1
        assert not Membership.objects.filter(learner__user_id="ivan").exists()

    def test_names_that_grow_when_folded_still_fit(self, course_key, events):
        state = create(course_key, events, school_name="\ufdfa" * 200, city="Straße " * 14)

        assert state.group.summary.school_name == "\ufdfa" * 200
        assert len(StudyGroup.objects.get().school_key) <= StudyGroup._meta.get_field("school_key").max_length

    def test_a_duplicate_can_be_created_on_purpose(self, course_key, events):
        create(course_key, events)

        state = state_after(
            api.create_group,
            course_key,
            make_actor("ivan"),
            ZAGREB,
            size_limit=12,
            publish=events,
            allow_duplicate=True,
        )

        assert state.role == "coordinator"
        assert StudyGroup.objects.count() == 2

    def test_groups_of_other_courses_are_not_duplicates(self, course_key, events):
        create(course_key, events)
        other_course = CourseKey.from_string("course-v1:Other+Course+2026")

        state = state_after(api.create_group, other_course, make_actor("ivan"), ZAGREB, size_limit=12, publish=events)

        assert state.group.summary.school_name == ZAGREB["school_name"]


class TestSearch:
    def test_finds_by_school_ignoring_case_and_accents(self, course_key, events):
        create(course_key, events)
        create(course_key, events, "lena", school_name="Heinrich-Heine-Gymnasium", city="Berlin", country="DE")

        found = api.search_groups(course_key, "skola senoe")

        assert [group.school_name for group in found.results] == ["Osnovna škola Augusta Šenoe"]
        assert found.total == 1

    def test_finds_by_city_and_by_country_name(self, course_key, events):
        create(course_key, events)
        create(course_key, events, "lena", school_name="Heinrich-Heine-Gymnasium", city="Berlin", country="DE")

        assert [group.city for group in api.search_groups(course_key, "berlin").results] == ["Berlin"]
        assert [group.country for group in api.search_groups(course_key, "croatia").results] == ["HR"]

    def test_words_may_mix_school_city_and_country(self, course_key, events):
        create(course_key, events)
        create(course_key, events, "lena", school_name="Osnovna škola Split", city="Split")

        assert [group.city for group in api.search_groups(course_key, "senoe croatia").results] == ["Zagreb"]
        assert api.search_groups(course_key, "senoe germany").total == 0

    def test_filters_by_country(self, course_key, events):
        create(course_key, events)
        create(course_key, events, "lena", school_name="Heinrich-Heine-Gymnasium", city="Berlin", country="DE")

        found = api.search_groups(course_key, country="de")

        assert [group.country for group in found.results] == ["DE"]

    def test_results_show_members_limit_and_admission(self, course_key, events):
        group_id = create(course_key, events, size_limit=2, is_open=False).group.summary.id
        api.join_group_by_code(
            course_key,
            make_actor("ivan"),
            raw_code(api.get_learner_state(course_key, make_actor("ana"))),
            publish=events,
        )

        (result,) = api.search_groups(course_key).results

        assert (result.id, result.member_count, result.size_limit) == (group_id, 2, 2)
        assert result.is_full
        assert not result.is_open

    def test_paginates_ten_a_page_in_school_order(self, course_key, events):
        for n in range(23):
            create(course_key, events, f"teacher_{n}", school_name=f"School {n:02d}")

        first, last = api.search_groups(course_key, page=1), api.search_groups(course_key, page="3")

        assert (first.total, first.num_pages) == (23, 3)
        assert [group.school_name for group in first.results] == [f"School {n:02d}" for n in range(10)]
        assert [group.school_name for group in last.results] == ["School 20", "School 21", "School 22"]
        assert api.search_groups(course_key, page=99).page == 3

    def test_archived_groups_and_other_courses_are_not_listed(self, course_key, events):
        create(course_key, events)
        api.leave_group(course_key, make_actor("ana"), publish=events)
        api.create_group(
            CourseKey.from_string("course-v1:Other+Course+2026"),
            make_actor("ivan"),
            ZAGREB,
            size_limit=5,
            publish=events,
        )

        assert api.search_groups(course_key).total == 0

    @pytest.mark.parametrize(
        ("arguments", "field"),
        [
            ({"query": "x" * 101}, "q"),
            ({"query": 7}, "q"),
            ({"page": 0}, "page"),
            ({"page": "two"}, "page"),
            ({"country": "ZZ"}, "country"),
        ],
    )
    def test_bad_search_input_is_refused(self, course_key, arguments, field):
        with pytest.raises(api.InvalidInput) as raised:
            api.search_groups(course_key, **arguments)

        assert raised.value.details == {"field": field}


class TestJoin:
    def test_join_an_open_group(self, course_key, events):
        group_id = create(course_key, events).group.summary.id
        events.clear()

        state = join(course_key, events, "ivan", group_id)

        assert state.role == "member"
        assert [member.username for member in state.group.members] == ["ana", "ivan"]
        assert [member.is_you for member in state.group.members] == [False, True]
        assert events == [
            (
                "edx.studygroup.membership.joined",
                {
                    "course_id": str(course_key),
                    "group_id": group_id,
                    "language": "hr",
                    "membership_id": state.group.members[1].membership_id,
                    "via": "search",
                },
            ),
        ]

    def test_a_code_only_group_needs_its_code(self, course_key, events):
        group_id = create(course_key, events, is_open=False).group.summary.id

        with pytest.raises(api.CodeRequired) as raised:
            join(course_key, events, "ivan", group_id)

        assert raised.value.status == 403
        assert Membership.objects.count() == 1

    def test_join_by_code_as_typed_by_a_person(self, course_key, events):
        code = create(course_key, events, is_open=False).group.join_code

        state = state_after(
            api.join_group_by_code, course_key, make_actor("ivan"), f"  {code.lower()} ", publish=events
        )

        assert state.role == "member"
        assert events.names[-1] == "edx.studygroup.membership.joined"
        assert events[-1][1]["via"] == "code"

    def test_an_unknown_code_is_refused(self, course_key, events):
        create(course_key, events)

        with pytest.raises(api.UnknownCode) as raised:
            api.join_group_by_code(course_key, make_actor("ivan"), "AAAA-AAAA", publish=events)

        assert raised.value.status == 400

    def test_a_code_from_another_course_does_not_work(self, course_key, events):
        other = CourseKey.from_string("course-v1:Other+Course+2026")
        code = state_after(
            api.create_group, other, make_actor("ana"), ZAGREB, size_limit=5, publish=events
        ).group.join_code

        with pytest.raises(api.UnknownCode):
            api.join_group_by_code(course_key, make_actor("ivan"), code, publish=events)

    def test_a_full_group_is_refused(self, course_key, events):
        group_id = create(course_key, events, size_limit=2).group.summary.id
        join(course_key, events, "ivan", group_id)

        with pytest.raises(api.GroupFull) as raised:
            join(course_key, events, "marko", group_id)

        assert raised.value.status == 409
        assert not Membership.objects.filter(learner__user_id="marko").exists()

    def test_one_group_per_learner_per_course(self, course_key, events):
        first = create(course_key, events).group.summary.id
        second = create(course_key, events, "lena", city="Split").group.summary.id
        join(course_key, events, "ivan", first)

        with pytest.raises(api.AlreadyInGroup):
            join(course_key, events, "ivan", second)

    def test_a_learner_may_be_in_groups_of_different_courses(self, course_key, events):
        create(course_key, events)
        other = CourseKey.from_string("course-v1:Other+Course+2026")

        api.create_group(other, make_actor("ana"), ZAGREB, size_limit=5, publish=events)

        assert Membership.objects.filter(learner__user_id="ana", active=True).count() == 2

    def test_an_archived_group_cannot_be_joined(self, course_key, events):
        state = create(course_key, events)
        api.leave_group(course_key, make_actor("ana"), publish=events)

        with pytest.raises(api.GroupArchived):
            api.join_group_by_code(course_key, make_actor("ivan"), state.group.join_code, publish=events)

    @pytest.mark.parametrize("group_id", [None, "abc", -1, 0, True, 10**9])
    def test_unknown_or_malformed_group_ids_are_refused(self, course_key, events, group_id):
        create(course_key, events)

        with pytest.raises((api.UnknownGroup, api.InvalidInput)) as raised:
            join(course_key, events, "ivan", group_id)

        assert raised.value.status == 400

    def test_names_are_refreshed_when_a_learner_acts(self, course_key, events):
        group_id = create(course_key, events).group.summary.id
        join(course_key, events, "ivan", group_id)
        api.leave_group(course_key, make_actor("ivan"), publish=events)

        state = state_after(
            api.join_group, course_key, make_actor("ivan", "Ivan Horvat-Novak"), group_id, publish=events
        )

        assert [member.full_name for member in state.group.members if member.is_you] == ["Ivan Horvat-Novak"]


class TestLeave:
    def test_leaving_keeps_dated_history(self, course_key, events):
        group_id = create(course_key, events).group.summary.id
        join(course_key, events, "ivan", group_id)

        state = state_after(api.leave_group, course_key, make_actor("ivan"), publish=events)

        assert state.group is None
        membership = Membership.objects.get(learner__user_id="ivan")
        assert membership.active is None
        assert membership.left >= membership.joined
        assert events.names[-1] == "edx.studygroup.membership.left"

    def test_a_learner_can_come_back_later(self, course_key, events):
        group_id = create(course_key, events).group.summary.id
        join(course_key, events, "ivan", group_id)
        api.leave_group(course_key, make_actor("ivan"), publish=events)

        join(course_key, events, "ivan", group_id)

        assert Membership.objects.filter(learner__user_id="ivan").count() == 2

    def test_the_last_coordinator_must_hand_over_first(self, course_key, events):
        group_id = create(course_key, events).group.summary.id
        join(course_key, events, "ivan", group_id)

        with pytest.raises(api.LastCoordinator) as raised:
            api.leave_group(course_key, make_actor("ana"), publish=events)

        assert raised.value.status == 409
        assert api.get_learner_state(course_key, make_actor("ana")).role == "coordinator"

    def test_the_last_member_leaving_archives_the_group(self, course_key, events):
        create(course_key, events)

        api.leave_group(course_key, make_actor("ana"), publish=events)

        assert StudyGroup.objects.get().archived is not None
        assert events.names[-2:] == ["edx.studygroup.membership.left", "edx.studygroup.group.archived"]
        assert api.count_groups(course_key) == 0

    def test_leaving_without_a_group_is_a_conflict(self, course_key, events):
        with pytest.raises(api.NotInGroup) as raised:
            api.leave_group(course_key, make_actor("ivan"), publish=events)

        assert raised.value.status == 409


class TestCoordinate:
    @pytest.fixture
    def group(self, course_key, events):
        state = create(course_key, events)
        join(course_key, events, "ivan", state.group.summary.id)
        join(course_key, events, "marko", state.group.summary.id)
        events.clear()
        return api.get_learner_state(course_key, make_actor("ana")).group

    def membership_of(self, group, username):
        return next(member.membership_id for member in group.members if member.username == username)

    @pytest.mark.parametrize(
        "action",
        [
            lambda key, actor, group, publish: api.update_group(key, actor, ZAGREB, publish=publish),
            lambda key, actor, group, publish: api.rotate_join_code(key, actor, publish=publish),
            lambda key, actor, group, publish: api.remove_member(
                key, actor, group.members[0].membership_id, publish=publish
            ),
            lambda key, actor, group, publish: api.set_member_role(
                key, actor, group.members[0].membership_id, "member", publish=publish
            ),
            lambda key, actor, group, publish: api.hand_over_coordination(
                key, actor, group.members[0].membership_id, publish=publish
            ),
        ],
    )
    def test_members_cannot_coordinate(self, course_key, events, group, action):
        with pytest.raises(api.NotAllowed) as raised:
            action(course_key, make_actor("ivan"), group, events)

        assert raised.value.status == 403
        assert events == []
        assert api.get_learner_state(course_key, make_actor("ana")).role == "coordinator"

    def test_learners_outside_the_group_cannot_coordinate_it(self, course_key, events, group):
        with pytest.raises(api.NotInGroup):
            api.rotate_join_code(course_key, make_actor("stranger"), publish=events)

    def test_edit_the_groups_details(self, course_key, events, group):
        changed = {**ZAGREB, "school_name": "OŠ Augusta Šenoe", "is_open": False, "description": ""}

        state = state_after(api.update_group, course_key, make_actor("ana"), changed, publish=events)

        assert state.group.summary.school_name == "OŠ Augusta Šenoe"
        assert not state.group.summary.is_open
        assert StudyGroup.objects.get().school_key == "os augusta senoe|zagreb"
        assert events.names == ["edx.studygroup.group.edited"]

    def test_edits_are_validated(self, course_key, events, group):
        with pytest.raises(api.InvalidInput):
            api.update_group(course_key, make_actor("ana"), {**ZAGREB, "country": "XX"}, publish=events)

        assert StudyGroup.objects.get().country == "HR"

    def test_rotating_the_code_retires_the_old_one(self, course_key, events, group):
        old_code = group.join_code

        api.rotate_join_code(course_key, make_actor("ana"), publish=events)

        new_code = api.get_learner_state(course_key, make_actor("ana")).group.join_code
        assert new_code != old_code
        with pytest.raises(api.UnknownCode):
            api.join_group_by_code(course_key, make_actor("lena"), old_code, publish=events)
        api.join_group_by_code(course_key, make_actor("lena"), new_code, publish=events)

    def test_remove_a_member_keeps_their_history(self, course_key, events, group):
        state = state_after(
            api.remove_member, course_key, make_actor("ana"), self.membership_of(group, "ivan"), publish=events
        )

        assert [member.username for member in state.group.members] == ["ana", "marko"]
        removed = Membership.objects.get(learner__user_id="ivan")
        assert removed.active is None
        assert removed.removed_by.user_id == "ana"
        assert api.get_learner_state(course_key, make_actor("ivan")).group is None
        assert events.names == ["edx.studygroup.membership.removed"]

    def test_a_coordinator_cannot_remove_themselves(self, course_key, events, group):
        with pytest.raises(api.UnknownMember):
            api.remove_member(course_key, make_actor("ana"), self.membership_of(group, "ana"), publish=events)

    def test_members_of_other_groups_are_unknown(self, course_key, events, group):
        other = create(course_key, events, "lena", city="Split").group

        with pytest.raises(api.UnknownMember) as raised:
            api.remove_member(course_key, make_actor("ana"), other.members[0].membership_id, publish=events)

        assert raised.value.status == 400
        assert Membership.objects.filter(learner__user_id="lena", active=True).exists()

    def test_add_a_co_coordinator_who_can_then_coordinate(self, course_key, events, group):
        api.set_member_role(
            course_key, make_actor("ana"), self.membership_of(group, "ivan"), "coordinator", publish=events
        )

        state = state_after(api.rotate_join_code, course_key, make_actor("ivan"), publish=events)

        assert {member.username for member in state.group.members if member.role == "coordinator"} == {"ana", "ivan"}
        assert events.names == ["edx.studygroup.membership.role_changed", "edx.studygroup.group.code_rotated"]

    def test_the_last_coordinator_cannot_step_down(self, course_key, events, group):
        with pytest.raises(api.LastCoordinator):
            api.set_member_role(
                course_key, make_actor("ana"), self.membership_of(group, "ana"), "member", publish=events
            )

    def test_roles_are_coordinator_or_member(self, course_key, events, group):
        with pytest.raises(api.InvalidInput):
            api.set_member_role(
                course_key, make_actor("ana"), self.membership_of(group, "ivan"), "admin", publish=events
            )

    def test_hand_over_swaps_roles_so_the_old_coordinator_can_leave(self, course_key, events, group):
        state = state_after(
            api.hand_over_coordination, course_key, make_actor("ana"), self.membership_of(group, "ivan"), publish=events
        )

        assert state.role == "member"
        assert api.get_learner_state(course_key, make_actor("ivan")).role == "coordinator"
        api.leave_group(course_key, make_actor("ana"), publish=events)
        assert events.names[:2] == ["edx.studygroup.membership.role_changed"] * 2


class TestPrivacy:
    def test_colleagues_see_names_and_roles_but_no_email_or_platform_user_ids(self, course_key, events):
        state = create(course_key, events)

        member = to_json(state)["group"]["members"][0]

        assert set(member) == {
            "membership_id",
            "learner_id",
            "username",
            "full_name",
            "display_name",
            "role",
            "joined",
            "is_you",
            "school",
        }
        assert member["school"] == {"school_name": ZAGREB["school_name"], "city": "Zagreb", "country": "HR"}
        assert "@" not in json.dumps(to_json(state))

    def test_events_carry_ids_not_personal_text(self, course_key, events):
        state = create(course_key, events)
        join(course_key, events, "ivan", state.group.summary.id)

        for _name, payload in events:
            assert set(payload) <= {"course_id", "group_id", "language", "membership_id", "via", "role"}

    def test_retirement_scrubs_the_name_but_keeps_history(self, course_key, events):
        group_id = create(course_key, events).group.summary.id
        join(course_key, events, "ivan", group_id)
        Learner.objects.filter(user_id="ivan").update(language="hr", time_zone="Europe/Zagreb", chosen_language="hr")

        api.retire_learner("ivan", publish=events)

        learner = Learner.objects.get(user_id="ivan")
        assert learner.username.startswith("retired_")
        assert (learner.full_name, learner.language, learner.time_zone, learner.chosen_language) == ("", "", "", "")
        membership = Membership.objects.get(learner=learner)
        assert membership.active is None
        assert membership.left is not None
        assert [member.username for member in api.get_learner_state(course_key, make_actor("ana")).group.members] == [
            "ana"
        ]

    def test_a_retired_sole_coordinator_passes_the_group_to_the_longest_member(self, course_key, events):
        group_id = create(course_key, events).group.summary.id
        join(course_key, events, "ivan", group_id)
        join(course_key, events, "marko", group_id)

        api.retire_learner("ana", publish=events)

        assert api.get_learner_state(course_key, make_actor("ivan")).role == "coordinator"
        assert api.get_learner_state(course_key, make_actor("marko")).role == "member"

    def test_a_retired_learner_alone_in_a_group_archives_it(self, course_key, events):
        create(course_key, events)

        api.retire_learner("ana", publish=events)

        assert StudyGroup.objects.get().archived is not None


class TestQueryCounts:
    """What a page costs must not grow with the size of a group or of the course."""

    @staticmethod
    def queries_for(call):
        with CaptureQueriesContext(connection) as captured:
            call()
        return len(captured)

    def test_a_learners_state_costs_the_same_for_3_or_12_members(self, course_key, events):
        counts = []
        for size, city in ((3, "Split"), (12, "Zadar")):
            state = create(course_key, events, f"coordinator_{size}", city=city)
            for n in range(size - 1):
                join(course_key, events, f"member_{size}_{n}", state.group.summary.id)
            counts.append(
                self.queries_for(lambda c=size: api.get_learner_state(course_key, make_actor(f"coordinator_{c}")))
            )

        assert counts[0] == counts[1] <= 10

    def test_a_search_page_costs_the_same_for_5_or_60_groups(self, course_key, events):
        counts = []
        for total in (5, 60):
            StudyGroup.objects.all().delete()
            for n in range(total):
                create(course_key, events, f"teacher_{total}_{n}", school_name=f"School {n}", city=f"Town {total}")
            counts.append(self.queries_for(lambda: api.search_groups(course_key, "school")))

        assert counts[0] == counts[1] <= 2


def refusals(base=api.StudyGroupError):
    for refusal in base.__subclasses__():
        yield refusal
        yield from refusals(refusal)


def test_every_refusal_has_its_own_code_and_the_readme_lists_them_all():
    """Bases (NotAllowed, Conflict) are never raised; the 503s share one code and differ by "saved"."""
    from pathlib import Path

    from studygroup_xblock.handlers import BARRIER_MESSAGES

    raised = [r for r in refusals() if r not in (api.NotAllowed, api.Conflict) and not issubclass(r, api.Unavailable)]
    codes = [refusal.code for refusal in raised]
    readme = Path(__file__).resolve().parents[2].joinpath("README.md").read_text()
    listed = set(re.findall(r"^\| (`.+?`) \| \d{3} \|", readme, re.MULTILINE))
    listed = {code for cell in listed for code in re.findall(r"`(\w+)`", cell)}

    assert len(codes) == len(set(codes))
    handler_codes = {"method_not_allowed", "too_large", "bad_json", *BARRIER_MESSAGES}
    assert listed == {*codes, *handler_codes, "unavailable"}


def test_every_refusal_is_public_under_its_own_name():
    """Made from its code, a refusal's class must still be found (as pickle and logs do) and caught by its name."""
    from django.utils.module_loading import import_string

    for refusal in refusals():
        assert import_string(f"{refusal.__module__}.{refusal.__qualname__}") is refusal
        assert refusal.__name__ in api_module.__all__


def test_every_public_function_of_the_api_is_typed_for_mypy_to_check():
    import inspect

    functions = [
        getattr(api_module, name) for name in api_module.__all__ if inspect.isfunction(getattr(api_module, name))
    ]
    untyped = [
        function.__name__
        for function in functions
        if inspect.signature(function).return_annotation is inspect.Signature.empty
        or any(
            parameter.annotation is inspect.Parameter.empty
            for parameter in inspect.signature(function).parameters.values()
        )
    ]

    assert len(functions) > 40
    assert untyped == []


def test_every_public_function_taking_an_actor_says_whether_it_changes_something():
    """``change`` refuses an onlooker (staff viewing as a learner); ``read`` lets the database refuse any write it
    tries for one. A function publishing events changes something."""
    import inspect

    functions = [getattr(api_module, name) for name in api_module.__all__]
    with_actor = [f for f in functions if inspect.isfunction(f) and "actor" in inspect.signature(f).parameters]
    access = {f.__name__: getattr(f, "access", None) for f in with_actor}
    publishing = {f.__name__ for f in with_actor if "publish" in inspect.signature(f).parameters}

    assert len(with_actor) > 35
    assert {name: kind for name, kind in access.items() if kind not in ("change", "read")} == {}
    assert {name for name in publishing if access[name] != "change"} == set()


ONLOOKER = Actor(user_id="ana", username="ana", full_name="Ana Kovač", read_only=True)


class TestOnlookers:
    """Staff viewing the course as a learner (``Actor.read_only``) see what the learner sees and change nothing."""

    def test_a_change_is_refused_before_anything_is_read_or_written(self, db, course_key, events):
        with CaptureQueriesContext(connection) as queries, pytest.raises(api.ReadOnly):
            api.create_group(course_key, ONLOOKER, {}, size_limit=12, publish=events)

        assert (queries.captured_queries, events) == ([], [])

    @pytest.mark.parametrize("actor", [ONLOOKER, make_actor("ivan")], ids=["onlooker", "learner"])
    def test_a_read_cannot_write_whoever_asks(self, db, course_key, actor):
        @api_common.read
        def records_a_visit(course_key, actor):
            Learner.objects.create(user_id=actor.user_id, username=actor.username)

        with pytest.raises(api.ReadOnly), transaction.atomic():
            records_a_visit(course_key, actor)

        assert not Learner.objects.exists()

    def test_a_unit_is_only_looked_up_for_an_onlooker(self, db, course_key):
        unknown = api.find_unit(course_key, ONLOOKER, "unit-1")
        known = api.register_unit(course_key, make_actor("ana"), "unit-1", "Unit 1")
        with pytest.raises(api.ReadOnly):
            api.register_unit(course_key, ONLOOKER, "unit-1", "Unit 1, renamed")

        assert (unknown, api.find_unit(course_key, ONLOOKER, "unit-1")) == (None, known)
        assert Unit.objects.get().title == "Unit 1"
        empty = api.unit_adaptations(course_key, ONLOOKER, unknown, is_staff=False, sharing_on=True)
        assert (empty.group, empty.gallery.adaptations, empty.gallery.total) == ((), (), 0)

"""Adaptations (who sees what, editing, moderation, useful marks) and the progress board (api.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from studygroup_xblock import api as api_module
from studygroup_xblock.models import Adaptation, AdaptationRevision, CheckIn, Moderation, UsefulMark
from tests.conftest import Committed, make_actor, state_after

pytestmark = pytest.mark.django_db

api = Committed(api_module)

ADAPTATION = {
    "title": "Exit tickets in maths",
    "body": "We used exit tickets\nin years 5 and 6.",
    "subject": "Mathematics",
    "isced_level": 1,
    "language": "hr",
    "link": "",
    "course_wide": True,
}


@pytest.fixture
def schools(course_key, events):
    """Zagreb (Ana, Ivan) and Berlin (Lena, Jonas); the course's first unit. Returns the unit id."""
    for coordinator, member, city, country in (("ana", "ivan", "Zagreb", "HR"), ("lena", "jonas", "Berlin", "DE")):
        fields = {"school_name": f"School {city}", "city": city, "country": country, "language": "en", "is_open": True}
        group_id = api.create_group(course_key, make_actor(coordinator), fields, size_limit=12, publish=events)
        api.join_group(course_key, make_actor(member), group_id, publish=events)
    events.clear()
    return api.register_unit(course_key, make_actor("ana"), "unit-1", "Unit 1")


def share(course_key, events, who, unit, sharing_on=True, **changes):
    api.share_adaptation(
        course_key, make_actor(who), unit, {**ADAPTATION, **changes}, sharing_on=sharing_on, publish=events
    )
    return Adaptation.objects.latest("pk").pk


def seen_by(course_key, who, unit, is_staff=False, sharing_on=True, **query):
    view = api.unit_adaptations(course_key, make_actor(who), unit, is_staff=is_staff, sharing_on=sharing_on, **query)
    group = [adaptation.title for adaptation in view.group]
    gallery = None if view.gallery is None else [adaptation.title for adaptation in view.gallery.adaptations]
    return group, gallery


class TestVisibility:
    def test_course_wide_posts_reach_other_schools_gallery(self, course_key, events, schools):
        share(course_key, events, "ivan", schools, title="Zagreb's")

        assert seen_by(course_key, "ana", schools) == (["Zagreb's"], [])
        assert seen_by(course_key, "jonas", schools) == ([], ["Zagreb's"])
        assert seen_by(course_key, "newcomer", schools) == ([], ["Zagreb's"])
        assert events.names == ["edx.studygroup.adaptation.shared"]

    def test_other_schools_see_the_author_by_username_only(self, course_key, events, schools):
        share(course_key, events, "ivan", schools)

        colleague = api.unit_adaptations(course_key, make_actor("ana"), schools, is_staff=False, sharing_on=True)
        stranger = api.unit_adaptations(course_key, make_actor("jonas"), schools, is_staff=False, sharing_on=True)

        assert colleague.group[0].author.full_name == "Ivan"
        assert stranger.gallery.adaptations[0].author.full_name == ""
        assert stranger.gallery.adaptations[0].author.username == "ivan"

    def test_group_only_posts_never_reach_other_groups(self, course_key, events, schools):
        share(course_key, events, "ivan", schools, title="Ours", course_wide=False)

        assert seen_by(course_key, "ana", schools) == (["Ours"], [])
        assert seen_by(course_key, "jonas", schools) == ([], [])
        assert seen_by(course_key, "newcomer", schools) == ([], [])

    def test_without_course_wide_sharing_there_is_no_gallery_and_no_course_wide_post(self, course_key, events, schools):
        share(course_key, events, "ivan", schools, title="Shared before the switch")

        with pytest.raises(api.InvalidInput) as raised:
            share(course_key, events, "lena", schools, sharing_on=False)

        assert raised.value.details == {"field": "course_wide"}
        assert seen_by(course_key, "jonas", schools, sharing_on=False) == ([], None)

    def test_hidden_posts_reach_only_staff_and_their_author_who_sees_why(self, course_key, events, schools):
        adaptation_id = share(course_key, events, "ivan", schools, title="Off topic")

        api.hide_adaptation(
            course_key, make_actor("staff"), adaptation_id, "Advertising", is_staff=True, publish=events
        )

        assert seen_by(course_key, "jonas", schools) == ([], [])
        assert seen_by(course_key, "ana", schools) == ([], [])
        assert seen_by(course_key, "staff", schools, is_staff=True) == ([], ["Off topic"])
        author_view = api.unit_adaptations(course_key, make_actor("ivan"), schools, is_staff=False, sharing_on=True)
        assert author_view.group[0].hidden.reason == "Advertising"
        learner_view = api.unit_adaptations(course_key, make_actor("jonas"), schools, is_staff=True, sharing_on=True)
        assert learner_view.gallery.adaptations[0].hidden.reason == "Advertising"
        assert events.names[-1] == "edx.studygroup.adaptation.hidden"

    def test_unhiding_shows_it_again_and_the_log_keeps_both_decisions(self, course_key, events, schools):
        adaptation_id = share(course_key, events, "ivan", schools, title="Fine after all")
        api.hide_adaptation(course_key, make_actor("staff"), adaptation_id, "Check", is_staff=True, publish=events)

        api.unhide_adaptation(course_key, make_actor("staff"), adaptation_id, is_staff=True, publish=events)

        assert seen_by(course_key, "jonas", schools) == ([], ["Fine after all"])
        log = list(Moderation.objects.order_by("at", "pk").values_list("hidden", "reason", "moderator__user_id"))
        assert log == [(True, "Check", "staff"), (False, "", "staff")]
        assert events.names[-1] == "edx.studygroup.adaptation.unhidden"

    def test_only_staff_moderate(self, course_key, events, schools):
        adaptation_id = share(course_key, events, "ivan", schools)

        with pytest.raises(api.NotAllowed):
            api.hide_adaptation(
                course_key, make_actor("jonas"), adaptation_id, "Mine is better", is_staff=False, publish=events
            )

        assert Adaptation.objects.get().hidden is None

    def test_a_unit_shows_only_its_own_adaptations(self, course_key, events, schools):
        other_unit = api.register_unit(course_key, make_actor("ana"), "unit-2", "Unit 2")
        share(course_key, events, "ivan", other_unit, title="Unit 2's")

        assert seen_by(course_key, "jonas", schools) == ([], [])
        assert seen_by(course_key, "jonas", other_unit) == ([], ["Unit 2's"])


class TestGallery:
    def test_filters_by_level_subject_and_language(self, course_key, events, schools):
        share(course_key, events, "ivan", schools, title="Maths primary", isced_level=1, subject="Mathematics")
        share(
            course_key, events, "ana", schools, title="Science lower", isced_level=2, subject="Science", language="de"
        )

        assert seen_by(course_key, "jonas", schools, isced="2")[1] == ["Science lower"]
        assert seen_by(course_key, "jonas", schools, subject="math")[1] == ["Maths primary"]
        assert seen_by(course_key, "jonas", schools, language="de")[1] == ["Science lower"]
        assert seen_by(course_key, "jonas", schools)[1] == ["Science lower", "Maths primary"]

    def test_sorts_by_most_useful(self, course_key, events, schools):
        first = share(course_key, events, "ivan", schools, title="Older, useful")
        share(course_key, events, "ana", schools, title="Newer")
        api.mark_useful(course_key, make_actor("jonas"), first, True, publish=events)

        assert seen_by(course_key, "lena", schools, sort="useful")[1] == ["Older, useful", "Newer"]
        assert seen_by(course_key, "lena", schools, sort="newest")[1] == ["Newer", "Older, useful"]

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ({"isced": "4"}, "isced"),
            ({"sort": "random"}, "sort"),
            ({"language": "xx"}, "language"),
            ({"page": "x"}, "page"),
            ({"subject": "s" * 101}, "subject"),
        ],
    )
    def test_bad_filters_are_refused(self, course_key, events, schools, query, field):
        with pytest.raises(api.InvalidInput) as raised:
            seen_by(course_key, "jonas", schools, **query)

        assert raised.value.details == {"field": field}

    def test_five_a_page(self, course_key, events, schools):
        for n in range(7):
            share(course_key, events, "ivan", schools, title=f"Idea {n}")

        second = api.unit_adaptations(
            course_key, make_actor("jonas"), schools, is_staff=False, sharing_on=True, page=2
        ).gallery

        assert (second.total, second.num_pages, [a.title for a in second.adaptations]) == (7, 2, ["Idea 1", "Idea 0"])

    def test_a_page_costs_the_same_for_one_or_five_adaptations(self, course_key, events, schools):
        counts = []
        for total in (1, 5):
            Adaptation.objects.all().delete()
            for n in range(total):
                adaptation_id = share(course_key, events, "ivan", schools, title=f"Idea {n}")
                api.mark_useful(course_key, make_actor("jonas"), adaptation_id, True, publish=events)
            with CaptureQueriesContext(connection) as captured:
                seen_by(course_key, "lena", schools)
            counts.append(len(captured))

        assert counts[0] == counts[1]


class TestUseful:
    def test_mark_once_and_undo(self, course_key, events, schools):
        adaptation_id = share(course_key, events, "ivan", schools)

        api.mark_useful(course_key, make_actor("jonas"), adaptation_id, True, publish=events)
        api.mark_useful(course_key, make_actor("jonas"), adaptation_id, True, publish=events)
        marked = api.unit_adaptations(course_key, make_actor("jonas"), schools, is_staff=False, sharing_on=True)
        api.mark_useful(course_key, make_actor("jonas"), adaptation_id, False, publish=events)

        assert marked.gallery.adaptations[0].useful_count == 1
        assert marked.gallery.adaptations[0].marked_useful
        assert UsefulMark.objects.count() == 0
        assert events.names[-2:] == [
            "edx.studygroup.adaptation.marked_useful",
            "edx.studygroup.adaptation.unmarked_useful",
        ]
        assert events.names.count("edx.studygroup.adaptation.marked_useful") == 1

    def test_not_ones_own_groups_nor_hidden_nor_group_only(self, course_key, events, schools):
        own = share(course_key, events, "ivan", schools)
        group_only = share(course_key, events, "lena", schools, course_wide=False)
        hidden = share(course_key, events, "lena", schools)
        api.hide_adaptation(course_key, make_actor("staff"), hidden, "Spam", is_staff=True, publish=events)

        with pytest.raises(api.NotAllowed):
            api.mark_useful(course_key, make_actor("ana"), own, True, publish=events)
        for adaptation_id in (group_only, hidden):
            with pytest.raises(api.UnknownAdaptation):
                api.mark_useful(course_key, make_actor("ana"), adaptation_id, True, publish=events)

        assert UsefulMark.objects.count() == 0


class TestEditing:
    def test_the_author_edits_and_the_old_version_is_kept(self, course_key, events, schools):
        adaptation_id = share(course_key, events, "ivan", schools)

        api.edit_adaptation(
            course_key,
            make_actor("ivan"),
            schools,
            adaptation_id,
            {**ADAPTATION, "title": "Better title"},
            sharing_on=True,
            publish=events,
        )

        view = api.unit_adaptations(course_key, make_actor("ivan"), schools, is_staff=False, sharing_on=True)
        assert view.group[0].title == "Better title"
        assert view.group[0].last_edit.by.username == "ivan"
        assert AdaptationRevision.objects.get().previous["title"] == "Exit tickets in maths"
        assert events.names[-1] == "edx.studygroup.adaptation.edited"

    @pytest.mark.parametrize("who", ["ana", "jonas"])
    def test_nobody_else_edits_or_deletes(self, course_key, events, schools, who):
        adaptation_id = share(course_key, events, "ivan", schools)

        with pytest.raises(api.NotAllowed):
            api.edit_adaptation(
                course_key, make_actor(who), schools, adaptation_id, ADAPTATION, sharing_on=True, publish=events
            )
        with pytest.raises(api.NotAllowed):
            api.delete_adaptation(course_key, make_actor(who), adaptation_id, publish=events)

        assert not AdaptationRevision.objects.exists()
        assert Adaptation.objects.get().deleted is None

    def test_an_adaptation_is_edited_only_from_its_own_unit(self, course_key, events, schools):
        adaptation_id = share(course_key, events, "ivan", schools, course_wide=False)
        other_unit = api.register_unit(course_key, make_actor("ana"), "unit-2", "Unit 2")

        with pytest.raises(api.UnknownAdaptation):
            api.edit_adaptation(
                course_key, make_actor("ivan"), other_unit, adaptation_id, ADAPTATION, sharing_on=True, publish=events
            )

        assert Adaptation.objects.get().course_wide is False

    def test_authors_who_left_may_withdraw_but_not_edit_or_mark_their_own(self, course_key, events, schools):
        adaptation_id = share(course_key, events, "ivan", schools)
        api.leave_group(course_key, make_actor("ivan"), publish=events)

        with pytest.raises(api.NotAllowed):
            api.edit_adaptation(
                course_key, make_actor("ivan"), schools, adaptation_id, ADAPTATION, sharing_on=True, publish=events
            )
        with pytest.raises(api.NotAllowed):
            api.mark_useful(course_key, make_actor("ivan"), adaptation_id, True, publish=events)
        api.delete_adaptation(course_key, make_actor("ivan"), adaptation_id, publish=events)

        assert Adaptation.objects.get().deleted is not None
        assert not UsefulMark.objects.exists()

    def test_delete_is_soft(self, course_key, events, schools):
        adaptation_id = share(course_key, events, "ivan", schools)

        api.delete_adaptation(course_key, make_actor("ivan"), adaptation_id, publish=events)

        assert seen_by(course_key, "ivan", schools) == ([], [])
        assert Adaptation.objects.get().deleted is not None
        assert events.names[-1] == "edx.studygroup.adaptation.deleted"

    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"title": ""}, "title"),
            ({"body": "x" * 5001}, "body"),
            ({"subject": None}, "subject"),
            ({"isced_level": 4}, "isced_level"),
            ({"isced_level": "primary"}, "isced_level"),
            ({"language": "xx"}, "language"),
            ({"link": "javascript:alert(1)"}, "link"),
            ({"course_wide": "yes"}, "course_wide"),
        ],
    )
    def test_bad_adaptations_are_refused(self, course_key, events, schools, changes, field):
        with pytest.raises(api.InvalidInput) as raised:
            share(course_key, events, "ivan", schools, **changes)

        assert raised.value.details == {"field": field}
        assert not Adaptation.objects.exists()

    def test_only_members_share(self, course_key, events, schools):
        with pytest.raises(api.NotInGroup):
            share(course_key, events, "newcomer", schools)

    def test_units_of_other_courses_are_refused(self, course_key, events, schools):
        from opaque_keys.edx.keys import CourseKey

        other = api.register_unit(
            CourseKey.from_string("course-v1:Other+Course+2026"), make_actor("ana"), "elsewhere", "Elsewhere"
        )

        with pytest.raises(api.InvalidInput):
            share(course_key, events, "ivan", other)


class TestProgress:
    def test_check_ins_fill_the_board_in_course_order(self, course_key, events, schools):
        second = api.register_unit(course_key, make_actor("ana"), "unit-2", "Unit 2", position="0001.0002")
        first = api.register_unit(course_key, make_actor("ana"), "unit-0", "Unit 0", position="0001.0001")

        api.check_in(course_key, make_actor("ivan"), second, True, publish=events)
        state = state_after(api.check_in, course_key, make_actor("ana"), first, True, publish=events)

        board = state.progress
        assert [unit.title for unit in board.units] == ["Unit 0", "Unit 2", "Unit 1"]
        assert {row.person.username: row.checked_in for row in board.rows} == {"ana": (first,), "ivan": (second,)}
        assert state.checked_in == (first,)
        assert events.names == ["edx.studygroup.unit.checked_in"] * 2

    def test_check_in_undo_and_learners_without_a_group(self, course_key, events, schools):
        api.check_in(course_key, make_actor("newcomer"), schools, True, publish=events)
        api.check_in(course_key, make_actor("newcomer"), schools, True, publish=events)
        assert CheckIn.objects.count() == 1

        state = state_after(api.check_in, course_key, make_actor("newcomer"), schools, False, publish=events)

        assert state.checked_in == ()
        assert events.names == ["edx.studygroup.unit.checked_in", "edx.studygroup.unit.check_in_withdrawn"]

    def test_colleagues_in_other_groups_are_not_on_the_board(self, course_key, events, schools):
        api.check_in(course_key, make_actor("jonas"), schools, True, publish=events)

        board = api.get_learner_state(course_key, make_actor("ana")).progress

        assert {row.person.username for row in board.rows} == {"ana", "ivan"}
        assert all(row.checked_in == () for row in board.rows)

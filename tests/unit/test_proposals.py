"""Finding a meeting time together: proposing, answering, picking, withdrawing (api/proposals.py, SQLite)."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from studygroup_xblock import api as api_module
from studygroup_xblock.data import Actor, MailSetting
from studygroup_xblock.models import Mail, Meeting, ProposedTime, TimeAnswer, TimeProposal
from tests.conftest import Committed, make_actor

pytestmark = pytest.mark.django_db

api = Committed(api_module)

SCHOOL = {"school_name": "OŠ Šenoa", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}
LINKS = MailSetting(remind_hours=24, unit_url="https://lms.example/unit", stop_url="https://lms.example/stop?x=1")


def speaker(name, language="en", time_zone=""):
    return Actor(user_id=name, username=name, full_name=name.title(), language=language, time_zone=time_zone)


def at(delta, zone="UTC", **changes):
    moment = (timezone.now() + delta).astimezone(ZoneInfo(zone))
    return {"date": f"{moment:%Y-%m-%d}", "time": f"{moment:%H:%M}", "duration_minutes": 60, "mode": "in_person"} | (
        changes
    )


def proposal(*deltas, zone="UTC", answer_by="", **changes):
    return {"times": [at(delta, zone, **changes) for delta in deltas], "time_zone": zone, "answer_by": answer_by}


THREE = proposal(timedelta(days=7), timedelta(days=8), timedelta(days=9))


@pytest.fixture
def group(course_key, events):
    """Ana coordinates; Ivan (German, Berlin) and Marko (Croatian) are members."""
    group_id = api.create_group(course_key, speaker("ana"), SCHOOL, size_limit=12, publish=events)
    api.join_group(course_key, speaker("ivan", "de", "Europe/Berlin"), group_id, publish=events)
    api.join_group(course_key, speaker("marko", "hr"), group_id, publish=events)
    events.clear()
    return group_id


def propose(course_key, events, who="ivan", fields=THREE):
    return api.propose_times(course_key, make_actor(who), fields, publish=events, mail_setting=LINKS)


def seen_by(course_key, who):
    return api.get_learner_state(course_key, make_actor(who)).proposal


def time_ids(course_key):
    return [time.id for time in seen_by(course_key, "ana").times]


def answer(course_key, events, who, *answers):
    chosen = dict(zip(time_ids(course_key), answers, strict=False))
    api.answer_times(course_key, make_actor(who), TimeProposal.objects.get(open=True).pk, chosen, publish=events)


class TestPropose:
    def test_a_member_proposes_and_every_member_sees_the_times_in_order(self, course_key, events, group):
        later_first = proposal(timedelta(days=9), timedelta(days=7), timedelta(days=8))

        proposal_id = propose(course_key, events, fields=later_first)

        seen = seen_by(course_key, "marko")
        assert seen.id == proposal_id
        assert seen.proposed_by.username == "ivan"
        assert [time.start for time in seen.times] == sorted(time.start for time in seen.times)
        assert {person.username for person in seen.waiting_for} == {"ana", "ivan", "marko"}
        assert not seen.can_pick
        assert seen_by(course_key, "ivan").can_pick
        assert seen_by(course_key, "ana").can_pick
        assert events.names == ["edx.studygroup.proposal.opened"]
        assert events[0][1]["times"] == 3

    def test_the_others_are_told_by_email_in_their_language_and_zone(self, course_key, events, group, mailoutbox):
        propose(course_key, events, who="ana")

        assert sorted(message.to[0].split("@")[0] for message in mailoutbox) == ["ivan", "marko"]
        german = next(message for message in mailoutbox if message.to[0].startswith("ivan"))
        assert "Europe/Berlin" in german.body
        assert german.alternatives
        assert not german.attachments
        assert "https://lms.example/unit" in german.body

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            (proposal(timedelta(days=7)), "times"),
            (proposal(*[timedelta(days=day) for day in range(1, 8)]), "times"),
            (proposal(timedelta(days=7), timedelta(days=7)), "times"),
            (proposal(timedelta(days=7), timedelta(hours=-2)), "date"),
            (proposal(timedelta(days=7), timedelta(days=8), mode="by_pigeon"), "mode"),
            (proposal(timedelta(days=7), timedelta(days=8), duration_minutes=0), "duration_minutes"),
            (proposal(timedelta(days=7), timedelta(days=8), answer_by="2020-01-01"), "answer_by"),
            (
                proposal(
                    timedelta(days=3), timedelta(days=8), answer_by=f"{timezone.now() + timedelta(days=5):%Y-%m-%d}"
                ),
                "answer_by",
            ),
            ({"times": "soon"}, None),
        ],
    )
    def test_bad_proposals_are_refused_and_nothing_is_written(self, course_key, events, group, fields, field):
        with pytest.raises(api.InvalidInput) as refused:
            propose(course_key, events, fields=fields)

        assert refused.value.details.get("field") == field
        assert not TimeProposal.objects.exists()
        assert not ProposedTime.objects.exists()
        assert not Mail.objects.exists()

    def test_one_open_proposal_at_a_time(self, course_key, events, group):
        propose(course_key, events)

        with pytest.raises(api.ProposalOpen):
            propose(course_key, events, who="marko")
        assert TimeProposal.objects.count() == 1

    def test_once_all_its_times_have_passed_a_proposal_is_gone_and_lapses_for_the_next(self, course_key, events, group):
        propose(course_key, events)
        ProposedTime.objects.update(start=timezone.now() - timedelta(hours=1))
        assert seen_by(course_key, "marko") is None

        propose(course_key, events, who="marko")

        assert list(TimeProposal.objects.order_by("pk").values_list("state", "open")) == [
            ("lapsed", None),
            ("open", True),
        ]
        assert seen_by(course_key, "ana").proposed_by.username == "marko"

    def test_only_members_propose(self, course_key, events, group):
        with pytest.raises(api.NotInGroup):
            propose(course_key, events, who="stranger")


class TestAnswer:
    def test_answers_are_counted_named_and_the_best_time_marked(self, course_key, events, group):
        propose(course_key, events)
        answer(course_key, events, "ana", "no", "yes", "if_need_be")
        answer(course_key, events, "ivan", "if_need_be", "yes", "yes")

        first, second, third = seen_by(course_key, "marko").times
        assert [person.username for person in second.yes] == ["ana", "ivan"]
        assert [person.username for person in third.if_need_be] == ["ana"]
        assert [person.username for person in first.no] == ["ana"]
        assert [time.best for time in (first, second, third)] == [False, True, False]
        assert [person.username for person in seen_by(course_key, "marko").waiting_for] == ["marko"]
        assert [time.mine for time in seen_by(course_key, "ana").times] == ["no", "yes", "if_need_be"]
        assert events.names[-2:] == ["edx.studygroup.proposal.answered"] * 2

    def test_an_answer_can_change_and_is_never_counted_twice(self, course_key, events, group):
        propose(course_key, events)
        answer(course_key, events, "marko", "yes", "no")
        answer(course_key, events, "marko", "no")

        first, second, _third = seen_by(course_key, "ana").times
        assert (first.no[0].username, second.no[0].username) == ("marko", "marko")
        assert TimeAnswer.objects.count() == 2

    def test_no_time_is_best_before_anyone_can_come(self, course_key, events, group):
        propose(course_key, events)
        answer(course_key, events, "marko", "no", "no", "no")

        assert not any(time.best for time in seen_by(course_key, "ana").times)

    @pytest.mark.parametrize("answers", [{}, [], {"999999": "yes"}, {"1": "perhaps"}, "yes"])
    def test_bad_answers_are_refused_and_nothing_is_written(self, course_key, events, group, answers):
        proposal_id = propose(course_key, events)

        with pytest.raises(api.InvalidInput):
            api.answer_times(course_key, make_actor("marko"), proposal_id, answers, publish=events)
        assert not TimeAnswer.objects.exists()

    def test_another_groups_proposal_is_unknown(self, course_key, events, group):
        proposal_id = propose(course_key, events)
        other = {**SCHOOL, "school_name": "OŠ Other", "city": "Split"}
        api.create_group(course_key, speaker("lena"), other, size_limit=12, publish=events)

        with pytest.raises(api.UnknownProposal):
            api.answer_times(course_key, make_actor("lena"), proposal_id, {"1": "yes"}, publish=events)


class TestPick:
    def test_the_proposer_plans_the_meeting_at_a_time_and_the_proposal_closes(
        self, course_key, events, group, mailoutbox
    ):
        proposal_id = propose(
            course_key, events, fields=proposal(timedelta(days=7), timedelta(days=8), location="Library")
        )
        chosen = time_ids(course_key)[1]
        mailoutbox.clear()

        meeting_id = api.pick_time(
            course_key, make_actor("ivan"), proposal_id, chosen, "1. Unit 2", publish=events, mail_setting=LINKS
        )

        meeting = Meeting.objects.get(pk=meeting_id)
        picked = ProposedTime.objects.get(pk=chosen)
        assert (meeting.status, meeting.start, meeting.duration_minutes) == ("planned", picked.start, 60)
        assert (meeting.location, meeting.agenda, meeting.created_by.username) == ("Library", "1. Unit 2", "ivan")
        assert meeting.remind_at == picked.start - timedelta(hours=24)
        state = api.get_learner_state(course_key, make_actor("marko"))
        assert state.proposal is None
        assert state.next_meeting.id == meeting_id
        closed = TimeProposal.objects.get()
        assert (closed.state, closed.open, closed.meeting_id) == ("picked", None, meeting_id)
        assert sorted(message.to[0].split("@")[0] for message in mailoutbox) == ["ana", "ivan", "marko"]
        assert events.names[-2:] == ["edx.studygroup.meeting.planned", "edx.studygroup.proposal.picked"]

    def test_a_coordinator_may_pick_a_member_who_did_not_propose_may_not(self, course_key, events, group):
        proposal_id = propose(course_key, events)
        first = time_ids(course_key)[0]

        with pytest.raises(api.ProposalPickersOnly):
            api.pick_time(course_key, make_actor("marko"), proposal_id, first, publish=events)
        api.pick_time(course_key, make_actor("ana"), proposal_id, first, publish=events)
        assert Meeting.objects.count() == 1

    def test_after_the_pick_neither_a_second_pick_nor_an_answer_gets_in(self, course_key, events, group):
        proposal_id = propose(course_key, events)
        first, second, _third = time_ids(course_key)
        api.pick_time(course_key, make_actor("ana"), proposal_id, first, publish=events)

        with pytest.raises(api.ProposalClosed):
            api.pick_time(course_key, make_actor("ivan"), proposal_id, second, publish=events)
        with pytest.raises(api.ProposalClosed):
            api.answer_times(course_key, make_actor("marko"), proposal_id, {str(second): "yes"}, publish=events)
        assert Meeting.objects.count() == 1
        assert not TimeAnswer.objects.exists()

    def test_a_time_not_proposed_or_already_past_is_refused(self, course_key, events, group):
        proposal_id = propose(course_key, events)
        ProposedTime.objects.filter(pk=time_ids(course_key)[0]).update(start=timezone.now() - timedelta(minutes=1))

        for time_id in (999999, time_ids(course_key)[0]):
            with pytest.raises(api.InvalidInput):
                api.pick_time(course_key, make_actor("ana"), proposal_id, time_id, publish=events)
        assert not Meeting.objects.exists()
        assert TimeProposal.objects.get().open

    def test_withdrawn_the_times_are_gone_and_new_ones_may_be_proposed(self, course_key, events, group):
        proposal_id = propose(course_key, events)

        with pytest.raises(api.ProposalPickersOnly):
            api.withdraw_proposal(course_key, make_actor("marko"), proposal_id, publish=events)
        api.withdraw_proposal(course_key, make_actor("ana"), proposal_id, publish=events)

        assert seen_by(course_key, "ivan") is None
        assert TimeProposal.objects.get().state == "withdrawn"
        propose(course_key, events, who="marko")
        assert events.names[-2:] == ["edx.studygroup.proposal.withdrawn", "edx.studygroup.proposal.opened"]


class TestReminder:
    def test_the_day_before_answer_by_only_those_who_have_not_answered_are_reminded(
        self, course_key, events, group, mailoutbox
    ):
        answer_by = f"{timezone.now() + timedelta(days=5):%Y-%m-%d}"
        propose(course_key, events, fields=proposal(timedelta(days=7), timedelta(days=8), answer_by=answer_by))
        remind_at = TimeProposal.objects.get().remind_at
        assert remind_at.date() == (timezone.now() + timedelta(days=4)).date()
        answer(course_key, events, "marko", "yes", "yes")
        mailoutbox.clear()

        api_module.sweep_mail(now=remind_at + timedelta(minutes=1))
        api_module.sweep_mail(now=remind_at + timedelta(minutes=2))

        assert sorted(message.to[0].split("@")[0] for message in mailoutbox) == ["ana", "ivan"]
        assert all("Reminder" in message.subject for message in mailoutbox if message.to[0].startswith("ana"))
        assert TimeProposal.objects.get().remind_at is None

    def test_a_proposal_closed_before_its_email_goes_sends_nothing(self, course_key, events, group, mailoutbox):
        proposal_id = api_module.propose_times(course_key, make_actor("ivan"), THREE, publish=events)
        api_module.withdraw_proposal(course_key, make_actor("ivan"), proposal_id, publish=events)

        api_module.sweep_mail()

        assert mailoutbox == []
        assert set(Mail.objects.values_list("state", flat=True)) == {Mail.SKIPPED}


def test_retiring_a_learner_deletes_their_answers(course_key, events, group):
    propose(course_key, events)
    answer(course_key, events, "marko", "yes", "no", "no")
    answer(course_key, events, "ana", "yes")

    api.retire_learner("marko", publish=events)

    assert [answer.learner.username for answer in TimeAnswer.objects.all()] == ["ana"]

"""Migrations and the concurrency rules on a real MariaDB/MySQL server.

MySQL ignores conditional unique indexes and needs row locks for limits that hold
under concurrent requests; SQLite serialises every write and would prove nothing.
"""

import threading
from collections import Counter
from datetime import datetime, time, timedelta
from functools import partial

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, connections
from django.utils import timezone

from studygroup_xblock import api, tasks
from studygroup_xblock.models import (
    GroupPace,
    JoinRequest,
    Mail,
    Meeting,
    Membership,
    PaceDate,
    ProposedTime,
    StudyGroup,
    TimeAnswer,
    TimeProposal,
)
from tests.conftest import make_actor, state_after

pytestmark = [pytest.mark.mysql, pytest.mark.django_db(transaction=True)]

SCHOOL = {"school_name": "Skola", "city": "Split", "country": "HR", "language": "hr", "is_open": True}


def ignore(name, data):
    """Concurrency tests look at rows, not events."""


def run_at_once(calls):
    """Run the calls in threads released together; the outcome of each, by name."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def worker(index, call):
        try:
            connection.ensure_connection()  # connect first, so the calls really overlap
            barrier.wait()
            call()
            outcomes[index] = "ok"
        except api.StudyGroupError as error:
            outcomes[index] = error.code
        except DatabaseError as error:  # what the api let through: the test says which
            outcomes[index] = f"{type(error).__name__} {error.args[0]}"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(index, call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return Counter(outcomes)


def new_group(course_key, coordinator, size_limit=50, city="Split"):
    fields = {**SCHOOL, "city": city}
    return api.create_group(course_key, make_actor(coordinator), fields, size_limit=size_limit, publish=ignore)


def test_runs_on_mariadb():
    assert connection.vendor == "mysql"


def test_migrations_apply_both_ways():
    call_command("migrate", "studygroup", "zero", verbosity=0)
    assert "studygroup_membership" not in connection.introspection.table_names()

    call_command("migrate", "studygroup", verbosity=0)

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "studygroup_membership")
    assert constraints["one_active_group_per_course"]["unique"]
    assert constraints["one_active_group_per_course"]["columns"] == ["course_key", "learner_id", "active"]


def test_thirty_concurrent_joins_fill_a_group_of_five_exactly(course_key):
    group_id = new_group(course_key, "coordinator", size_limit=5)

    outcomes = run_at_once(
        [
            lambda n=n: api.join_group(course_key, make_actor(f"teacher_{n}"), group_id, publish=ignore)
            for n in range(30)
        ]
    )

    assert outcomes == Counter({"group_full": 26, "ok": 4})
    assert Membership.objects.filter(group_id=group_id, active=True).count() == 5


def test_racing_joins_never_put_a_learner_in_two_groups(course_key):
    groups = [
        new_group(course_key, "coordinator_a", city="Split"),
        new_group(course_key, "coordinator_b", city="Zadar"),
    ]

    outcomes = run_at_once(
        [
            lambda n=n, group_id=group_id: api.join_group(
                course_key, make_actor(f"teacher_{n}"), group_id, publish=ignore
            )
            for n in range(15)
            for group_id in groups
        ]
    )

    assert outcomes == Counter({"ok": 15, "already_in_group": 15})
    per_learner = Counter(Membership.objects.filter(active=True).values_list("learner__user_id", flat=True))
    assert set(per_learner.values()) == {1}
    assert len(per_learner) == 17


def test_joining_by_code_while_the_code_changes_never_deadlocks(course_key):
    """A join used to lock the join-code index and then the group; a new code the group, then the index."""
    outcomes = Counter()
    for burst in range(12):
        coordinator = make_actor(f"coordinator_{burst}")
        group_id = new_group(course_key, coordinator.user_id, city=f"Town {burst}")
        code = api.get_learner_state(course_key, coordinator).group.join_code
        joiners = [make_actor(f"teacher_{burst}_{n}") for n in range(5)]
        burst_outcomes = run_at_once(
            [
                *[partial(api.join_group_by_code, course_key, joiner, code, publish=ignore) for joiner in joiners],
                partial(api.rotate_join_code, course_key, coordinator, publish=ignore),
            ]
        )
        outcomes += burst_outcomes

        members = Membership.objects.filter(group_id=group_id, active=True).count()
        assert members == burst_outcomes["ok"]  # the joins that got in, and the coordinator
    assert set(outcomes) <= {"ok", "unknown_code"}, outcomes


def test_one_learner_creating_twice_at_once_gets_one_group(course_key):
    outcomes = run_at_once(
        [
            lambda city=city: api.create_group(
                course_key, make_actor("teacher"), {**SCHOOL, "city": city}, size_limit=5, publish=ignore
            )
            for city in ("Split", "Zadar", "Rijeka", "Osijek")
        ]
    )

    assert outcomes == Counter({"ok": 1, "already_in_group": 3})
    assert StudyGroup.objects.count() == 1


def test_the_last_two_members_leaving_at_once_archive_the_group(course_key):
    pairs = []
    for n in range(10):
        group_id = new_group(course_key, f"first_{n}", city=f"Town {n}")
        state = state_after(api.join_group, course_key, make_actor(f"second_{n}"), group_id, publish=ignore)
        second = next(member for member in state.group.members if member.is_you)
        api.set_member_role(course_key, make_actor(f"first_{n}"), second.membership_id, "coordinator", publish=ignore)
        pairs += [f"first_{n}", f"second_{n}"]

    outcomes = run_at_once(
        [lambda user=user: api.leave_group(course_key, make_actor(user), publish=ignore) for user in pairs]
    )

    assert outcomes == Counter({"ok": 20})
    assert StudyGroup.objects.filter(archived__isnull=True).count() == 0


def test_removing_a_member_while_they_leave_never_deadlocks(course_key):
    """Both changes lock the group first, so they queue instead of deadlocking (a 500)."""
    calls = []
    for n in range(8):
        group_id = new_group(course_key, f"coordinator_{n}", city=f"Town {n}")
        state = state_after(api.join_group, course_key, make_actor(f"member_{n}"), group_id, publish=ignore)
        member_id = next(member.membership_id for member in state.group.members if member.is_you)
        calls += [
            lambda n=n, member_id=member_id: api.remove_member(
                course_key, make_actor(f"coordinator_{n}"), member_id, publish=ignore
            ),
            lambda n=n: api.leave_group(course_key, make_actor(f"member_{n}"), publish=ignore),
        ]

    outcomes = run_at_once(calls)

    assert None not in outcomes
    assert outcomes["ok"] >= 8
    assert set(outcomes) <= {"ok", "unknown_member", "not_in_group"}
    assert Membership.objects.filter(learner__user_id__startswith="member_", active=True).count() == 0


def test_names_that_grow_when_folded_fit_the_column(course_key):
    state = state_after(
        api.create_group,
        course_key,
        make_actor("teacher"),
        {**SCHOOL, "school_name": "Straße " * 28, "city": "Groß-Gerau " * 9},
        size_limit=5,
        publish=ignore,
    )

    assert StudyGroup.objects.get(pk=state.group.summary.id).school_key.startswith("strasse strasse")


def test_two_members_logging_one_planned_meeting_at_once_make_one_record(course_key):
    outcomes = Counter()
    for n in range(5):
        group_id = new_group(course_key, f"host_{n}", city=f"Village {n}")
        api.join_group(course_key, make_actor(f"guest_{n}"), group_id, publish=ignore)
        Membership.objects.filter(group_id=group_id).update(joined=timezone.now() - timedelta(days=1))
        soon = timezone.now() - timedelta(minutes=10)
        fields = {
            "date": f"{soon:%Y-%m-%d}",
            "time": f"{soon:%H:%M}",
            "time_zone": "UTC",
            "duration_minutes": 60,
            "mode": "in_person",
        }
        state = state_after(api.plan_meeting, course_key, make_actor(f"host_{n}"), fields, publish=ignore)
        planned_id = state.next_meeting.id
        attendees = [member.learner_id for member in state.group.members]
        outcomes += run_at_once(
            [
                lambda who=who, planned_id=planned_id, attendees=attendees, fields=fields: api.log_meeting(
                    course_key,
                    make_actor(who),
                    {**fields, "attendees": attendees},
                    publish=ignore,
                    planned_meeting_id=planned_id,
                )
                for who in (f"host_{n}", f"guest_{n}")
            ]
        )

    assert outcomes == Counter({"ok": 5, "already_logged": 5})
    assert Meeting.objects.filter(status="held").count() == 5
    assert Meeting.objects.count() == 5


def test_confirming_while_the_meeting_is_edited_never_deadlocks(course_key):
    """Confirming locks the group first, like every meeting change, so they queue instead of deadlocking."""
    calls = []
    for n in range(6):
        group_id = new_group(course_key, f"lead_{n}", city=f"Harbour {n}")
        api.join_group(course_key, make_actor(f"mate_{n}"), group_id, publish=ignore)
        Membership.objects.filter(group_id=group_id).update(joined=timezone.now() - timedelta(days=1))
        before = timezone.now() - timedelta(hours=2)
        fields = {
            "date": f"{before:%Y-%m-%d}",
            "time": f"{before:%H:%M}",
            "time_zone": "UTC",
            "duration_minutes": 60,
            "mode": "online",
        }
        members = api.get_learner_state(course_key, make_actor(f"lead_{n}")).group.members
        record = {**fields, "attendees": [member.learner_id for member in members]}
        state = state_after(api.log_meeting, course_key, make_actor(f"lead_{n}"), record, publish=ignore)
        meeting_id = state.meetings.meetings[0].id
        calls += [
            lambda n=n, meeting_id=meeting_id: api.confirm_attendance(
                course_key, make_actor(f"mate_{n}"), meeting_id, publish=ignore
            ),
            lambda n=n, meeting_id=meeting_id, record=record: api.edit_meeting(
                course_key, make_actor(f"lead_{n}"), meeting_id, {**record, "outcomes": "Edited"}, publish=ignore
            ),
        ]

    outcomes = run_at_once(calls)

    assert outcomes == Counter({"ok": 12})
    assert Meeting.objects.filter(outcomes="Edited").count() == 6


@pytest.mark.parametrize("sort", list(api.DASHBOARD_ORDER))
def test_the_staff_dashboard_sorts_and_counts_on_mariadb(course_key, sort):
    quiet = new_group(course_key, "quiet_lead", city="Pula")
    busy = new_group(course_key, "busy_lead", city="Rab")
    StudyGroup.objects.update(created=timezone.now() - timedelta(days=60))
    Membership.objects.update(joined=timezone.now() - timedelta(days=60))
    members = api.get_learner_state(course_key, make_actor("busy_lead")).group.members
    moment = timezone.now() - timedelta(days=2)
    record = {
        "date": f"{moment:%Y-%m-%d}",
        "time": "10:00",
        "time_zone": "UTC",
        "duration_minutes": 60,
        "mode": "online",
        "attendees": [members[0].learner_id],
    }
    api.log_meeting(course_key, make_actor("busy_lead"), record, publish=ignore)

    page = api.course_dashboard(course_key, is_staff=True, sort=sort)

    statuses = {row.id: (row.status, row.meetings) for row in page.rows}
    assert statuses == {quiet: ("quiet", 0), busy: ("active", 1)}
    assert page.totals.meetings == 1


def test_a_page_view_writes_nothing_on_mariadb(django_user_model):
    """The second view of a unit runs reads only: no upsert of the unit or the learner."""
    from django.test.utils import CaptureQueriesContext

    from tests.contract.conftest import COURSE, LmsRuntime, learner_service, place_block, render

    ana = django_user_model.objects.create(username="ana")
    api.create_group(COURSE, make_actor(str(ana.id)), SCHOOL, size_limit=12, publish=ignore)
    block = place_block(LmsRuntime(learner_service(ana)))
    render(block, ana)

    with CaptureQueriesContext(connection) as again:
        html = render(block, ana)

    assert "Skola" in html
    assert [query["sql"] for query in again.captured_queries if not query["sql"].startswith("SELECT")] == []


def by_request_group(course_key, coordinator, size_limit, city):
    fields = {**SCHOOL, "city": city, "admission": "request"}
    group_id = api.create_group(course_key, make_actor(coordinator), fields, size_limit=size_limit, publish=ignore)
    return group_id, StudyGroup.objects.get(pk=group_id).join_code


def test_accepting_requests_while_others_join_by_code_never_passes_the_size_limit(course_key):
    group_id, code = by_request_group(course_key, "coordinator", size_limit=5, city="Valletta")
    for n in range(12):
        api.ask_to_join(course_key, make_actor(f"asker_{n}"), group_id, publish=ignore)
    waiting = api.get_learner_state(course_key, make_actor("coordinator")).requests

    outcomes = run_at_once(
        [
            lambda request_id=request.id: api.decide_request(
                course_key, make_actor("coordinator"), request_id, True, publish=ignore
            )
            for request in waiting
        ]
        + [
            lambda n=n: api.join_group_by_code(course_key, make_actor(f"invited_{n}"), code, publish=ignore)
            for n in range(6)
        ]
    )

    assert outcomes == Counter({"group_full": 14, "ok": 4})
    assert Membership.objects.filter(group_id=group_id, active=True).count() == 5
    assert StudyGroup.objects.get(pk=group_id).member_count == 5


def test_one_learner_asking_two_groups_at_once_waits_for_one(course_key):
    groups = [by_request_group(course_key, f"coordinator_{city}", 12, city)[0] for city in ("Valletta", "Sliema")]

    outcomes = run_at_once(
        [
            lambda group_id=group_id: api.ask_to_join(course_key, make_actor("teacher"), group_id, publish=ignore)
            for group_id in groups
        ]
    )

    assert outcomes == Counter({"ok": 1, "already_asked": 1})
    assert JoinRequest.objects.filter(learner__user_id="teacher", pending=True).count() == 1


def test_accepting_while_the_learner_joins_elsewhere_never_puts_them_in_two_groups(course_key):
    group_id, _code = by_request_group(course_key, "coordinator", 12, "Valletta")
    other_code = by_request_group(course_key, "coordinator_b", 12, "Sliema")[1]
    api.ask_to_join(course_key, make_actor("teacher"), group_id, publish=ignore)
    (request,) = api.get_learner_state(course_key, make_actor("coordinator")).requests

    outcomes = run_at_once(
        [
            lambda: api.decide_request(course_key, make_actor("coordinator"), request.id, True, publish=ignore),
            lambda: api.join_group_by_code(course_key, make_actor("teacher"), other_code, publish=ignore),
        ]
    )

    assert outcomes["ok"] == 1
    assert set(outcomes) <= {"ok", "requester_in_group", "unknown_request", "already_in_group"}
    assert Membership.objects.filter(learner__user_id="teacher", active=True).count() == 1


def planned_tomorrow(course_key, n):
    """A group of three whose meeting tomorrow is due a reminder; its id."""
    group_id = new_group(course_key, f"host_{n}", city=f"Town {n}")
    for guest in ("a", "b"):
        api.join_group(course_key, make_actor(f"guest_{n}_{guest}"), group_id, publish=ignore)
    tomorrow = timezone.now() + timedelta(hours=25)
    fields = {"date": f"{tomorrow:%Y-%m-%d}", "time": f"{tomorrow:%H:%M}", "time_zone": "UTC"}
    fields |= {"duration_minutes": 60, "mode": "in_person"}
    return api.plan_meeting(course_key, make_actor(f"host_{n}"), fields, publish=ignore)


def test_reminder_runs_and_senders_at_once_mail_each_member_once(course_key, monkeypatch, mailoutbox):
    monkeypatch.setattr(tasks.send_mail_task, "delay", lambda keys: None)  # the command sends them, four at once
    meeting_ids = [planned_tomorrow(course_key, n) for n in range(6)]
    Mail.objects.update(state=Mail.SENT)  # the invitations went
    mailoutbox.clear()
    due = timezone.now() + timedelta(hours=2)

    queued = run_at_once([partial(api.queue_due_reminders, due) for _run in range(4)])
    sent = run_at_once([api.send_waiting for _run in range(4)])

    assert queued == sent == Counter({"ok": 4})
    reminders = Mail.objects.filter(kind="reminder")
    assert reminders.count() == 18
    assert set(reminders.values_list("state", "attempts")) == {(Mail.SENT, 1)}
    assert len(mailoutbox) == 18
    assert len({(message.to[0], message.subject) for message in mailoutbox}) == 18
    assert not Meeting.objects.filter(pk__in=meeting_ids, remind_at__isnull=False).exists()


def test_moving_a_meeting_while_its_reminder_is_queued_never_deadlocks(course_key, monkeypatch):
    monkeypatch.setattr(tasks.send_mail_task, "delay", lambda keys: None)
    outcomes = Counter()
    for n in range(5):
        meeting_id = planned_tomorrow(course_key, n)
        later = timezone.now() + timedelta(days=8)
        moved = {"date": f"{later:%Y-%m-%d}", "time": "10:00", "time_zone": "UTC", "duration_minutes": 45}
        moved |= {"mode": "online"}
        outcomes += run_at_once(
            [
                partial(api.queue_due_reminders, timezone.now() + timedelta(hours=2)),
                partial(api.edit_meeting, course_key, make_actor(f"host_{n}"), meeting_id, moved, publish=ignore),
            ]
        )

    assert outcomes == Counter({"ok": 10})
    api.send_waiting()
    assert not Mail.objects.filter(
        kind="reminder", state=Mail.SENT
    ).exists()  # each went to the new date, or not at all


def proposal_in(course_key, n):
    """A group of a coordinator, a co-coordinator and a member, with three times proposed; the time ids."""
    group_id = new_group(course_key, f"chair_{n}", city=f"Valley {n}")
    for who in (f"cochair_{n}", f"teacher_{n}"):
        api.join_group(course_key, make_actor(who), group_id, publish=ignore)
    cochair = Membership.objects.get(group_id=group_id, learner__user_id=f"cochair_{n}")
    api.set_member_role(course_key, make_actor(f"chair_{n}"), cochair.pk, "coordinator", publish=ignore)
    days = [timezone.now() + timedelta(days=day) for day in (3, 4, 5)]
    entries = [{"date": f"{day:%Y-%m-%d}", "time": "16:00", "duration_minutes": 60, "mode": "online"} for day in days]
    proposal_id = api.propose_times(
        course_key, make_actor(f"teacher_{n}"), {"times": entries, "time_zone": "UTC"}, publish=ignore
    )
    return proposal_id, list(ProposedTime.objects.filter(proposal_id=proposal_id).values_list("pk", flat=True))


def test_two_coordinators_picking_at_once_plan_one_meeting(course_key):
    """Both coordinators pick a different time at once: one pick wins, the other is told the times are closed."""
    outcomes = Counter()
    for n in range(6):
        proposal_id, (first, second, _third) = proposal_in(course_key, n)
        outcomes += run_at_once(
            [
                lambda who=who, pid=proposal_id, tid=tid: api.pick_time(
                    course_key, make_actor(who), pid, tid, publish=ignore
                )
                for who, tid in ((f"chair_{n}", first), (f"cochair_{n}", second))
            ]
        )

    assert outcomes == Counter({"ok": 6, "proposal_closed": 6})
    assert Meeting.objects.filter(status="planned").count() == 6
    assert not TimeProposal.objects.filter(open=True).exists()
    assert set(TimeProposal.objects.values_list("state", flat=True)) == {"picked"}


def test_answers_racing_a_pick_are_counted_or_refused_never_lost(course_key):
    """Each answer comes before the pick (counted) or after it (refused as closed): none is lost silently."""
    outcomes = Counter()
    for n in range(10, 16):
        proposal_id, (first, second, _third) = proposal_in(course_key, n)
        pick = [
            lambda n=n, pid=proposal_id, tid=first: api.pick_time(
                course_key, make_actor(f"chair_{n}"), pid, tid, publish=ignore
            )
        ]
        answers = [
            lambda who=who, pid=proposal_id, tid=second: api.answer_times(
                course_key, make_actor(who), pid, {str(tid): "yes"}, publish=ignore
            )
            for who in (f"teacher_{n}", f"cochair_{n}")
        ]
        outcomes += run_at_once(pick + answers)

    assert set(outcomes) <= {"ok", "proposal_closed"}
    assert outcomes["ok"] == 6 + TimeAnswer.objects.count()
    assert Meeting.objects.count() == 6


def test_a_new_unit_racing_two_coordinators_setting_the_pace_is_dated_once(course_key):
    """Two coordinators set the pace while the course shows a unit for the first time: one pace, each
    unit dated once, whoever came first."""
    group_id = new_group(course_key, "chair")
    api.join_group(course_key, make_actor("cochair"), group_id, publish=ignore)
    cochair = Membership.objects.get(learner__user_id="cochair")
    api.set_member_role(course_key, make_actor("chair"), cochair.pk, "coordinator", publish=ignore)
    for n in range(3):
        api.register_unit(course_key, make_actor("chair"), f"unit-{n}", f"Unit {n}")
    pace = {"start": "2027-01-11", "weeks_per_unit": 2}

    calls = [
        *(partial(api.set_pace, course_key, make_actor(who), pace, publish=ignore) for who in ("chair", "cochair")),
        partial(api.register_unit, course_key, make_actor("chair"), "unit-new", "Unit new"),
    ]

    # As the block runs every change: again after a deadlock (the unit's date and a pace's dates may
    # lock each other's index gaps), nothing of the victim written.
    outcomes = run_at_once([partial(api.retrying, call) for call in calls])

    assert outcomes == Counter({"ok": 3})
    assert GroupPace.objects.count() == 1
    dated = list(PaceDate.objects.values_list("unit__title", flat=True))
    assert sorted(dated) == ["Unit 0", "Unit 1", "Unit 2", "Unit new"]


def test_the_dashboard_counts_members_behind_their_pace_as_the_group_sees_them_on_mariadb(course_key):
    """MariaDB compares a unit's day with the time a member joined as the group's view does: a unit due
    on the day someone joined is not held against them."""
    group_id = new_group(course_key, "chair")
    for who in ("early", "late"):
        api.join_group(course_key, make_actor(who), group_id, publish=ignore)
    units = [api.register_unit(course_key, make_actor("chair"), f"unit-{n}", f"Unit {n}") for n in range(3)]
    start = timezone.localdate() - timedelta(weeks=4)  # two units due, the third in a week and a half
    api.set_pace(course_key, make_actor("chair"), {"start": f"{start:%Y-%m-%d}", "weeks_per_unit": 2}, publish=ignore)
    first_due = PaceDate.objects.order_by("due").values_list("due", flat=True).first()
    Membership.objects.exclude(learner__user_id="late").update(joined=timezone.now() - timedelta(weeks=7))
    Membership.objects.filter(learner__user_id="late").update(
        joined=timezone.make_aware(datetime.combine(first_due, time(18, 30)))
    )
    api.check_in(course_key, make_actor("early"), units[0], True, publish=ignore)

    seen = api.get_learner_state(course_key, make_actor("chair")).pace
    page = api.course_dashboard(course_key, is_staff=True, pace="behind")

    assert {entry.person.username: entry.behind for entry in seen.standings} == {"chair": 2, "early": 1, "late": 1}
    assert [(row.id, row.on_pace) for row in page.rows] == [(group_id, 0)]
    assert api.course_dashboard(course_key, is_staff=True, pace="on_pace").rows == ()


def test_a_server_that_cuts_json_lists_short_still_gives_whole_ones(course_key):
    """MariaDB's JSON_ARRAYAGG stops at group_concat_max_len: on a server set to its least (4 bytes), every
    new connection raises it for itself, so a learner's state still lists every unit and member."""
    titles = [f"Unit {n}: formative assessment in the classroom, week {n}" for n in range(1, 9)]
    for n, title in enumerate(titles, 1):
        api.register_unit(course_key, make_actor("ana"), f"block-v1:Pilot+T+1+type@vertical+block@u{n}", title)
    group_id = api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=12, publish=ignore)
    api.join_group(course_key, make_actor("ivan"), group_id, publish=ignore)
    with connection.cursor() as cursor:
        cursor.execute("SELECT @@GLOBAL.group_concat_max_len")
        (before,) = cursor.fetchone()
        cursor.execute("SET GLOBAL group_concat_max_len = 4")
    try:
        connections.close_all()  # the next query connects anew, under the server's setting

        state = api.get_learner_state(course_key, make_actor("ana"))
        with connection.cursor() as cursor:
            cursor.execute("SELECT @@SESSION.group_concat_max_len >= @@max_allowed_packet")
            (raised,) = cursor.fetchone()
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"SET GLOBAL group_concat_max_len = {int(before)}")
        connections.close_all()

    assert [unit.title for unit in state.progress.units] == titles
    assert [member.username for member in state.group.members] == ["ana", "ivan"]
    assert raised == 1

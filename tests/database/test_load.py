"""The demo served by several worker processes on MariaDB: a crowd at once, and a database that goes away.

The server is gunicorn with four workers (``demo.wsgi``), reaching MariaDB through a
proxy the test can switch off. Nothing may answer 5xx under load; under faults only a
clean JSON 503 may, and afterwards everything works again without a restart. The
invariants are checked on the rows themselves, and the counts of what the crowd was told
succeeded must equal the rows.
"""

import os

import pytest
from django.db.models import Count, Q

from studygroup_xblock import api
from studygroup_xblock.models import Adaptation, Meeting, Membership, StudyGroup
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY

from .conftest import SERVER_WORKERS
from .crowd import Crowd

pytestmark = [pytest.mark.mysql, pytest.mark.django_db(transaction=True)]

SOAK_SECONDS = float(os.environ.get("STUDYGROUP_SOAK_SECONDS", "60"))
LEARNERS = 120


def broken_invariants(crowd):
    """What the rows say went wrong; and whether they hold what the crowd was told succeeded."""
    broken = []
    doubled = (
        Membership.objects.filter(active=True).values("course_key", "learner").annotate(n=Count("id")).filter(n__gt=1)
    )
    broken += [f"learner {row['learner']} is in {row['n']} groups" for row in doubled]
    groups = StudyGroup.objects.annotate(
        members=Count("memberships", filter=Q(memberships__active=True)),
        coordinators=Count("memberships", filter=Q(memberships__active=True, memberships__role="coordinator")),
    )
    for group in groups:
        if group.members > group.size_limit:
            broken.append(f"group {group.id} has {group.members} members, limit {group.size_limit}")
        if group.archived is None and not (group.members and group.coordinators):
            broken.append(f"active group {group.id}: {group.members} members, {group.coordinators} coordinators")
        if group.archived is not None and group.members:
            broken.append(f"archived group {group.id} has {group.members} members")
    broken += [
        f"held meeting {meeting.id} has nobody present"
        for meeting in Meeting.objects.filter(status="held").annotate(present=Count("attendance")).filter(present=0)
    ]
    held = Meeting.objects.filter(status="held").count()
    rows = {
        "groups": (StudyGroup.objects.count(), ["create_group"]),
        "stays in groups": (Membership.objects.count(), ["create_group", "join_group", "join_by_code"]),
        "held meetings": (held, ["log_meeting"]),
        "adaptations": (Adaptation.objects.count(), ["share_adaptation"]),
    }
    for name, (count, handlers) in rows.items():
        saved = sum(crowd.succeeded[handler] for handler in handlers)
        unsure = sum(crowd.unsure[handler] for handler in handlers)  # the commit itself was cut: either way
        if not saved <= count <= saved + unsure:
            broken.append(f"{name}: {count} rows, {saved} told saved, {unsure} told perhaps")
    totals = api.course_dashboard(WORKBENCH_COURSE_KEY, is_staff=True).totals
    if (totals.learners, totals.meetings) != (Membership.objects.filter(active=True).count(), held):
        broken.append(f"the dashboard counts {totals} against the rows")
    return broken


def test_a_crowd_of_teachers_and_staff_on_several_workers(served, capsys):
    base_url, usage_id, _proxy = served
    crowd = Crowd(base_url, usage_id, [f"teacher_{n:03d}" for n in range(LEARNERS)] + ["staff"])
    crowd.arrive()

    crowd.run(SOAK_SECONDS, threads=24)

    summary = crowd.summary()
    with capsys.disabled():
        print(f"\nsoak: {LEARNERS} teachers and staff, {SERVER_WORKERS} workers, {SOAK_SECONDS:.0f} s: {summary}")
    # Enough requests that they raced, on however busy a machine: how fast is make bench's to say.
    assert summary["requests"] > 300
    assert [call for call in crowd.calls if call.status >= 500 or call.status == 0] == []
    assert {"log_meeting", "join_by_code", "confirm_attendance", "mark_useful", "export_csv"} <= set(crowd.succeeded)
    assert broken_invariants(crowd) == []


def test_a_database_that_goes_away_costs_a_clean_503_and_nothing_else(served, capsys):
    base_url, usage_id, proxy = served
    crowd = Crowd(base_url, usage_id, [f"teacher_{n:03d}" for n in range(40)])
    crowd.arrive()
    crowd.run(5, threads=8)

    with proxy.cutting():  # connections killed in mid-request, as by KILL or a proxy restart
        crowd.run(5, threads=8)
    crowd.run(2, threads=8)
    with proxy.outage():  # the server away for a few seconds, as in a failover
        crowd.run(3, threads=8)
    recovered = len(crowd.calls)
    crowd.run(8, threads=8)

    failed = [call for call in crowd.calls if call.status >= 500 or call.status == 0]
    with capsys.disabled():
        print(f"\nfaults: {proxy.dropped} connections dropped, {len(failed)} requests answered 503: {crowd.summary()}")
    assert proxy.dropped > 0
    assert failed, "the outages must have cost some requests"
    assert {(call.status, call.json, call.error) for call in failed} == {(503, True, "unavailable")}
    assert [call for call in crowd.calls[recovered:] if call.status >= 500] == []
    assert broken_invariants(crowd) == []

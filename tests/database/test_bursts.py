"""Bursts on one row: thirty teachers doing the same one-click thing at the same moment, served by
several worker processes on MariaDB. Every one of them must succeed, and the counts equal the rows."""

import threading
from collections import Counter
from datetime import date

import pytest

from studygroup_xblock.api import tallies
from studygroup_xblock.models import Adaptation, CheckIn, StudyGroup, Tally, UsefulMark
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY

from .crowd import ADAPTATION, Crowd

pytestmark = [pytest.mark.mysql, pytest.mark.django_db(transaction=True)]

BURST = 30
GROUPS = 5


def at_once(crowd, people, call):
    """``call(person)`` for every person, released together from one thread each; how many got each status."""
    barrier = threading.Barrier(len(people))
    before = len(crowd.calls)

    def worker(person):
        barrier.wait()
        call(person)

    threads = [threading.Thread(target=worker, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    return Counter(f"{call.status} {call.error}".strip() for call in crowd.calls[before:])


def counted():
    """Every count the course keeps: each group's, each adaptation's, the course's tallies."""
    return (
        sorted(StudyGroup.objects.values_list("pk", *tallies.COUNTS, *tallies.PACE_FIELDS)),
        sorted(Adaptation.objects.values_list("pk", "useful_count")),
        sorted(Tally.objects.exclude(value=0).values_list("name", "bucket", "value")),
    )


def counted_again():
    """The counts as a recount takes them again from the rows (compare with :func:`counted` before)."""
    tallies.recount(WORKBENCH_COURSE_KEY)
    return counted()


def in_groups(crowd):
    """The first of ``crowd.people`` shares an adaptation with the course from a group of their own; the
    others are in ``GROUPS`` groups of other schools, each keeping a pace. The adaptation's id."""
    author, *teachers = crowd.people
    school = {"city": "Split", "country": "HR", "language": "hr", "is_open": True}
    author.call("create_group", {"group": {**school, "school_name": "Osnovna škola Bol"}, "allow_duplicate": True})
    shared = author.call("share_adaptation", {"adaptation": {**ADAPTATION, "course_wide": True}})
    assert shared is not None, crowd.calls[-1]
    founders, joiners = teachers[:GROUPS], teachers[GROUPS:]
    groups = []
    for number, founder in enumerate(founders):
        fields = {**school, "school_name": f"Gimnazija {number}"}
        state = founder.call("create_group", {"group": fields, "allow_duplicate": True})
        groups.append(state["group"]["summary"]["id"])
        assert founder.call("set_pace", {"pace": {"start": f"{date.today():%Y-%m-%d}", "weeks_per_unit": 1}})
    for number, teacher in enumerate(joiners):
        assert teacher.call("join_group", {"group_id": groups[number % GROUPS]}) is not None, crowd.calls[-1]
    return Adaptation.objects.get().pk


def test_thirty_teachers_marking_one_adaptation_useful_at_once_all_succeed(served_threaded, capsys):
    base_url, usage_id, _proxy = served_threaded
    crowd = Crowd(base_url, usage_id, [f"teacher_{n:02d}" for n in range(BURST + 1)])
    crowd.arrive()
    adaptation_id = in_groups(crowd)
    markers = crowd.people[1:]

    statuses = at_once(
        crowd, markers, lambda person: person.call("mark_useful", {"adaptation_id": adaptation_id, "useful": True})
    )

    with capsys.disabled():
        print(f"\nburst of {BURST} useful marks: {crowd.summary()}")
    assert statuses == {"200": BURST}
    assert UsefulMark.objects.filter(adaptation_id=adaptation_id).count() == BURST
    assert Adaptation.objects.get(pk=adaptation_id).useful_count == BURST
    kept = counted()
    assert counted_again() == kept

    statuses = at_once(
        crowd, markers, lambda p: p.call("mark_useful", {"adaptation_id": adaptation_id, "useful": False})
    )

    assert statuses == {"200": BURST}
    assert (UsefulMark.objects.count(), Adaptation.objects.get(pk=adaptation_id).useful_count) == (0, 0)


def test_thirty_teachers_checking_in_on_one_unit_at_once_all_succeed(served_threaded, capsys):
    base_url, usage_id, _proxy = served_threaded
    crowd = Crowd(base_url, usage_id, [f"teacher_{n:02d}" for n in range(BURST + 1)])
    crowd.arrive()
    in_groups(crowd)
    teachers = crowd.people[1:]

    statuses = at_once(crowd, teachers, lambda person: person.call("check_in", {"done": True}))

    with capsys.disabled():
        print(f"\nburst of {BURST} check-ins: {crowd.summary()}")
    assert statuses == {"200": BURST}
    assert CheckIn.objects.count() == BURST
    kept = counted()
    assert counted_again() == kept

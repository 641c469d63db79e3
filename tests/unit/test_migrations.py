"""The course-scale migration fills the new counts from the rows an installation already has."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from studygroup_xblock.models import GroupWord, Membership, StudyGroup, Tally

BEFORE = ("studygroup", "0003_adaptations_progress")
COURSE = "course-v1:Old+Data+Run"


def migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def rolled_back_to(migration):
    """The database as ``migration`` left it (its models' apps), brought back to the latest afterwards."""
    executor = MigrationExecutor(connection)
    executor.migrate([migration])
    yield executor.loader.project_state([migration]).apps
    migrate_to_latest()


def old_group(apps, created_by, **fields):
    """A school's group of Split, as an older installation holds it (``apps``: its models)."""
    return apps.get_model("studygroup", "StudyGroup").objects.create(
        course_key=COURSE,
        school_name="Osnovna škola Vuk",
        city="Split",
        country="HR",
        language="hr",
        size_limit=12,
        created_by=created_by,
        **fields,
    )


@pytest.fixture
def at_0003():
    yield from rolled_back_to(BEFORE)


@pytest.mark.django_db(transaction=True)
def test_existing_groups_get_their_counts_tallies_and_words(at_0003):
    model = at_0003.get_model
    ana, ivan = (model("studygroup", "Learner").objects.create(user_id=n, username=n) for n in ("ana", "ivan"))
    group = old_group(at_0003, ana, school_key="x", join_code="OLDCODE1")
    for learner in (ana, ivan):
        model("studygroup", "Membership").objects.create(
            group=group, learner=learner, course_key=COURSE, role="member", joined=datetime(2026, 1, 5, tzinfo=UTC)
        )
    model("studygroup", "Meeting").objects.create(
        group=group,
        status="held",
        start=datetime(2026, 3, 2, 16, 30, tzinfo=UTC),
        duration_minutes=45,
        mode="in_person",
        created_by=ana,
    )

    migrate_to_latest()  # through 0004, which counts, to today's models

    counted = StudyGroup.objects.get(pk=group.pk)
    assert (counted.member_count, counted.meeting_count, counted.held_minutes) == (2, 1, 45)
    assert dict(Tally.objects.filter(course_key=COURSE, bucket="").values_list("name", "value")) == {
        "groups": 1,
        "learners": 2,
        "meetings": 1,
        "minutes": 45,
        "schools": 1,  # from 0008: both members teach at the host school (0007)
    }
    assert Tally.objects.get(course_key=COURSE, name="held").bucket == "2026-03-02T16"
    assert sorted(GroupWord.objects.values_list("word", flat=True)) == ["osnovna", "skola", "split", "vuk"]


@pytest.fixture
def at_0006():
    yield from rolled_back_to(("studygroup", "0006_join_requests"))


@pytest.mark.django_db(transaction=True)
def test_every_current_member_gets_the_host_school(at_0006):
    model = at_0006.get_model
    ana = model("studygroup", "Learner").objects.create(user_id="ana", username="ana")
    group = old_group(at_0006, ana, school_key="osnovna skola vuk|split", join_code="OLDCODE2")
    model("studygroup", "Membership").objects.create(
        group=group, learner=ana, course_key=COURSE, role="coordinator", joined=datetime(2026, 1, 5, tzinfo=UTC)
    )

    migrate_to_latest()

    member = Membership.objects.get()
    assert (member.school_name, member.city, member.country, member.school_key) == (
        "Osnovna škola Vuk",
        "Split",
        "HR",
        "osnovna skola vuk|split",
    )

"""Prepared reads give what the ORM gives, for any values, and compile once (api/prepared.py)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import F
from django.db.models.functions import Upper
from django.test.utils import CaptureQueriesContext

from studygroup_xblock.api import prepared
from studygroup_xblock.api.prepared import Prepared, json_list, json_moment, json_rows
from studygroup_xblock.models import Attendance, Learner, Meeting, StudyGroup

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return [
        Learner.objects.create(user_id=str(n), username=name, full_name=name.title())
        for n, name in enumerate(["ana", "ivan", "100%_sure", "lena"])
    ]


def learners(shape, user_id=None, part=None, since=None):
    rows = Learner.objects.all()
    if user_id is not None:
        rows = rows.filter(user_id=user_id)
    if part is not None:
        rows = rows.filter(username__icontains=part)
    if since is not None:
        rows = rows.filter(modified__gte=since)
    ordered = rows.order_by(*shape) if shape else rows.order_by("id")
    return ordered.values_list("id", "username", "modified", named=True)


def test_rows_match_the_orm_whatever_the_values(people):
    read = Prepared(learners)
    for user_id in ("0", "2", "missing"):
        assert read(user_id=user_id) == list(learners((), user_id=user_id))
    for part in ("an", "%", "_", "0%_s", "LEN"):
        assert read(part=part) == list(learners((), part=part)), part
    for since in (datetime(2000, 1, 1, tzinfo=UTC), datetime.now(UTC) + timedelta(days=1)):
        assert read(since=since) == list(learners((), since=since))


def test_rows_are_named_and_converted_as_the_orm_converts_them(people):
    (row,) = Prepared(learners)(user_id="1")

    assert row.username == "ivan"
    assert row.modified.tzinfo is not None


def test_a_shape_is_proven_against_the_orm_once_then_only_run(people):
    built = []
    read = Prepared(lambda shape, **values: built.append(shape) or learners(shape, **values))

    with CaptureQueriesContext(connection) as captured:
        first = read(shape=("-username",), part="a")
        again = read(shape=("-username",), part="n")
        other = read(shape=("username",), part="n")

    assert [row.username for row in first] == ["lena", "ivan", "ana"]
    assert [row.username for row in again] == ["lena", "ivan", "ana"]
    assert [row.username for row in other] == ["ana", "ivan", "lena"]
    # Each shape is built twice on first use (the ORM's read, then the plan), never again.
    assert built == [("-username",)] * 2 + [("username",)] * 2
    assert len(captured.captured_queries) == 2 + 1 + 2


def test_switched_off_every_read_is_a_plain_queryset(people, settings):
    settings.STUDYGROUP_XBLOCK_PREPARED_READS = False
    built = []
    read = Prepared(lambda shape, **values: built.append(shape) or learners(shape, **values))

    with CaptureQueriesContext(connection) as captured:
        rows = [read(part=part) for part in ("a", "n", "a")]

    assert rows == [list(learners((), part=part)) for part in ("a", "n", "a")]
    assert rows[0][0].username == "ana"
    assert built == [()] * 3
    assert len(captured.captured_queries) == 3
    assert not read._plans


def test_a_read_this_django_cannot_prepare_stays_a_plain_queryset(people, monkeypatch, caplog):
    """As if a Django release renamed what the plan reads in its compiler."""
    monkeypatch.setattr(prepared._Plan, "__init__", lambda *args: object().select)
    read = Prepared(learners)

    rows = [read(part=part) for part in ("a", "n")]

    assert rows == [list(learners((), part=part)) for part in ("a", "n")]
    assert [record.message for record in caplog.records] == [
        f"Cannot prepare {learners} on this Django: it runs as a plain queryset."
    ]


def test_a_plan_that_reads_other_rows_than_the_orm_is_dropped(people, monkeypatch, caplog):
    """As if a Django release selected the columns in an order the plan does not know."""
    run = prepared._Plan.run
    monkeypatch.setattr(prepared._Plan, "run", lambda *args: [row._replace(id=row.modified) for row in run(*args)])
    read = Prepared(learners)

    rows = [read(part=part) for part in ("a", "n")]

    assert rows == [list(learners((), part=part)) for part in ("a", "n")]
    assert [record.message for record in caplog.records] == [
        f"Prepared, {learners} reads other rows than the ORM: it runs as a plain queryset."
    ]


def test_a_row_written_between_the_proving_reads_does_not_drop_the_plan(people, monkeypatch, caplog):
    """As under READ COMMITTED, with another request saving a learner just after the ORM's first read."""
    plainly = Prepared.plainly

    def written_meanwhile(read, shape, values):
        rows = plainly(read, shape, values)
        if not Learner.objects.filter(username="mara").exists():
            Learner.objects.create(user_id="9", username="mara", full_name="Mara")
        return rows

    monkeypatch.setattr(Prepared, "plainly", written_meanwhile)
    read = Prepared(learners)

    rows = read(part="a")

    assert [row.username for row in rows] == ["ana", "ivan", "lena", "mara"]
    assert read._plans[connections[DEFAULT_DB_ALIAS]][((), ("part",))] is not None
    assert caplog.records == []


def test_flags_belong_in_the_shape(people):
    with pytest.raises(TypeError):
        Prepared(learners)(user_id=True)


def test_related_rows_come_as_json_with_their_times(people):
    ana, ivan, *_others = people
    group = StudyGroup.objects.create(
        course_key="course-v1:A+B+C",
        school_name="S",
        city="C",
        country="HR",
        language="hr",
        school_key="s|c",
        join_code="ABCD1234",
        size_limit=12,
        created_by=ana,
    )
    confirmed = datetime(2026, 11, 2, 9, 30, 15, 123456, tzinfo=UTC)
    meeting = Meeting.objects.create(
        group=group, status="held", start=confirmed, duration_minutes=60, mode="in_person", created_by=ana
    )
    Attendance.objects.create(meeting=meeting, learner=ana, confirmed=confirmed)
    Attendance.objects.create(meeting=meeting, learner=ivan)

    (row,) = Meeting.objects.annotate(
        present=json_rows(Attendance.objects, "meeting", "learner__username", "confirmed")
    ).values_list("present", flat=True)

    assert sorted((name, json_moment(at)) for name, at in json_list(row)) == [("ana", confirmed), ("ivan", None)]
    assert json_list(None) == []


def test_columns_come_in_the_order_asked_whatever_the_order_of_annotations(people):
    """Annotated in one order, asked for in another: each column keeps its own values."""

    def named(shape):
        return (
            Learner.objects.annotate(shouted=Upper("username"), reversed_id=-F("id"))
            .order_by("id")
            .values_list("reversed_id", "username", "shouted", named=True)
        )

    assert Prepared(named)() == list(named(()))
    assert Prepared(named)()[0] == (-people[0].pk, "ana", "ANA")

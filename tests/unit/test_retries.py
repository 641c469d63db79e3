"""Transient database failures are run again, and end as a clean 503 with nothing written and no event.

The failures are MySQL's own (error numbers as MySQLdb and PyMySQL raise them); the
MariaDB suite makes them happen for real (tests/database).
"""

import pytest
from django.db import IntegrityError, OperationalError, ProgrammingError, connection, transaction

from studygroup_xblock import api, retries
from studygroup_xblock.models import StudyGroup
from tests.conftest import make_actor, state_after

GROUP = {"school_name": "Skola", "city": "Split", "country": "HR", "language": "hr", "is_open": True}
DEADLOCK = OperationalError(1213, "Deadlock found when trying to get lock; try restarting transaction")
GONE_AWAY = OperationalError(2006, "Server has gone away")
LOCK_WAIT = OperationalError(1205, "Lock wait timeout exceeded; try restarting transaction")


@pytest.fixture(autouse=True)
def no_pauses(monkeypatch):
    monkeypatch.setattr(retries, "FIRST_PAUSE", 0)


def failing(*failures, then="done"):
    """A piece of work that fails with each of ``failures`` in turn, then answers ``then``."""
    calls = []

    def work():
        calls.append(len(calls))
        if len(calls) <= len(failures):
            raise failures[len(calls) - 1]
        return then

    work.calls = calls
    return work


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "failure", [DEADLOCK, OperationalError(1205, "Lock wait timeout"), GONE_AWAY, IntegrityError()]
)
def test_a_transient_failure_is_run_again(failure):
    work = failing(failure, failure)

    assert retries.retrying(work) == "done"
    assert len(work.calls) == 3


@pytest.mark.django_db(transaction=True)
def test_a_failure_that_persists_ends_as_unavailable():
    work = failing(*[DEADLOCK] * retries.ATTEMPTS)

    with pytest.raises(api.Unavailable) as refused:
        retries.retrying(work)

    assert len(work.calls) == retries.ATTEMPTS
    assert (refused.value.status, refused.value.code) == (503, "unavailable")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("failure", [ProgrammingError("no such table"), OperationalError(1054, "Unknown column")])
def test_a_mistake_is_not_hidden_behind_a_retry(failure):
    work = failing(failure)

    with pytest.raises(type(failure)):
        retries.retrying(work)
    assert len(work.calls) == 1


@pytest.mark.django_db
def test_inside_the_callers_transaction_nothing_is_run_again():
    assert transaction.get_connection().in_atomic_block
    work = failing(DEADLOCK)

    with pytest.raises(api.Unavailable):
        retries.retrying(work)
    with pytest.raises(IntegrityError):
        retries.retrying(failing(IntegrityError()))
    assert len(work.calls) == 1


@pytest.mark.django_db(transaction=True)
def test_a_change_that_rolled_back_writes_nothing_and_publishes_nothing(course_key, events):
    """The second statement of the change deadlocks: the group written before it is rolled back too."""
    inserts = []

    def deadlock_on_the_second_insert(execute, sql, params, many, context):
        if sql.startswith("INSERT"):
            inserts.append(sql)
            if len(inserts) == 2:
                raise DEADLOCK
        return execute(sql, params, many, context)

    def create_group():
        with connection.execute_wrapper(deadlock_on_the_second_insert):
            return state_after(api.create_group, course_key, make_actor("ana"), GROUP, size_limit=5, publish=events)

    state = retries.retrying(create_group)

    assert state.role == "coordinator"
    assert StudyGroup.objects.count() == 1
    assert events.names == ["edx.studygroup.group.created", "edx.studygroup.membership.joined"]


@pytest.mark.django_db(transaction=True)
def test_a_failure_in_the_commit_itself_is_not_run_again(course_key, events):
    """No statement failed, yet the transaction did not end well: whether the server saved it is unknown."""

    def create_then_fail_leaving_the_transaction():
        with transaction.atomic():
            api.create_group(course_key, make_actor("ana"), GROUP, size_limit=5, publish=events)
            raise GONE_AWAY

    with pytest.raises(api.Unavailable) as refused:
        retries.retrying(create_then_fail_leaving_the_transaction)

    assert refused.value.details == {"saved": None}
    assert events.names == []


@pytest.mark.django_db(transaction=True)
def test_once_part_of_the_work_is_saved_it_is_not_run_again(course_key, events):
    """The change committed, then the connection was lost reading the answer: a second run would save it twice."""
    attempts = []

    def create_then_lose_the_connection():
        attempts.append(1)
        api.create_group(course_key, make_actor("ana"), GROUP, size_limit=5, publish=events)
        raise GONE_AWAY

    with pytest.raises(api.Unavailable) as refused:
        retries.retrying(create_then_lose_the_connection)

    assert refused.value.details == {"saved": True}  # the learner is told it was saved, to reload
    assert attempts == [1]
    assert StudyGroup.objects.count() == 1
    assert events.names == ["edx.studygroup.group.created", "edx.studygroup.membership.joined"]


@pytest.mark.django_db(transaction=True)
def test_reads_alone_are_run_again(course_key):
    attempts = []

    def read_then_lose_the_connection():
        attempts.append(api.count_groups(course_key))
        if len(attempts) == 1:
            raise GONE_AWAY
        return attempts

    assert retries.retrying(read_then_lose_the_connection) == [0, 0]

"""
Requests that survive a busy or briefly lost database, or fail cleanly.

Every change is one transaction, and events are published only once it commits, so a
request that failed on the database before anything of it was saved can simply be run
again: under contention (a deadlock, a lock wait timed out, a row inserted by a racing
request) or after the connection was lost (a failover, a restart, a killed connection).
Otherwise, or after a few attempts, it ends as
:class:`~studygroup_xblock.errors.Unavailable` (503), never half-written.
"""

import random
import time
from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, InterfaceError, OperationalError, connections, transaction

from .errors import SavedThenUnavailable, Unavailable, UnsureIfSaved

ATTEMPTS = 3
FIRST_PAUSE = 0.05  # seconds; doubled after each failed attempt, with jitter
# MySQL/MariaDB error numbers.
CONTENTION = {1205, 1213}  # lock wait timeout, deadlock
CONNECTION_LOST = {2002, 2003, 2006, 2013, 1927, 4031}  # can't connect, gone away, lost, killed, timed out
WRITE_STATEMENTS = ("INSERT", "UPDATE", "DELETE", "REPLACE")
T = TypeVar("T")


def retrying(work: Callable[[], T]) -> T:
    """``work()``, run again on transient database failures; :class:`Unavailable` if they persist.

    It is run again only while nothing of it is saved: a failure after a transaction of
    it committed (the answer being read, say) ends at once as
    :class:`SavedThenUnavailable`, or the change could be made twice; so does a failure
    of the commit itself (:class:`UnsureIfSaved`). Inside a transaction the caller
    opened, nothing can be run again either.
    """
    attempt = 0
    while True:
        attempt += 1
        writes = _Writes()
        try:
            with transaction.get_connection().execute_wrapper(writes):
                return work()
        except (OperationalError, InterfaceError, IntegrityError) as error:
            in_callers_transaction = transaction.get_connection().in_atomic_block
            if not _transient(error) or (in_callers_transaction and isinstance(error, IntegrityError)):
                raise
            if in_callers_transaction:
                raise Unavailable() from error
            _drop_broken_connections()
            if writes.committed:
                raise SavedThenUnavailable() from error
            if not writes.rolled_back(error):
                raise UnsureIfSaved() from error  # the commit itself failed: the server may have done it
            if attempt == ATTEMPTS:
                raise Unavailable() from error
            time.sleep(FIRST_PAUSE * 2 ** (attempt - 1) * random.uniform(0.5, 1.5))  # noqa: S311 - jitter


class _Writes:
    """What an attempt has saved, told from the statements it ran (a database execute wrapper).

    ``committed``: a write of it is surely saved (its transaction committed, or it ran in
    autocommit); ``wrote``: it ran a write at all. A failure a statement raised saved
    nothing that was not already committed (the server rolls back the transaction the
    statement was in); a failure no statement raised, after a write, came from the commit.
    """

    def __init__(self):
        self.committed = self.wrote = False
        self.statement_errors = set()  # ids of the errors statements raised

    def rolled_back(self, error):
        """Whether ``error`` left unsaved all the attempt wrote but what is ``committed``."""
        return not self.wrote or id(error) in self.statement_errors

    def __call__(self, execute, sql, params, many, context):
        connection = context["connection"]
        try:
            result = execute(sql, params, many, context)
        except Exception as error:
            self.statement_errors.add(id(error))
            raise
        if sql.lstrip()[:7].upper().startswith(WRITE_STATEMENTS):
            self.wrote = True
            if connection.in_atomic_block:
                transaction.on_commit(self._saved, using=connection.alias)
            else:
                self.committed = True
        return result

    def _saved(self):
        self.committed = True


def _transient(error):
    if isinstance(error, (IntegrityError, InterfaceError)):
        return True
    code = error.args[0] if error.args else None
    return code in CONTENTION or code in CONNECTION_LOST


def _drop_broken_connections():
    """Close connections a failure left unusable; the next query opens a new one."""
    for connection in connections.all(initialized_only=True):
        connection.close_if_unusable_or_obsolete()

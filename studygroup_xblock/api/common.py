"""What the api's domains share: what each public function may do for an onlooker, the locks every change
to a group takes, events once committed, the learner upsert, the privacy rule for naming people, and
deleting prepared exports."""

import dataclasses
import functools
import inspect
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from django.core.files.storage import default_storage
from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from ..data import (
    Actor,
    Edit,
    GroupSummary,
    Participant,
    UnitRecord,
)
from ..errors import (
    AlreadyInGroup,
    CoordinatorsOnly,
    NotInGroup,
    ReadOnly,
    StaffOnly,
)
from ..models import (
    JoinRequest,
    Learner,
    Membership,
    PreparedExport,
    StudyGroup,
    Unit,
)
from .prepared import Prepared

Publish = Callable[[str, dict], None]
# A value as the browser sent it, not yet checked: the api checks it, and refuses it with InvalidInput.
Untrusted = Any
Params = ParamSpec("Params")
Result = TypeVar("Result")

# What a public function taking an actor does, which decides what it may do for an actor who may only look.
CHANGE, READ = "change", "read"
WRITING_STATEMENTS = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE"})


def change(function: Callable[Params, Result]) -> Callable[Params, Result]:
    """Declare a public function that changes something: refused (ReadOnly) to an actor who may only look
    (``Actor.read_only``), before it reads or writes anything."""
    actor_of = _actor_argument(function)

    @functools.wraps(function)
    def refused_to_onlookers(*args: Params.args, **kwargs: Params.kwargs) -> Result:
        if actor_of(args, kwargs).read_only:
            raise ReadOnly()
        return function(*args, **kwargs)

    refused_to_onlookers.access = CHANGE  # type: ignore[attr-defined]
    return refused_to_onlookers


def read(function: Callable[Params, Result]) -> Callable[Params, Result]:
    """Declare a public function that only reads: the database connection refuses any write it tries
    (ReadOnly), whoever asks. What looking should record (a coordinator's first step) is a change of its
    own, which an actor who may only look cannot make."""

    @functools.wraps(function)
    def writing_nothing(*args: Params.args, **kwargs: Params.kwargs) -> Result:
        with connection.execute_wrapper(_refuse_writes):
            return function(*args, **kwargs)

    writing_nothing.access = READ  # type: ignore[attr-defined]
    return writing_nothing


def _actor_argument(function):
    """How to find the ``actor`` argument of a call to ``function``, passed by position or by name."""
    position = list(inspect.signature(function).parameters).index("actor")
    return lambda args, kwargs: kwargs["actor"] if "actor" in kwargs else args[position]


def _refuse_writes(execute, sql, params, many, context):
    if sql.lstrip().split(None, 1)[0].upper() in WRITING_STATEMENTS:
        raise ReadOnly()
    return execute(sql, params, many, context)


PAGE_SIZE = 10


COUNT_LIMIT = 100  # long lists say "more than 100" rather than count every row


COORDINATOR = Membership.Role.COORDINATOR


MEMBER = Membership.Role.MEMBER


@contextmanager
def racing_insert_refused(refusal):
    """A transaction in which a racing insert that a unique constraint stops reads as ``refusal``."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        raise refusal() from error


def one_group_per_learner():
    """A transaction in which a racing second active membership reads as AlreadyInGroup."""
    return racing_insert_refused(AlreadyInGroup)


@contextmanager
def in_my_group(course_key, actor, coordinator=False):
    """A transaction holding the actor's group locked, giving their active membership."""
    mine = active_stay(course_key, actor)
    group_id = mine.values_list("group_id", flat=True).first()
    with transaction.atomic():
        membership = lock_membership(mine, group_id)
        if membership is None:
            raise NotInGroup()
        _brought_up_to_date(membership.learner, actor)
        if coordinator and membership.role != COORDINATOR:
            raise CoordinatorsOnly()
        yield membership


def locked_group(group_id):
    """The group, locked for the rest of the transaction: every change to a group takes this lock first."""
    return StudyGroup.objects.select_for_update().get(pk=group_id)


def lock_membership(memberships, group_id):
    """Lock the group, then read the membership again: None if it ended meanwhile.

    ``group_id`` must be read before the transaction. Every change to a group's members
    locks the group row first, so concurrent changes queue up instead of deadlocking,
    and the lock comes before any plain read: on MySQL under REPEATABLE READ the first
    plain read fixes the snapshot, which then includes every change committed by
    whoever held the lock before.
    """
    if group_id is None:
        return None
    group = locked_group(group_id)
    membership = memberships.select_related("learner").filter(group=group, active=True).first()
    if membership is not None:
        membership.group = group
    return membership


def active_members(group):
    return Membership.objects.filter(group=group, active=True)


def upsert_learner(actor):
    """The actor's learner row, made or brought up to date with the name the runtime gives."""
    learner, created = Learner.objects.get_or_create(user_id=actor.user_id, defaults=_as_known(actor))
    return learner if created else _brought_up_to_date(learner, actor)


def joining_learner(course_key, actor):
    """``upsert_learner`` for a learner about to join a group of the course: AlreadyInGroup if they are in one.
    Whether a request of theirs waits comes with it (``waiting``), for :func:`joined`."""
    in_group = Membership.objects.filter(learner=OuterRef("pk"), course_key=course_key, active=True)
    asked = JoinRequest.objects.filter(learner=OuterRef("pk"), course_key=course_key, pending=True)
    learner = (
        Learner.objects.filter(user_id=actor.user_id).annotate(in_group=Exists(in_group), waiting=Exists(asked)).first()
    )
    if learner is None:
        learner = Learner.objects.create(user_id=actor.user_id, **_as_known(actor))
        learner.waiting = False
        return learner
    if learner.in_group:
        raise AlreadyInGroup()
    return _brought_up_to_date(learner, actor)


def joined(course_key, learner):
    """A learner who joins or starts a group no longer waits for another: their request is withdrawn
    (unless :func:`joining_learner` found none waiting)."""
    if not getattr(learner, "waiting", True):
        return
    waiting = JoinRequest.objects.filter(course_key=course_key, learner=learner, pending=True)
    waiting.update(state=JoinRequest.State.WITHDRAWN, pending=None, decided=timezone.now(), decided_by=learner)


def _as_known(actor):
    """What the learner row keeps of the actor: their name, and the language and zone their e-mails are
    written in (kept as they were when the runtime does not say)."""
    known = {"username": actor.username, "full_name": actor.full_name}
    return known | {name: getattr(actor, name) for name in ("language", "time_zone") if getattr(actor, name)}


def _brought_up_to_date(learner, actor):
    changed = {name: value for name, value in _as_known(actor).items() if getattr(learner, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(learner, name, value)
        learner.save(update_fields=[*changed, "modified"])
    return learner


def publish_after_commit(publish, name, group, **data):
    """Publish a change to ``group`` once it commits: its course, itself and the language it meets in,
    then ``data`` (ids, numbers and codes only: ADR 4)."""
    payload = {"course_id": str(group.course_key), "group_id": group.id, "language": group.language, **data}
    transaction.on_commit(lambda: publish(name, payload))


def my_active_membership(course_key, actor):
    membership = active_membership_or_none(course_key, actor)
    if membership is None:
        raise NotInGroup()
    return membership


@dataclass(frozen=True)
class Audience:
    """Whom a record is for, as far as the privacy rule asks: their group, and whether they are course staff."""

    actor: Actor
    group_id: int | None
    is_staff: bool = False


def audience_of(membership):
    """A member of a group, looking at their own group's records."""
    learner = membership.learner
    return Audience(Actor(user_id=learner.user_id, username=learner.username), membership.group_id)


def full_name_for(learner, audience, group_id):
    """The privacy rule, in one place: a person's full name stays within the group they are named
    in (``group_id``) and course staff; everyone else knows them by username only."""
    return learner.full_name if audience.is_staff or group_id == audience.group_id else ""


def participant(learner, audience, group_id):
    """``learner`` as ``audience`` may see them, named in the records of group ``group_id``."""
    return Participant(
        learner_id=learner.pk,
        username=learner.username,
        full_name=full_name_for(learner, audience, group_id),
        is_you=learner.user_id == audience.actor.user_id,
    )


def active_stay(course_key, actor):
    """The actor's active membership in the course (one at most), as a queryset."""
    return Membership.objects.filter(course_key=course_key, learner__user_id=actor.user_id, active=True)


def active_membership_or_none(course_key, actor):
    return active_stay(course_key, actor).select_related("group", "learner").first()


def set_row(model, present, **fields):
    """Make the one row with ``fields`` exist or not (a mark, a check-in); whether anything changed."""
    if present:
        return model.objects.get_or_create(**fields)[1]
    return model.objects.filter(**fields).delete()[0] > 0


def refuse_unless_staff(is_staff: bool) -> None:
    if not is_staff:
        raise StaffOnly()


def page_of(rows, size, number, *, total=None):
    """Page ``number`` of ``rows`` (the last page, past the end): its rows, and the ``Paging`` fields of its record.

    Without a ``total`` known from the tallies, the rows are counted only up to
    ``COUNT_LIMIT``, so a page of a long list costs the same as one of a short list.
    """
    more = False
    if total is None:
        total = rows[: COUNT_LIMIT + 1].count()
        more, total = total > COUNT_LIMIT, min(total, COUNT_LIMIT)
    num_pages = page_count(total, size)
    number = min(max(number, 1), num_pages)
    items = list(rows[(number - 1) * size : number * size])
    return items, {"page": number, "num_pages": num_pages, "total": total, "more": more}


def belongs_or_coordinates(person_id, learner_id, coordinates):
    """Who may change a meeting's minutes or tick off a task: the person it belongs to (who logged
    it, who does it), or a coordinator of the group."""
    return person_id == learner_id or coordinates


def page_count(total, size):
    """How many pages of ``size`` hold ``total`` rows: one at least, so an empty list still shows its page."""
    return max(1, -(-total // size))


def record_of(record_type, row, **worked_out):
    """A ``record_type`` of ``row``: its fields are the row's attributes of the same names, unless ``worked_out``."""
    copied = {field.name for field in dataclasses.fields(record_type)} - worked_out.keys()
    return record_type(**{name: getattr(row, name) for name in copied}, **worked_out)


def last_edit(revisions, audience, group_id):
    """Who last edited a record and when, from its revisions (newest first), or None if it was never edited."""
    if not revisions:
        return None
    return Edit(by=participant(revisions[0].edited_by, audience, group_id), at=revisions[0].edited)


def delete_prepared_exports(exports):
    """Delete prepared exports (a queryset) and their files: the old ones of a course, and on a
    learner's retirement every one of their courses (the files name people; they can be made again)."""
    exports = list(exports)
    for export in exports:
        if export.file_name:
            default_storage.delete(export.file_name)
    PreparedExport.objects.filter(pk__in=[export.pk for export in exports]).delete()


def group_summary(group):
    """The group's summary; ``member_count`` comes annotated (or set) on the group."""
    return record_of(GroupSummary, group)


def course_units(course_key):
    """The course's units with a Study Group block, in outline order (see :func:`in_outline_order`)."""
    return in_outline_order(_unit_rows(course_key=str(course_key)))


_unit_rows = Prepared(
    lambda shape, course_key: Unit.objects.filter(course_key=course_key).values_list(
        "id", "title", "position", "first_seen", named=True
    )
)


def in_outline_order(units):
    """``(id, title, position, first_seen)`` rows as records: in the course outline's order where it
    is known (the runtime told it), the others after, as first seen."""
    ordered = sorted(units, key=lambda unit: (unit[2] == "", unit[2], unit[3], unit[0]))
    return tuple(UnitRecord(id=unit[0], title=unit[1]) for unit in ordered)

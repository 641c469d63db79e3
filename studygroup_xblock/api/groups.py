"""Study groups: finding, starting, joining and leaving one, coordinating it, and what a learner sees of theirs."""

import re
import secrets

from django.db import transaction
from django.db.models import (
    Q,
)
from django.utils import timezone
from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import (
    Actor,
    has_room,
)
from ..errors import (
    CodeRequired,
    DuplicateSchool,
    GroupArchived,
    GroupFull,
    InvalidInput,
    LastCoordinator,
    RequestRequired,
    UnknownCode,
    UnknownGroup,
    UnknownMember,
)
from ..models import (
    JoinRequest,
    Learner,
    Membership,
    MembershipRevision,
    PreparedExport,
    StudyGroup,
    TimeAnswer,
)
from ..validation import fold
from . import mail, tallies
from .common import (
    COORDINATOR,
    MEMBER,
    Publish,
    Untrusted,
    active_members,
    change,
    delete_prepared_exports,
    group_summary,
    in_my_group,
    joined,
    joining_learner,
    lock_membership,
    locked_group,
    one_group_per_learner,
    publish_after_commit,
)
from .tallies import counting, index_words

JOIN_CODE_INPUT_MAX = 32  # room for a pasted code with spaces and dashes


SIZE_LIMIT_RANGE = (2, 50)


SIZE_LIMIT_MESSAGE = gettext_noop("The group size limit must be between %(low)s and %(high)s.")


JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I lookalikes


def count_groups(course_key: CourseKey) -> int:
    """How many groups of the course still have members."""
    return tallies.value(course_key, tallies.GROUPS)


@change
def create_group(
    course_key: CourseKey,
    actor: Actor,
    fields: Untrusted,
    *,
    size_limit: int,
    publish: Publish,
    allow_duplicate: bool = False,
) -> int:
    """Create a group with the actor as its coordinator.

    Unless ``allow_duplicate``, refuse with :class:`DuplicateSchool` when the course
    already has a group for the same school and city, so colleagues find each other
    instead of splitting up.
    """
    values = _group_values(fields)
    low, high = SIZE_LIMIT_RANGE
    if not low <= size_limit <= high:
        raise InvalidInput(SIZE_LIMIT_MESSAGE, field="size_limit", low=low, high=high)
    with one_group_per_learner():
        learner = joining_learner(course_key, actor)
        if not allow_duplicate:
            in_a_group = Membership.objects.filter(course_key=course_key, school_key=values["school_key"], active=True)
            existing = (
                StudyGroup.objects.filter(course_key=course_key, archived__isnull=True)
                .filter(Q(school_key=values["school_key"]) | Q(pk__in=in_a_group.values("group_id")))
                .first()
            )
            if existing:
                raise DuplicateSchool(group_summary(existing))
        group = StudyGroup.objects.create(
            course_key=course_key,
            join_code=_new_join_code(),
            size_limit=size_limit,
            created_by=learner,
            **values,
        )
        with counting(group, new=True):
            membership = add_member(group, learner, COORDINATOR)
        joined(course_key, learner)
        index_words(group)
        publish_after_commit(publish, "edx.studygroup.group.created", group)
        publish_after_commit(
            publish, "edx.studygroup.membership.joined", group, membership_id=membership.id, via="created"
        )
    return group.pk


@change
def join_group(course_key: CourseKey, actor: Actor, group_id: Untrusted, *, publish: Publish) -> int:
    """Join an open group found by searching."""
    group_id = validation.positive_int(group_id, "group_id")
    return _join(course_key, actor, publish, via="search", id=group_id)


@change
def join_group_by_code(course_key: CourseKey, actor: Actor, code: Untrusted, *, publish: Publish) -> int:
    """Join any group, open or not, with the code a colleague sent."""
    code = normalise_join_code(validation.text(code, "code", max_length=JOIN_CODE_INPUT_MAX))
    return _join(course_key, actor, publish, via="code", join_code=code)


@change
def leave_group(course_key: CourseKey, actor: Actor, *, publish: Publish) -> None:
    """Leave the learner's group; the last member leaving archives it."""
    with in_my_group(course_key, actor) as membership:
        if membership.role == COORDINATOR:  # a member's leaving needs no look at the others
            roles = set(active_members(membership.group).exclude(pk=membership.pk).values_list("role", flat=True))
            if roles and COORDINATOR not in roles:
                raise LastCoordinator()
        _end(membership, publish, "edx.studygroup.membership.left")
        mail.member_left(membership)


@change
def update_group(course_key: CourseKey, actor: Actor, fields: Untrusted, *, publish: Publish) -> None:
    """Change the group's details and whether it is open; coordinators only."""
    values = _group_values(fields)
    with in_my_group(course_key, actor, coordinator=True) as mine, counting(mine.group):
        group = mine.group
        StudyGroup.objects.filter(pk=group.pk).update(modified=timezone.now(), **values)
        if values["school_key"] != group.school_key or values["country"] != group.country:
            # Its members at the host school follow its corrected name, place or country.
            at_host = active_members(group).filter(school_key=group.school_key, country=group.country)
            at_host.update(**{name: values[name] for name in MEMBER_SCHOOL})
        if (values["school_name"], values["city"]) != (group.school_name, group.city):
            group.school_name, group.city = values["school_name"], values["city"]
            index_words(group)
        publish_after_commit(publish, "edx.studygroup.group.edited", group)


@change
def rotate_join_code(course_key: CourseKey, actor: Actor, *, publish: Publish) -> None:
    """Give the group a new join code, so the old one (if it spread too far) stops working."""
    with in_my_group(course_key, actor, coordinator=True) as mine:
        group = mine.group
        group.join_code = _new_join_code()
        group.save(update_fields=["join_code", "modified"])
        publish_after_commit(publish, "edx.studygroup.group.code_rotated", group)


@change
def remove_member(course_key: CourseKey, actor: Actor, membership_id: Untrusted, *, publish: Publish) -> None:
    """Take a colleague out of the group (their history stays); coordinators only."""
    with in_my_group(course_key, actor, coordinator=True) as mine:
        target = _colleague(mine, membership_id)
        _end(target, publish, "edx.studygroup.membership.removed", removed_by=mine.learner)
        mail.member_left(target)


@change
def set_member_role(
    course_key: CourseKey, actor: Actor, membership_id: Untrusted, role: Untrusted, *, publish: Publish
) -> None:
    """Make a member a (co-)coordinator, or a coordinator a member again; coordinators only."""
    if not isinstance(role, str) or role not in Membership.Role.values:
        raise InvalidInput(gettext_noop("Choose coordinator or member."), field="role")
    with in_my_group(course_key, actor, coordinator=True) as mine:
        target = _colleague(mine, membership_id, allow_self=True)
        other_coordinators = active_members(mine.group).filter(role=COORDINATOR).exclude(pk=target.pk)
        if role == MEMBER and target.role == COORDINATOR and not other_coordinators.exists():
            raise LastCoordinator()
        _set_role(target, role, publish)


@change
def hand_over_coordination(course_key: CourseKey, actor: Actor, membership_id: Untrusted, *, publish: Publish) -> None:
    """Make a colleague coordinator and the actor a plain member, in one step."""
    with in_my_group(course_key, actor, coordinator=True) as mine:
        target = _colleague(mine, membership_id)
        _set_role(target, COORDINATOR, publish)
        _set_role(mine, MEMBER, publish)


def retire_learner(user_id: int | str, *, publish: Publish) -> None:
    """Take a retired user out of their groups and scrub their name; the history stays, anonymous.
    The prepared exports of their courses, files that name them, are deleted.

    A group they coordinated alone passes to its longest-standing member, so it can
    still be coordinated; a group they were alone in is archived.
    """
    memberships = Membership.objects.filter(learner__user_id=str(user_id), active=True)
    for membership_id, group_id in list(memberships.values_list("pk", "group_id")):
        with transaction.atomic():
            membership = lock_membership(memberships.filter(pk=membership_id), group_id)
            if membership is None:
                continue
            others = active_members(membership.group).exclude(pk=membership.pk).order_by("joined", "id")
            if membership.role == COORDINATOR and not others.filter(role=COORDINATOR).exists() and others:
                _set_role(others[0], COORDINATOR, publish)
            _end(membership, publish, "edx.studygroup.membership.left")
    JoinRequest.objects.filter(learner__user_id=str(user_id)).delete()  # their messages, and the answers to them
    TimeAnswer.objects.filter(learner__user_id=str(user_id)).delete()  # which times suited them
    retired = {
        "username": f"retired_{secrets.token_hex(8)}",
        "full_name": "",
        "language": "",
        "time_zone": "",
        "chosen_language": "",
    }
    Learner.objects.filter(user_id=str(user_id)).update(**retired)
    courses = Membership.objects.filter(learner__user_id=str(user_id)).values("course_key")
    delete_prepared_exports(PreparedExport.objects.filter(course_key__in=courses))


def refuse_if_full(group):
    """Every way in (open, code, an accepted request) needs a free place. The count was read with
    the group's lock, so it includes every join committed by whoever held the lock before."""
    if not has_room(group.member_count, group.size_limit):
        raise GroupFull()


def school_key(school_name, city):
    """The folded school and city that duplicates share; each cut to its column share, as folding can lengthen text."""
    return f"{fold(school_name)[: models.SCHOOL_NAME_MAX]}|{fold(city)[: models.CITY_MAX]}"


def normalise_join_code(code: Untrusted) -> str:
    """A join code as typed or pasted (any case, dashes, spaces) in its stored form."""
    return re.sub(r"[^A-Z0-9]", "", code.upper())


def _join(course_key, actor, publish, via, **lookup):
    unknown = UnknownCode(field="code") if via == "code" else UnknownGroup(field="group_id")
    # Found before the transaction, locked by its key within it, as every change to a group
    # is: locking it through the join-code index instead deadlocked with a new code being made.
    group_id = StudyGroup.objects.filter(course_key=course_key, **lookup).values_list("pk", flat=True).first()
    if group_id is None:
        raise unknown
    with one_group_per_learner():
        group = locked_group(group_id)
        if any(getattr(group, name) != value for name, value in lookup.items()):
            raise unknown  # the coordinator made a new code meanwhile
        if group.archived:
            raise GroupArchived()
        if via != "code" and not group.is_open:
            raise RequestRequired() if group.by_request else CodeRequired()
        learner = joining_learner(course_key, actor)
        refuse_if_full(group)
        with counting(group):
            membership = add_member(group, learner, MEMBER)
        joined(course_key, learner)
        publish_after_commit(publish, "edx.studygroup.membership.joined", group, membership_id=membership.id, via=via)
    return group.pk


def add_member(group, learner, role):
    """A new stay in ``group``, at its host school until the member names their own; the group's next
    meeting comes to them by e-mail."""
    membership = Membership.objects.create(
        group=group,
        learner=learner,
        course_key=group.course_key,
        role=role,
        joined=timezone.now(),
        **{name: getattr(group, name) for name in MEMBER_SCHOOL},
    )
    mail.member_joined(membership)
    return membership


MEMBER_SCHOOL = ("school_name", "city", "country", "school_key")


@change
def set_my_school(course_key: CourseKey, actor: Actor, fields: Untrusted, *, publish: Publish) -> None:
    """Name the member's own school (in a group of neighbouring schools); the school they named
    before is kept, dated, so each school's evidence stays true."""
    values = _school_values(fields)
    with in_my_group(course_key, actor) as mine, counting(mine.group):
        before = {name: getattr(mine, name) for name in MEMBER_SCHOOL[:3]}
        if before != {name: values[name] for name in MEMBER_SCHOOL[:3]}:
            MembershipRevision.objects.create(membership=mine, edited_by=mine.learner, previous=before)
            Membership.objects.filter(pk=mine.pk).update(**values)
            index_words(mine.group)
            publish_after_commit(publish, "edx.studygroup.membership.school_changed", mine.group, membership_id=mine.pk)


@change
def dismiss_guide(course_key: CourseKey, actor: Actor, *, publish: Publish) -> None:
    """Hide the first steps from this coordinator: they know their way now."""
    with in_my_group(course_key, actor, coordinator=True) as mine:
        if mine.guide_dismissed is None:
            Membership.objects.filter(pk=mine.pk).update(guide_dismissed=timezone.now())
            publish_after_commit(
                publish, "edx.studygroup.membership.guide_dismissed", mine.group, membership_id=mine.pk
            )


def _school_values(fields):
    if not isinstance(fields, dict):
        raise InvalidInput()
    school_name = validation.text(fields.get("school_name"), "school_name", max_length=models.SCHOOL_NAME_MAX)
    city = validation.text(fields.get("city"), "city", max_length=models.CITY_MAX)
    return {
        "school_name": school_name,
        "city": city,
        "country": validation.country(fields.get("country")),
        "school_key": school_key(school_name, city),
    }


def _end(membership, publish, event_name, removed_by=None):
    """End a stay in a group, keeping its dates; archive the group if nobody is left."""
    group = membership.group
    with counting(group):
        membership.active = None
        membership.left = timezone.now()
        membership.removed_by = removed_by
        membership.save(update_fields=["active", "left", "removed_by"])
        publish_after_commit(publish, event_name, group, membership_id=membership.id)
        if membership.school_key != group.school_key:
            index_words(group)  # their school may have left with them
        if group.member_count <= 1:  # counted under the lock: this was the last member
            group.archived = membership.left
            group.save(update_fields=["archived", "modified"])
            # Nobody is left to answer: whoever asked may ask elsewhere.
            JoinRequest.objects.filter(group=group, pending=True).update(
                state=JoinRequest.State.WITHDRAWN, pending=None, decided=membership.left
            )
            publish_after_commit(publish, "edx.studygroup.group.archived", group)


def _set_role(membership, role, publish):
    if membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
        publish_after_commit(
            publish, "edx.studygroup.membership.role_changed", membership.group, membership_id=membership.id, role=role
        )


def _colleague(mine, membership_id, allow_self=False):
    membership_id = validation.positive_int(membership_id, "membership_id")
    target = active_members(mine.group).filter(pk=membership_id).first()
    if target is None or (target.pk == mine.pk and not allow_self):
        raise UnknownMember(field="membership_id")
    target.group = mine.group
    return target


def _new_join_code():
    while True:
        code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(models.JOIN_CODE_LENGTH))
        if not StudyGroup.objects.filter(join_code=code).exists():
            return code


def _group_values(fields):
    school = _school_values(fields)
    language = validation.language(fields.get("language"), "language")
    return {
        **school,
        "language": language,
        "description": validation.text(
            fields.get("description", ""),
            "description",
            max_length=models.DESCRIPTION_MAX,
            required=False,
            multiline=True,
        ),
        **_admission(fields),
    }


ADMISSIONS = {"open": (True, False), "request": (False, True), "code": (False, False)}


def _admission(fields):
    """Who may join, as the form chooses it (``admission``: open, by request or by code only), or as
    ``is_open`` alone says it (open, or by code only)."""
    admission = fields.get("admission")
    if admission is None:
        return {"is_open": validation.boolean(fields.get("is_open"), "is_open"), "by_request": False}
    if not isinstance(admission, str) or admission not in ADMISSIONS:
        raise InvalidInput(gettext_noop("Choose from the list who may join."), field="admission")
    return dict(zip(("is_open", "by_request"), ADMISSIONS[admission], strict=True))

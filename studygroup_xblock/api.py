"""
The public interface to study-group data: every read, every write, every permission.

Callers pass an :class:`~studygroup_xblock.data.Actor` the runtime vouches for and get
records from ``data.py`` back. Every refusal is a :class:`StudyGroupError` subclass
carrying an HTTP status, a stable code and an untranslated message, so the caller can
answer in the learner's language. Every change runs in one transaction and publishes
its ``edx.studygroup.*`` event through the ``publish`` callable only once committed.
"""

import re
import secrets
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager

from django.conf import global_settings
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_noop
from django_countries import countries

from . import models
from .data import Actor, GroupDetail, GroupSummary, LearnerState, Member, SearchPage
from .models import Learner, Membership, StudyGroup

Publish = Callable[[str, dict], None]

PAGE_SIZE = 10
SEARCH_QUERY_MAX = 100
SIZE_LIMIT_RANGE = (2, 50)
JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I lookalikes
COORDINATOR = Membership.Role.COORDINATOR
MEMBER = Membership.Role.MEMBER
LANGUAGE_CODES = frozenset(code for code, _name in global_settings.LANGUAGES)
# Letters of the pilot countries' alphabets (and neighbours) that Unicode does not decompose.
UNDECOMPOSED_LETTERS = str.maketrans({"đ": "d", "ħ": "h", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "\u0131": "i"})


class StudyGroupError(Exception):
    """A request the api refuses; ``message`` is a msgid to translate with ``params``."""

    status = 400
    code = "invalid"
    message = gettext_noop("This request could not be understood.")

    def __init__(self, message=None, *, field=None, **params):
        super().__init__(message or self.message)
        if message:
            self.message = message
        self.params = params
        self.details = {"field": field} if field else {}


class InvalidInput(StudyGroupError):
    code = "invalid_field"


class UnknownGroup(StudyGroupError):
    code = "unknown_group"
    message = gettext_noop("This study group does not exist in this course.")


class UnknownMember(StudyGroupError):
    code = "unknown_member"
    message = gettext_noop("This person is not a member of your study group.")


class UnknownCode(StudyGroupError):
    code = "unknown_code"
    message = gettext_noop("No study group in this course has that join code. Check it with your colleague.")


class NotAllowed(StudyGroupError):
    status = 403
    code = "forbidden"
    message = gettext_noop("You are not allowed to do that.")


class CodeRequired(NotAllowed):
    code = "code_required"
    message = gettext_noop("This group only takes new members who have its join code.")


class Conflict(StudyGroupError):
    status = 409
    code = "conflict"


class AlreadyInGroup(Conflict):
    code = "already_in_group"
    message = gettext_noop("You are already in a study group in this course. Leave it first.")


class NotInGroup(Conflict):
    code = "not_in_group"
    message = gettext_noop("You are not in a study group in this course.")


class GroupFull(Conflict):
    code = "group_full"
    message = gettext_noop("This group is full.")


class GroupArchived(Conflict):
    code = "group_archived"
    message = gettext_noop("This group has closed: all its members have left.")


class LastCoordinator(Conflict):
    code = "last_coordinator"
    message = gettext_noop("Your group needs a coordinator: make another member coordinator first.")


class DuplicateSchool(Conflict):
    """A group for the same school and city exists; ``group`` is its summary."""

    code = "duplicate_school"
    message = gettext_noop("There is already a study group for this school. You could join it instead.")

    def __init__(self, group):
        super().__init__()
        self.details = {"group": group}


# --- reading ---------------------------------------------------------------------------


def get_learner_state(course_key, actor: Actor) -> LearnerState:
    """The learner's group in this course (if any) and their role in it; writes nothing."""
    membership = (
        Membership.objects.select_related("group")
        .filter(course_key=course_key, learner__user_id=actor.user_id, active=True)
        .first()
    )
    if membership is None:
        return LearnerState(group=None, role=None)
    return LearnerState(group=_detail(membership.group, actor), role=membership.role)


def search_groups(course_key, query="", country="", page=1) -> SearchPage:
    """The course's active groups whose school and city hold every word, or whose country matches."""
    query = _text(query, "q", max_length=SEARCH_QUERY_MAX, required=False)
    groups = _with_member_count(StudyGroup.objects.filter(course_key=course_key, archived__isnull=True))
    if country:
        groups = groups.filter(country=_country(country))
    folded = fold(query)
    if folded:
        every_word = Q()
        for word in folded.split():
            every_word &= Q(school_key__contains=word)
        matching_countries = [code for code, name in countries if folded in fold(str(name))]
        groups = groups.filter(every_word | Q(country__in=matching_countries))
    paginator = Paginator(groups.order_by("school_name", "city", "id"), PAGE_SIZE)
    page_obj = paginator.get_page(_positive_int(page, "page"))
    return SearchPage(
        results=tuple(_summary(group) for group in page_obj),
        page=page_obj.number,
        num_pages=paginator.num_pages,
        total=paginator.count,
    )


def count_groups(course_key) -> int:
    """How many groups of the course still have members."""
    return StudyGroup.objects.filter(course_key=course_key, archived__isnull=True).count()


# --- forming groups --------------------------------------------------------------------


def create_group(course_key, actor, fields, *, size_limit, publish: Publish, allow_duplicate=False):
    """Create a group with the actor as its coordinator.

    Unless ``allow_duplicate``, refuse with :class:`DuplicateSchool` when the course
    already has a group for the same school and city, so colleagues find each other
    instead of splitting up.
    """
    values = _group_values(fields)
    if not SIZE_LIMIT_RANGE[0] <= size_limit <= SIZE_LIMIT_RANGE[1]:
        raise InvalidInput(gettext_noop("The group size limit must be between 2 and 50."), field="size_limit")
    with _one_group_per_learner():
        learner = _upsert_learner(actor)
        _refuse_if_in_group(course_key, learner)
        if not allow_duplicate:
            existing = _with_member_count(
                StudyGroup.objects.filter(course_key=course_key, archived__isnull=True, school_key=values["school_key"])
            ).first()
            if existing:
                raise DuplicateSchool(_summary(existing))
        group = StudyGroup.objects.create(
            course_key=course_key,
            join_code=_new_join_code(),
            size_limit=size_limit,
            created_by=learner,
            **values,
        )
        membership = _add_member(group, learner, COORDINATOR)
        _publish(publish, "edx.studygroup.group.created", group)
        _publish(publish, "edx.studygroup.membership.joined", group, membership_id=membership.id, via="created")
    return get_learner_state(course_key, actor)


def join_group(course_key, actor, group_id, *, publish: Publish) -> LearnerState:
    """Join an open group found by searching."""
    group_id = _positive_int(group_id, "group_id")
    return _join(course_key, actor, publish, via="search", id=group_id)


def join_group_by_code(course_key, actor, code, *, publish: Publish) -> LearnerState:
    """Join any group, open or not, with the code a colleague sent."""
    code = normalise_join_code(_text(code, "code", max_length=32))
    return _join(course_key, actor, publish, via="code", join_code=code)


def leave_group(course_key, actor, *, publish: Publish) -> LearnerState:
    """Leave the learner's group; the last member leaving archives it."""
    with transaction.atomic():
        membership = _my_membership(course_key, actor)
        others = list(_active_members(membership.group).exclude(pk=membership.pk))
        if membership.role == COORDINATOR and others and not any(other.role == COORDINATOR for other in others):
            raise LastCoordinator()
        _end(membership)
        _publish(publish, "edx.studygroup.membership.left", membership.group, membership_id=membership.id)
        if not others:
            membership.group.archived = timezone.now()
            membership.group.save(update_fields=["archived", "modified"])
            _publish(publish, "edx.studygroup.group.archived", membership.group)
    return get_learner_state(course_key, actor)


# --- coordinating ----------------------------------------------------------------------


def update_group(course_key, actor, fields, *, publish: Publish) -> LearnerState:
    """Change the group's details and whether it is open; coordinators only."""
    values = _group_values(fields)
    with transaction.atomic():
        group = _coordinated_membership(course_key, actor).group
        StudyGroup.objects.filter(pk=group.pk).update(modified=timezone.now(), **values)
        _publish(publish, "edx.studygroup.group.edited", group)
    return get_learner_state(course_key, actor)


def rotate_join_code(course_key, actor, *, publish: Publish) -> LearnerState:
    """Give the group a new join code, so the old one (if it spread too far) stops working."""
    with transaction.atomic():
        group = _coordinated_membership(course_key, actor).group
        group.join_code = _new_join_code()
        group.save(update_fields=["join_code", "modified"])
        _publish(publish, "edx.studygroup.group.code_rotated", group)
    return get_learner_state(course_key, actor)


def remove_member(course_key, actor, membership_id, *, publish: Publish) -> LearnerState:
    """Take a colleague out of the group (their history stays); coordinators only."""
    with transaction.atomic():
        mine = _coordinated_membership(course_key, actor)
        target = _colleague(mine, membership_id)
        _end(target, removed_by=mine.learner)
        _publish(publish, "edx.studygroup.membership.removed", mine.group, membership_id=target.id)
    return get_learner_state(course_key, actor)


def set_member_role(course_key, actor, membership_id, role, *, publish: Publish) -> LearnerState:
    """Make a member a (co-)coordinator, or a coordinator a member again; coordinators only."""
    if not isinstance(role, str) or role not in Membership.Role.values:
        raise InvalidInput(gettext_noop("Choose coordinator or member."), field="role")
    with transaction.atomic():
        mine = _coordinated_membership(course_key, actor)
        target = _colleague(mine, membership_id, allow_self=True)
        other_coordinators = _active_members(mine.group).filter(role=COORDINATOR).exclude(pk=target.pk)
        if role == MEMBER and target.role == COORDINATOR and not other_coordinators.exists():
            raise LastCoordinator()
        _set_role(target, role, publish)
    return get_learner_state(course_key, actor)


def hand_over_coordination(course_key, actor, membership_id, *, publish: Publish) -> LearnerState:
    """Make a colleague coordinator and the actor a plain member, in one step."""
    with transaction.atomic():
        mine = _coordinated_membership(course_key, actor)
        target = _colleague(mine, membership_id)
        _set_role(target, COORDINATOR, publish)
        _set_role(mine, MEMBER, publish)
    return get_learner_state(course_key, actor)


# --- retirement ------------------------------------------------------------------------


def retire_learner(user_id):
    """Scrub a retired user's name; memberships stay as anonymous history."""
    Learner.objects.filter(user_id=str(user_id)).update(username=f"retired_{secrets.token_hex(8)}", full_name="")


# --- text rules ------------------------------------------------------------------------


def fold(text):
    """Text folded for matching: case, accents, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED_LETTERS))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def normalise_join_code(code):
    """A join code as typed or pasted (any case, dashes, spaces) in its stored form."""
    return re.sub(r"[^A-Z0-9]", "", code.upper())


def format_join_code(code):
    """The code as shown to people: two groups of four, easy to read out."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


# --- internals -------------------------------------------------------------------------


def _join(course_key, actor, publish, via, **lookup):
    with _one_group_per_learner():
        try:
            group = StudyGroup.objects.select_for_update().get(course_key=course_key, **lookup)
        except StudyGroup.DoesNotExist:
            raise (UnknownCode(field="code") if via == "code" else UnknownGroup(field="group_id")) from None
        if group.archived:
            raise GroupArchived()
        if via != "code" and not group.is_open:
            raise CodeRequired()
        learner = _upsert_learner(actor)
        _refuse_if_in_group(course_key, learner)
        # The group lock came before any plain read, so this count includes every join
        # committed by whoever held the lock before (see _my_membership).
        if _active_members(group).count() >= group.size_limit:
            raise GroupFull()
        membership = _add_member(group, learner, MEMBER)
        _publish(publish, "edx.studygroup.membership.joined", group, membership_id=membership.id, via=via)
    return get_learner_state(course_key, actor)


@contextmanager
def _one_group_per_learner():
    """A transaction in which a racing second active membership reads as AlreadyInGroup."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        raise AlreadyInGroup() from error


def _refuse_if_in_group(course_key, learner):
    if Membership.objects.filter(course_key=course_key, learner=learner, active=True).exists():
        raise AlreadyInGroup()


def _add_member(group, learner, role):
    return Membership.objects.create(
        group=group, learner=learner, course_key=group.course_key, role=role, joined=timezone.now()
    )


def _end(membership, removed_by=None):
    membership.active = None
    membership.left = timezone.now()
    membership.removed_by = removed_by
    membership.save(update_fields=["active", "left", "removed_by"])


def _set_role(membership, role, publish):
    if membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
        _publish(
            publish, "edx.studygroup.membership.role_changed", membership.group, membership_id=membership.id, role=role
        )


def _my_membership(course_key, actor):
    """The actor's active membership, its row and its group's locked until the transaction ends.

    Taking the lock before any plain read matters on MySQL: under REPEATABLE READ the
    first plain read fixes the snapshot, which then includes every change committed
    by whoever held the lock before.
    """
    membership = (
        Membership.objects.select_for_update()
        .select_related("learner", "group")
        .filter(course_key=course_key, learner__user_id=actor.user_id, active=True)
        .first()
    )
    if membership is None:
        raise NotInGroup()
    return membership


def _coordinated_membership(course_key, actor):
    membership = _my_membership(course_key, actor)
    if membership.role != COORDINATOR:
        raise NotAllowed(gettext_noop("Only the group's coordinators can do that."))
    return membership


def _colleague(mine, membership_id, allow_self=False):
    membership_id = _positive_int(membership_id, "membership_id")
    target = _active_members(mine.group).filter(pk=membership_id).first()
    if target is None or (target.pk == mine.pk and not allow_self):
        raise UnknownMember(field="membership_id")
    target.group = mine.group
    return target


def _active_members(group):
    return Membership.objects.filter(group=group, active=True)


def _upsert_learner(actor):
    learner, created = Learner.objects.get_or_create(
        user_id=actor.user_id, defaults={"username": actor.username, "full_name": actor.full_name}
    )
    if not created and (learner.username, learner.full_name) != (actor.username, actor.full_name):
        learner.username, learner.full_name = actor.username, actor.full_name
        learner.save(update_fields=["username", "full_name", "modified"])
    return learner


def _new_join_code():
    while True:
        code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(models.JOIN_CODE_LENGTH))
        if not StudyGroup.objects.filter(join_code=code).exists():
            return code


def _publish(publish, name, group, **data):
    payload = {"course_id": str(group.course_key), "group_id": group.id, **data}
    transaction.on_commit(lambda: publish(name, payload))


def _with_member_count(groups):
    return groups.annotate(member_count=Count("memberships", filter=Q(memberships__active=True)))


def _summary(group):
    member_count = getattr(group, "member_count", None)
    if member_count is None:
        member_count = _active_members(group).count()
    return GroupSummary(
        id=group.id,
        school_name=group.school_name,
        city=group.city,
        country=group.country,
        language=group.language,
        is_open=group.is_open,
        member_count=member_count,
        size_limit=group.size_limit,
    )


def _detail(group, actor):
    memberships = _active_members(group).select_related("learner").order_by("role", "joined", "id")
    members = tuple(
        Member(
            membership_id=membership.id,
            username=membership.learner.username,
            full_name=membership.learner.full_name,
            role=membership.role,
            joined=membership.joined,
            is_you=membership.learner.user_id == actor.user_id,
        )
        for membership in memberships
    )
    summary = _summary(group)
    return GroupDetail(
        summary=GroupSummary(**{**summary.__dict__, "member_count": len(members)}),
        description=group.description,
        join_code=format_join_code(group.join_code),
        created=group.created,
        members=members,
    )


def _group_values(fields):
    if not isinstance(fields, dict):
        raise InvalidInput()
    school_name = _text(fields.get("school_name"), "school_name", max_length=models.SCHOOL_NAME_MAX)
    city = _text(fields.get("city"), "city", max_length=models.CITY_MAX)
    language = fields.get("language")
    if not isinstance(language, str) or language not in LANGUAGE_CODES:
        raise InvalidInput(gettext_noop("Choose the group's working language from the list."), field="language")
    is_open = fields.get("is_open")
    if not isinstance(is_open, bool):
        raise InvalidInput(gettext_noop("Say whether anyone in the course may join."), field="is_open")
    return {
        "school_name": school_name,
        "city": city,
        "country": _country(fields.get("country")),
        "language": language,
        "description": _text(
            fields.get("description", ""),
            "description",
            max_length=models.DESCRIPTION_MAX,
            required=False,
            multiline=True,
        ),
        "is_open": is_open,
        "school_key": f"{fold(school_name)}|{fold(city)}",
    }


def _text(value, field, *, max_length, required=True, multiline=False):
    """Untrusted text, trimmed; refused when not text, empty, too long or holding control characters."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(gettext_noop("This field must be text."), field=field)
    value = value.strip() if multiline else " ".join(value.split())
    allowed_controls = "\n\t" if multiline else ""
    if any(unicodedata.category(char) == "Cc" and char not in allowed_controls for char in value):
        raise InvalidInput(gettext_noop("This field contains characters that are not allowed."), field=field)
    if required and not value:
        raise InvalidInput(gettext_noop("This field is required."), field=field)
    if len(value) > max_length:
        raise InvalidInput(
            gettext_noop("Keep this to %(max_length)s characters or fewer."), field=field, max_length=max_length
        )
    return value


def _country(code):
    if not isinstance(code, str) or code.upper() not in countries:
        raise InvalidInput(gettext_noop("Choose a country from the list."), field="country")
    return code.upper()


def _positive_int(value, field):
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInput(gettext_noop("This must be a whole number of 1 or more."), field=field)
    return value

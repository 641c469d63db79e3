"""How groups adapted each unit to their school, shared with the group or the course, and check-ins on units."""

from contextlib import nullcontext

from django.db import transaction
from django.db.models import (
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import (
    Actor,
    AdaptationPage,
    AdaptationRecord,
    Edit,
    Hiding,
    Participant,
    UnitAdaptations,
    UnitRecord,
)
from ..errors import (
    AuthorLeftGroup,
    AuthorOnly,
    InvalidInput,
    ModerationStaffOnly,
    OwnGroupsAdaptation,
    UnknownAdaptation,
)
from ..models import (
    Adaptation,
    AdaptationRevision,
    CheckIn,
    Membership,
    Moderation,
    UsefulMark,
)
from .common import (
    COUNT_LIMIT,
    Publish,
    Untrusted,
    active_stay,
    change,
    in_my_group,
    locked_group,
    page_count,
    publish_after_commit,
    read,
    set_row,
    upsert_learner,
)
from .prepared import Prepared, json_list, json_moment, json_rows
from .state import person
from .tallies import counting
from .units import unit_in

ADAPTATION_PAGE_SIZE = 5


GALLERY_ORDER = {"newest": ("-created", "-id"), "useful": ("-useful_count", "-created", "-id")}


@read
def unit_adaptations(
    course_key: CourseKey,
    actor: Actor,
    unit_id: Untrusted,
    *,
    is_staff: bool,
    sharing_on: bool,
    **gallery_query: Untrusted,
) -> UnitAdaptations:
    """A unit's adaptations as the actor may see them: their group's, and other schools' if shared.

    A unit never recorded (``register_unit`` gave None, to an onlooker) has none yet.
    """
    if unit_id is None:
        empty = AdaptationPage(adaptations=(), page=1, num_pages=1, total=0)
        return UnitAdaptations(group=(), gallery=empty if sharing_on else None)
    viewer = _Viewer(actor, is_staff)
    values = {"unit_id": unit_in(course_key, unit_id).id, "user_id": actor.user_id, "course_key": str(course_key)}
    group = tuple(map(viewer.record, _adaptation_rows(shape=("group", is_staff), **values)))
    gallery = _gallery(viewer, values, **gallery_query) if sharing_on else None
    return UnitAdaptations(group=group, gallery=gallery)


@change
def share_adaptation(
    course_key: CourseKey, actor: Actor, unit_id: Untrusted, fields: Untrusted, *, sharing_on: bool, publish: Publish
) -> None:
    """Share how the actor's group adapted a unit; any member may."""
    values = _adaptation_values(fields, sharing_on)
    with in_my_group(course_key, actor) as mine, counting(mine.group):
        adaptation = Adaptation.objects.create(
            group=mine.group, unit_id=unit_in(course_key, unit_id).id, author=mine.learner, **values
        )
        publish_after_commit(
            publish,
            "edx.studygroup.adaptation.shared",
            mine.group,
            adaptation_id=adaptation.id,
            course_wide=adaptation.course_wide,
        )


@change
def edit_adaptation(
    course_key: CourseKey,
    actor: Actor,
    unit_id: Untrusted,
    adaptation_id: Untrusted,
    fields: Untrusted,
    *,
    sharing_on: bool,
    publish: Publish,
) -> None:
    """Change an adaptation of this unit; only its author, still in the group, may. The old version is kept."""
    values = _adaptation_values(fields, sharing_on)
    with transaction.atomic():
        adaptation = _authored_adaptation(course_key, actor, adaptation_id, unit_id=unit_in(course_key, unit_id).id)
        if not Membership.objects.filter(group=adaptation.group, learner=adaptation.author, active=True).exists():
            raise AuthorLeftGroup()
        AdaptationRevision.objects.create(
            adaptation=adaptation, edited_by=adaptation.author, previous=_adaptation_snapshot(adaptation)
        )
        Adaptation.objects.filter(pk=adaptation.pk).update(**values)
        publish_after_commit(publish, "edx.studygroup.adaptation.edited", adaptation.group, adaptation_id=adaptation.id)


@change
def delete_adaptation(course_key: CourseKey, actor: Actor, adaptation_id: Untrusted, *, publish: Publish) -> None:
    """Withdraw an adaptation; only its author may. It stays, marked deleted, for course staff."""
    group_id = _authored_adaptation(course_key, actor, adaptation_id).group_id
    with transaction.atomic(), counting(locked_group(group_id)):
        adaptation = _authored_adaptation(course_key, actor, adaptation_id)
        Adaptation.objects.filter(pk=adaptation.pk).update(deleted=timezone.now(), deleted_by=adaptation.author)
        publish_after_commit(
            publish, "edx.studygroup.adaptation.deleted", adaptation.group, adaptation_id=adaptation.id
        )


@change
def mark_useful(
    course_key: CourseKey, actor: Actor, adaptation_id: Untrusted, useful: Untrusted, *, publish: Publish
) -> None:
    """Mark another school's course-wide adaptation useful (once), or take the mark back."""
    useful = validation.boolean(useful, "useful")
    adaptation = _gallery_adaptation(course_key, actor, adaptation_id)
    with transaction.atomic():
        # The adaptation's row first (decision 2): marks inserted together would each hold a shared lock
        # on it (the foreign key's) and then wait for each other to release it to move the count.
        counted = Adaptation.objects.select_for_update().filter(pk=adaptation.pk)
        counted.values_list("pk").get()
        if set_row(UsefulMark, useful, adaptation=adaptation, learner=upsert_learner(actor)):
            counted.update(useful_count=F("useful_count") + (1 if useful else -1))
            event = "edx.studygroup.adaptation.marked_useful" if useful else "edx.studygroup.adaptation.unmarked_useful"
            publish_after_commit(publish, event, adaptation.group, adaptation_id=adaptation.id)


@change
def hide_adaptation(
    course_key: CourseKey,
    actor: Actor,
    adaptation_id: Untrusted,
    reason: Untrusted,
    *,
    is_staff: bool,
    publish: Publish,
) -> None:
    """Hide an inappropriate adaptation from learners, saying why; course staff only."""
    reason = validation.text(reason, "reason", max_length=models.HIDE_REASON_MAX)
    _moderate(course_key, actor, adaptation_id, is_staff, publish, hidden=True, reason=reason)


@change
def unhide_adaptation(
    course_key: CourseKey, actor: Actor, adaptation_id: Untrusted, *, is_staff: bool, publish: Publish
) -> None:
    """Show a hidden adaptation again; course staff only."""
    _moderate(course_key, actor, adaptation_id, is_staff, publish, hidden=False, reason="")


@change
def check_in(course_key: CourseKey, actor: Actor, unit_id: Untrusted, done: Untrusted, *, publish: Publish) -> None:
    """Say the actor has worked through a unit (or take that back); any learner may. In a group, under
    its lock: where it keeps a pace, who is behind may change."""
    done = validation.boolean(done, "done")
    unit = unit_in(course_key, unit_id)
    group_id = active_stay(course_key, actor).values_list("group_id", flat=True).first()
    with transaction.atomic(), counting(locked_group(group_id)) if group_id else nullcontext():
        if set_row(CheckIn, done, learner=upsert_learner(actor), unit_id=unit.id):
            event = "edx.studygroup.unit.checked_in" if done else "edx.studygroup.unit.check_in_withdrawn"
            payload = {"course_id": str(course_key), "unit_id": unit.id, "usage_key": unit.usage_key}
            transaction.on_commit(lambda: publish(event, payload))


def gallery_query(
    isced: Untrusted = "",
    subject: Untrusted = "",
    language: Untrusted = "",
    sort: Untrusted = "newest",
    page: Untrusted = 1,
) -> dict[str, Untrusted]:
    """The gallery's filters, sort and page, checked (and unchanged by checking again).

    Handlers check them before changing anything, so a bad query writes nothing.
    """
    return {
        "isced": validation.choice(str(isced), "isced", ["", *map(str, Adaptation.Level.values)]),
        "subject": validation.text(subject, "subject", max_length=models.SUBJECT_MAX, required=False),
        "language": validation.language(language, "language") if language else "",
        "sort": validation.choice(sort, "sort", GALLERY_ORDER),
        "page": validation.positive_int(page, "page"),
    }


def _gallery(viewer, values, **query):
    query = gallery_query(**query)
    filters = {name: query[name] for name in ("isced", "subject", "language") if query[name]}
    if "isced" in filters:
        filters["isced"] = int(filters["isced"])
    shape = (query["sort"], viewer.is_staff, *sorted(filters))
    values = {**values, **filters}
    counted = len(_adaptation_rows(shape=("count", *shape), **values))
    total, more = min(counted, COUNT_LIMIT), counted > COUNT_LIMIT
    pages = page_count(total, ADAPTATION_PAGE_SIZE)
    number = min(query["page"], pages)
    offset = (number - 1) * ADAPTATION_PAGE_SIZE
    rows = _adaptation_rows(shape=(offset, *shape), **values)
    return AdaptationPage(
        adaptations=tuple(map(viewer.record, rows)), page=number, num_pages=pages, total=total, more=more
    )


ADAPTATION = (
    *("id", "unit_id", "unit__title", "group_id", "group__school_name", "group__country", "title", "body"),
    *("subject", "isced_level", "language", "link", "course_wide", "created", "useful_count", "hidden"),
    *("hidden_reason", *person("author")),
)


def _adaptations(shape, unit_id, user_id, course_key, isced=None, subject=None, language=None):
    """A unit's adaptations: the viewer's group's (``shape`` starts "group"), or a page of the gallery
    (it starts with the offset, or "count" for up to ``COUNT_LIMIT`` + 1 ids) in the order asked.
    Each row says which group the viewer is in (0 for none)."""
    where, *rest = shape
    mine = Membership.objects.filter(learner__user_id=user_id, course_key=course_key, active=True)
    viewer_group = Coalesce(Subquery(mine.values("group_id")[:1]), 0, output_field=IntegerField())
    adaptations = Adaptation.objects.filter(unit_id=unit_id, deleted__isnull=True)
    if where == "group":
        (is_staff,) = rest
        adaptations = adaptations.filter(group_id=viewer_group).order_by("-created", "-id")
    else:
        sort, is_staff, *filtered = rest
        adaptations = adaptations.filter(course_wide=True).exclude(group_id=viewer_group)
        adaptations = adaptations.order_by(*GALLERY_ORDER[sort])
        if "isced" in filtered:
            adaptations = adaptations.filter(isced_level=isced)
        if "subject" in filtered:
            adaptations = adaptations.filter(subject__icontains=subject)
        if "language" in filtered:
            adaptations = adaptations.filter(language=language)
    if not is_staff:
        adaptations = adaptations.filter(Q(hidden__isnull=True) | Q(author__user_id=user_id))
    if where == "count":
        return adaptations.values_list("pk", named=True)[: COUNT_LIMIT + 1]
    if where != "group":
        adaptations = adaptations[where : where + ADAPTATION_PAGE_SIZE]
    marks = UsefulMark.objects.filter(adaptation=OuterRef("pk"), learner__user_id=user_id)
    return adaptations.annotate(
        viewer_group=viewer_group,
        marked=Exists(marks),
        edits=json_rows(AdaptationRevision.objects, "adaptation", "edited", "id", *person("edited_by")),
    ).values_list(*ADAPTATION, "viewer_group", "marked", "edits", named=True)


_adaptation_rows = Prepared(_adaptations)


class _Viewer:
    """Who is looking at a unit's adaptations, and what that lets them see and do."""

    def __init__(self, actor, is_staff):
        self.actor, self.is_staff = actor, is_staff

    def participant(self, row, learner_id, username, full_name, user_id):
        """A person named on ``row`` as this viewer may see them: full names stay within their group
        and course staff."""
        shown = full_name if self.is_staff or row.group_id == row.viewer_group else ""
        return Participant(
            learner_id=learner_id, username=username, full_name=shown, is_you=user_id == self.actor.user_id
        )

    def record(self, row):
        edits = sorted(json_list(row.edits), key=lambda edit: (edit[0], edit[1]), reverse=True)
        is_author = row.author__user_id == self.actor.user_id
        return AdaptationRecord(
            id=row.id,
            unit=UnitRecord(id=row.unit_id, title=row.unit__title),
            school_name=row.group__school_name,
            country=row.group__country,
            **{name: getattr(row, name) for name in ADAPTATION[6:15]},
            author=self.participant(row, *(getattr(row, name) for name in person("author"))),
            last_edit=Edit(by=self.participant(row, *edits[0][2:]), at=json_moment(edits[0][0])) if edits else None,
            marked_useful=bool(row.marked),
            hidden=Hiding(reason=row.hidden_reason, at=row.hidden)
            if row.hidden and (self.is_staff or is_author)
            else None,
            can_edit=is_author,
            can_mark=row.group_id != row.viewer_group and row.course_wide and not row.hidden,
        )


def _adaptation_values(fields, sharing_on):
    if not isinstance(fields, dict):
        raise InvalidInput()
    course_wide = validation.boolean(fields.get("course_wide", False), "course_wide")
    if course_wide and not sharing_on:
        raise InvalidInput(
            gettext_noop("In this unit, adaptations are shared with your group only."), field="course_wide"
        )
    return {
        "title": validation.text(fields.get("title"), "title", max_length=models.ADAPTATION_TITLE_MAX),
        "body": validation.text(fields.get("body"), "body", max_length=models.ADAPTATION_BODY_MAX, multiline=True),
        "subject": validation.text(fields.get("subject"), "subject", max_length=models.SUBJECT_MAX),
        "isced_level": validation.whole_number(fields.get("isced_level"), "isced_level", 1, 3),
        "language": validation.language(fields.get("language"), "language"),
        "link": validation.web_link(fields.get("link"), "link", max_length=models.LINK_MAX),
        "course_wide": course_wide,
    }


def _adaptation_in(course_key, adaptation_id, **conditions):
    """A live adaptation of the course meeting ``conditions``; UnknownAdaptation otherwise."""
    adaptation = (
        Adaptation.objects.select_related("group", "author")
        .filter(
            pk=validation.positive_int(adaptation_id, "adaptation_id"),
            group__course_key=course_key,
            deleted__isnull=True,
            **conditions,
        )
        .first()
    )
    if adaptation is None:
        raise UnknownAdaptation(field="adaptation_id")
    return adaptation


def _authored_adaptation(course_key, actor, adaptation_id, **conditions):
    adaptation = _adaptation_in(course_key, adaptation_id, **conditions)
    if adaptation.author.user_id != actor.user_id:
        raise AuthorOnly()
    return adaptation


def _gallery_adaptation(course_key, actor, adaptation_id):
    """An adaptation the actor can mark: another school's, shared with the course, not hidden."""
    adaptation = _adaptation_in(course_key, adaptation_id, course_wide=True, hidden__isnull=True)
    in_its_group = Membership.objects.filter(group=adaptation.group, learner__user_id=actor.user_id, active=True)
    if adaptation.author.user_id == actor.user_id or in_its_group.exists():
        raise OwnGroupsAdaptation()
    return adaptation


def _moderate(course_key, actor, adaptation_id, is_staff, publish, *, hidden, reason):
    if not is_staff:
        raise ModerationStaffOnly()
    with transaction.atomic():
        adaptation = _adaptation_in(course_key, adaptation_id)
        moderator = upsert_learner(actor)
        Adaptation.objects.filter(pk=adaptation.pk).update(
            hidden=timezone.now() if hidden else None, hidden_by=moderator if hidden else None, hidden_reason=reason
        )
        Moderation.objects.create(adaptation=adaptation, moderator=moderator, hidden=hidden, reason=reason)
        event = "edx.studygroup.adaptation.hidden" if hidden else "edx.studygroup.adaptation.unhidden"
        publish_after_commit(publish, event, adaptation.group, adaptation_id=adaptation.id)


def _adaptation_snapshot(adaptation):
    return {
        "title": adaptation.title,
        "body": adaptation.body,
        "subject": adaptation.subject,
        "isced_level": adaptation.isced_level,
        "language": adaptation.language,
        "link": adaptation.link,
        "course_wide": adaptation.course_wide,
    }

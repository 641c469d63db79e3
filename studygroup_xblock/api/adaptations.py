"""How groups adapted each unit to their school, shared with the group or the course, and check-ins on units."""

from django.db import transaction
from django.db.models import (
    Count,
    Prefetch,
    Q,
    prefetch_related_objects,
)
from django.utils import timezone
from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import (
    Actor,
    AdaptationPage,
    AdaptationRecord,
    Hiding,
    LearnerState,
    ProgressBoard,
    ProgressRow,
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
from . import groups
from .common import (
    Audience,
    Publish,
    Untrusted,
    active_members,
    active_membership_or_none,
    audience_of,
    in_my_group,
    last_edit,
    page_of,
    participant,
    publish_after_commit,
    record_of,
    set_row,
    upsert_learner,
)
from .units import unit_in, units_in_order

ADAPTATION_PAGE_SIZE = 5


GALLERY_ORDER = {"newest": ("-created", "-id"), "useful": ("-useful", "-created", "-id")}


def unit_adaptations(
    course_key: CourseKey,
    actor: Actor,
    unit_id: Untrusted,
    *,
    is_staff: bool,
    sharing_on: bool,
    **gallery_query: Untrusted,
) -> UnitAdaptations:
    """A unit's adaptations as the actor may see them: their group's, and other schools' if shared."""
    membership = active_membership_or_none(course_key, actor)
    unit = unit_in(course_key, unit_id)
    group = ()
    if membership is not None:
        mine = _visible(Adaptation.objects.filter(group=membership.group, unit=unit), actor, is_staff)
        group = _adaptation_records(list(mine.order_by("-created", "-id")), actor, membership, is_staff)
    gallery = _gallery(course_key, actor, membership, unit, is_staff, **gallery_query) if sharing_on else None
    return UnitAdaptations(group=group, gallery=gallery)


def share_adaptation(
    course_key: CourseKey, actor: Actor, unit_id: Untrusted, fields: Untrusted, *, sharing_on: bool, publish: Publish
) -> None:
    """Share how the actor's group adapted a unit; any member may."""
    values = _adaptation_values(fields, sharing_on)
    with in_my_group(course_key, actor) as mine:
        adaptation = Adaptation.objects.create(
            group=mine.group, unit=unit_in(course_key, unit_id), author=mine.learner, **values
        )
        publish_after_commit(
            publish,
            "edx.studygroup.adaptation.shared",
            mine.group,
            adaptation_id=adaptation.id,
            course_wide=adaptation.course_wide,
        )


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
        adaptation = _authored_adaptation(course_key, actor, adaptation_id, unit=unit_in(course_key, unit_id))
        if not Membership.objects.filter(group=adaptation.group, learner=adaptation.author, active=True).exists():
            raise AuthorLeftGroup()
        AdaptationRevision.objects.create(
            adaptation=adaptation, edited_by=adaptation.author, previous=_adaptation_snapshot(adaptation)
        )
        Adaptation.objects.filter(pk=adaptation.pk).update(**values)
        publish_after_commit(publish, "edx.studygroup.adaptation.edited", adaptation.group, adaptation_id=adaptation.id)


def delete_adaptation(course_key: CourseKey, actor: Actor, adaptation_id: Untrusted, *, publish: Publish) -> None:
    """Withdraw an adaptation; only its author may. It stays, marked deleted, for course staff."""
    with transaction.atomic():
        adaptation = _authored_adaptation(course_key, actor, adaptation_id)
        Adaptation.objects.filter(pk=adaptation.pk).update(deleted=timezone.now(), deleted_by=adaptation.author)
        publish_after_commit(
            publish, "edx.studygroup.adaptation.deleted", adaptation.group, adaptation_id=adaptation.id
        )


def mark_useful(
    course_key: CourseKey, actor: Actor, adaptation_id: Untrusted, useful: Untrusted, *, publish: Publish
) -> None:
    """Mark another school's course-wide adaptation useful (once), or take the mark back."""
    useful = validation.boolean(useful, "useful")
    adaptation = _gallery_adaptation(course_key, actor, adaptation_id)
    with transaction.atomic():
        if set_row(UsefulMark, useful, adaptation=adaptation, learner=upsert_learner(actor)):
            event = "edx.studygroup.adaptation.marked_useful" if useful else "edx.studygroup.adaptation.unmarked_useful"
            publish_after_commit(publish, event, adaptation.group, adaptation_id=adaptation.id)


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


def unhide_adaptation(
    course_key: CourseKey, actor: Actor, adaptation_id: Untrusted, *, is_staff: bool, publish: Publish
) -> None:
    """Show a hidden adaptation again; course staff only."""
    _moderate(course_key, actor, adaptation_id, is_staff, publish, hidden=False, reason="")


def check_in(
    course_key: CourseKey, actor: Actor, unit_id: Untrusted, done: Untrusted, *, publish: Publish
) -> LearnerState:
    """Say the actor has worked through a unit (or take that back); any learner may."""
    done = validation.boolean(done, "done")
    unit = unit_in(course_key, unit_id)
    with transaction.atomic():
        if set_row(CheckIn, done, learner=upsert_learner(actor), unit=unit):
            event = "edx.studygroup.unit.checked_in" if done else "edx.studygroup.unit.check_in_withdrawn"
            transaction.on_commit(lambda: publish(event, {"course_id": str(course_key), "unit_id": unit.id}))
    return groups.get_learner_state(course_key, actor)


def _visible(adaptations, actor, is_staff):
    """Adaptations not deleted; hidden ones only for course staff and their author."""
    adaptations = adaptations.filter(deleted__isnull=True)
    if is_staff:
        return adaptations
    return adaptations.filter(Q(hidden__isnull=True) | Q(author__user_id=actor.user_id))


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


def _gallery(course_key, actor, membership, unit, is_staff, **query):
    query = gallery_query(**query)
    adaptations = _visible(
        Adaptation.objects.filter(unit=unit, group__course_key=course_key, course_wide=True), actor, is_staff
    )
    if membership is not None:
        adaptations = adaptations.exclude(group=membership.group)
    if query["isced"]:
        adaptations = adaptations.filter(isced_level=int(query["isced"]))
    if query["subject"]:
        adaptations = adaptations.filter(subject__icontains=query["subject"])
    if query["language"]:
        adaptations = adaptations.filter(language=query["language"])
    adaptations = adaptations.annotate(useful=Count("useful_marks")).order_by(*GALLERY_ORDER[query["sort"]])
    rows, paging = page_of(adaptations, ADAPTATION_PAGE_SIZE, query["page"])
    return AdaptationPage(adaptations=_adaptation_records(rows, actor, membership, is_staff), **paging)


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


def _adaptation_records(adaptations, actor, membership, is_staff):
    """Records of a page of adaptations in a constant number of queries."""
    prefetch_related_objects(
        adaptations,
        "group",
        "unit",
        "author",
        Prefetch("revisions", queryset=AdaptationRevision.objects.select_related("edited_by")),
    )
    ids = [adaptation.pk for adaptation in adaptations]
    counts = dict(UsefulMark.objects.filter(adaptation__in=ids).values_list("adaptation").annotate(count=Count("pk")))
    marked = set(
        UsefulMark.objects.filter(adaptation__in=ids, learner__user_id=actor.user_id).values_list(
            "adaptation_id", flat=True
        )
    )
    own_group = membership.group_id if membership else None
    audience = Audience(actor, own_group, is_staff)
    records = []
    for adaptation in adaptations:
        revisions = list(adaptation.revisions.all())
        is_author = adaptation.author.user_id == actor.user_id
        records.append(
            record_of(
                AdaptationRecord,
                adaptation,
                unit=UnitRecord(id=adaptation.unit.id, title=adaptation.unit.title),
                school_name=adaptation.group.school_name,
                country=adaptation.group.country,
                author=participant(adaptation.author, audience, adaptation.group_id),
                last_edit=last_edit(revisions, audience, adaptation.group_id),
                useful_count=counts.get(adaptation.id, 0),
                marked_useful=adaptation.id in marked,
                hidden=Hiding(reason=adaptation.hidden_reason, at=adaptation.hidden)
                if adaptation.hidden and (is_staff or is_author)
                else None,
                can_edit=is_author,
                can_mark=adaptation.group_id != own_group and adaptation.course_wide and not adaptation.hidden,
            )
        )
    return tuple(records)


def progress_board(membership):
    units = tuple(units_in_order(membership.group.course_key))
    members = list(active_members(membership.group).select_related("learner").order_by("joined", "id"))
    check_ins = CheckIn.objects.filter(
        learner__in=[member.learner_id for member in members], unit__in=units
    ).values_list("learner_id", "unit_id")
    done = {}
    for learner_id, unit_id in check_ins:
        done.setdefault(learner_id, set()).add(unit_id)
    audience = audience_of(membership)
    order = [unit.id for unit in units]
    return ProgressBoard(
        units=tuple(UnitRecord(id=unit.id, title=unit.title) for unit in units),
        rows=tuple(
            ProgressRow(
                person=participant(member.learner, audience, membership.group_id),
                checked_in=tuple(unit_id for unit_id in order if unit_id in done.get(member.learner_id, ())),
            )
            for member in members
        ),
    )


def units_checked_in(course_key, actor):
    return tuple(
        CheckIn.objects.filter(learner__user_id=actor.user_id, unit__course_key=course_key)
        .order_by("unit_id")
        .values_list("unit_id", flat=True)
    )

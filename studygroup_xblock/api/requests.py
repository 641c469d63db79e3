"""Asking to join: the third way a group takes members, besides open and code-only.

A learner who finds a group that takes requests asks to join it, with a short message;
its coordinators accept or decline (with a reason the learner sees); the learner may
withdraw. A learner has at most one waiting request per course (a unique constraint,
as for active memberships), and accepting takes the group's lock and its size limit as a
join does, so no request lets a group grow past it.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import Actor
from ..errors import (
    AlreadyAsked,
    GroupArchived,
    NoRequest,
    NotByRequest,
    RequesterInGroup,
    UnknownGroup,
    UnknownRequest,
)
from ..models import JoinRequest, StudyGroup
from . import groups
from .common import (
    MEMBER,
    Publish,
    Untrusted,
    change,
    in_my_group,
    joining_learner,
    locked_group,
    publish_after_commit,
    racing_insert_refused,
)
from .tallies import counting


@change
def ask_to_join(
    course_key: CourseKey, actor: Actor, group_id: Untrusted, message: Untrusted = "", *, publish: Publish
) -> int:
    """Ask to join a group that takes requests; refused while the learner is in a group, has a
    request waiting, or the group is full."""
    group_id = validation.positive_int(group_id, "group_id")
    message = _text(message, "message")
    found = StudyGroup.objects.filter(course_key=course_key, pk=group_id).values_list("pk", flat=True).first()
    if found is None:
        raise UnknownGroup(field="group_id")
    with racing_insert_refused(AlreadyAsked):  # a second waiting request
        group = locked_group(found)
        if group.archived:
            raise GroupArchived()
        if group.is_open or not group.by_request:
            raise NotByRequest()
        learner = joining_learner(course_key, actor)
        groups.refuse_if_full(group)
        request = JoinRequest.objects.create(group=group, learner=learner, course_key=course_key, message=message)
        publish_after_commit(publish, "edx.studygroup.join_request.created", group, request_id=request.pk)
    return request.pk


@change
def withdraw_request(course_key: CourseKey, actor: Actor, *, publish: Publish) -> None:
    """Take back the learner's waiting request."""
    waiting = JoinRequest.objects.filter(course_key=course_key, learner__user_id=actor.user_id, pending=True)
    group_id = waiting.values_list("group_id", flat=True).first()
    if group_id is None:
        raise NoRequest()
    with transaction.atomic():
        group = locked_group(group_id)
        request = waiting.filter(group=group).first()
        if request is None:
            raise NoRequest()  # decided meanwhile
        _close(request, JoinRequest.State.WITHDRAWN, by=request.learner)
        publish_after_commit(publish, "edx.studygroup.join_request.withdrawn", group, request_id=request.pk)


@change
def decide_request(
    course_key: CourseKey,
    actor: Actor,
    request_id: Untrusted,
    accept: Untrusted,
    reason: Untrusted = "",
    *,
    publish: Publish,
) -> None:
    """Accept a waiting request (the learner joins, within the size limit) or decline it, with a
    reason the learner sees; coordinators only."""
    request_id = validation.positive_int(request_id, "request_id")
    accept = validation.boolean(accept, "accept")
    reason = "" if accept else _text(reason, "reason")
    with in_my_group(course_key, actor, coordinator=True) as mine:
        group = mine.group
        request = JoinRequest.objects.select_related("learner").filter(pk=request_id, group=group, pending=True).first()
        if request is None:
            raise UnknownRequest(field="request_id")
        if accept:
            _admit(group, request, publish)
        _close(request, JoinRequest.State.ACCEPTED if accept else JoinRequest.State.DECLINED, mine.learner, reason)
        event = "edx.studygroup.join_request.accepted" if accept else "edx.studygroup.join_request.declined"
        publish_after_commit(publish, event, group, request_id=request.pk)


def _admit(group, request, publish):
    groups.refuse_if_full(group)
    try:
        with transaction.atomic(), counting(group):
            membership = groups.add_member(group, request.learner, MEMBER)
    except IntegrityError as error:  # they joined another group meanwhile
        raise RequesterInGroup() from error
    publish_after_commit(publish, "edx.studygroup.membership.joined", group, membership_id=membership.id, via="request")


def _close(request, state, by, reason=""):
    request.state, request.pending, request.decided, request.decided_by, request.reason = (
        state,
        None,
        timezone.now(),
        by,
        reason,
    )
    request.save(update_fields=["state", "pending", "decided", "decided_by", "reason"])


def _text(value, field):
    return validation.text(value, field, max_length=models.REQUEST_TEXT_MAX, required=False, multiline=True)

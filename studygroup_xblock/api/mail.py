"""Meeting e-mails and staff nudges: who is mailed what, queued in the transaction of the change that
calls for it, sent once it commits (``send_waiting``), retried until sent, never sent twice.

A meeting's members get its invitation when it is planned, an update (same UID, higher
sequence) when it changes, a cancellation when it is deleted, and a reminder when its
``remind_at`` comes (queued by ``sweep_mail``, which the platform's Celery workers run every
minute, and the ``send_studygroup_mail`` command where there are none). A member who joins
gets the next meeting's invitation. When a member proposes times for the next meeting, the
others are told, and those who have not answered are reminded the day before the day to
answer by. Learners who switched meeting e-mails off get none; nudges from course staff
reach coordinators.
"""

import logging
from collections import Counter
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from opaque_keys import InvalidKeyError
from opaque_keys.edx.keys import CourseKey

from .. import addresses, mailer, validation
from ..data import Actor, CalendarEvent, MailRun, MailSetting
from ..errors import InvalidInput, UnknownGroup
from ..models import (
    NUDGE_TEXT_MAX,
    Learner,
    Mail,
    MailOptOut,
    Meeting,
    MeetingRevision,
    Membership,
    Nudge,
    StudyGroup,
    TimeAnswer,
    TimeProposal,
)
from . import outbox
from .common import (
    COORDINATOR,
    Publish,
    Untrusted,
    change,
    locked_group,
    publish_after_commit,
    refuse_unless_staff,
    set_row,
    upsert_learner,
)

log = logging.getLogger(__name__)

REMINDER_HOURS = (0, 1, 3, 24, 48)  # the reminders a component can set; 0 is none
MAX_ATTEMPTS = 5  # sends that fail; then the e-mail is given up, and the log says why
BATCH = 500  # e-mails (or due meetings) one run takes on; the next run takes the rest
STUCK_AFTER = timedelta(hours=1)  # an e-mail still "sending" then lost its worker mid-send
RETRY_AFTER = timedelta(minutes=5)  # a mail server that refused an e-mail is asked again after this
NUDGE_GROUPS_MAX = 500
STOP_SALT = "studygroup_xblock.stop_meeting_mail"
# How long an e-mail that went (or was given up, or was not needed) stays on record before a sweep
# deletes it: the LMS's STUDYGROUP_MAIL_RETENTION_DAYS, 90 unless it says.
DEFAULT_RETENTION_DAYS = 90
Kind = Mail.Kind


def meeting_mail_fields(start, setting: MailSetting | None):
    """What a planned meeting keeps of the component's mail setting (the default without one): when to
    remind, where to link. A reminder time Studio would refuse (OLX edited by hand) counts as the default."""
    setting = setting or MailSetting()
    hours = setting.remind_hours if setting.remind_hours in REMINDER_HOURS else MailSetting.remind_hours
    remind_at = start - timedelta(hours=hours) if hours else None
    if remind_at is not None and remind_at <= timezone.now():
        remind_at = None  # planned inside the reminder's window: the invitation is the reminder
    return {"remind_at": remind_at, "links": links_of(setting)}


def links_of(setting: MailSetting | None):
    """Where an e-mail leads: back to the unit, and to the page that stops meeting e-mails (none without
    the component's ``setting``)."""
    setting = setting or MailSetting()
    return {"unit": setting.unit_url, "stop": setting.stop_url}


def meeting_changed(meeting, kind):
    """Queue ``kind`` (an invitation, update or cancellation) of ``meeting`` for every member who wants it."""
    _queue(meeting.group, kind, _wanting_mail(meeting.group), meeting=meeting, sequence=_sequence(meeting, kind))


def times_proposed(proposal):
    """The group's other members hear that times were proposed for its next meeting, to choose from."""
    others = [learner_id for learner_id in _wanting_mail(proposal.group) if learner_id != proposal.proposed_by_id]
    _queue(proposal.group, Kind.PROPOSAL, others, proposal=proposal, about=proposal.pk)


def member_joined(membership):
    """A newcomer gets the invitation to the group's next planned meeting, if there is one."""
    meeting = _planned_for(membership).first()
    if meeting is not None and not meeting.opted_out:
        _queue(membership.group, Kind.INVITATION, [membership.learner_id], meeting=meeting, sequence=meeting.edits)


def member_left(membership):
    """Someone who leaves (or is removed) gets the cancellation of each meeting to come, so their calendar
    lets it go."""
    for meeting in _planned_for(membership):
        if not meeting.opted_out:
            _queue(
                membership.group,
                Kind.CANCELLATION,
                [membership.learner_id],
                meeting=meeting,
                sequence=meeting.edits + 1,
            )


def _planned_for(membership):
    """The group's meetings to come, soonest first, each with its edits and whether the member opted out."""
    opted_out = MailOptOut.objects.filter(course_key=membership.course_key, learner_id=membership.learner_id)
    planned = Meeting.objects.filter(
        group=membership.group, status=Meeting.Status.PLANNED, deleted__isnull=True, start__gt=timezone.now()
    )
    return planned.annotate(edits=_edits(), opted_out=Exists(opted_out)).order_by("start", "pk")


def queue_due_reminders(now: datetime | None = None) -> int:
    """Queue the reminders of the planned meetings whose reminder is due; how many meetings."""
    return _queue_reminders(now or timezone.now())[0]


def send_waiting(keys: list[str] | None = None, *, now: datetime | None = None) -> dict[str, int]:
    """Send the e-mails waiting (those of ``keys``, or the oldest); how many ended in each state.

    Each is claimed before it is sent: of two workers, one sends it. One that fails is tried
    again ``RETRY_AFTER`` later, up to ``MAX_ATTEMPTS``; one claimed by a worker that died
    mid-send is given up after ``STUCK_AFTER`` rather than risk sending it twice.
    """
    outcome = {Mail.SENT: 0, Mail.SKIPPED: 0, Mail.WAITING: 0, Mail.FAILED: 0}
    for _mail_id, state in _send_waiting(keys, now or timezone.now()):
        outcome[state] += 1
    return outcome


def sweep_mail(now: datetime | None = None) -> MailRun:
    """Queue the reminders due and send the e-mails waiting: what the platform's workers do every minute
    (``tasks.sweep_mail``) and the ``send_studygroup_mail`` command does when run. What came of every
    e-mail it queued or sent, read once it is done: those queued may have gone already (Celery running
    tasks at once), or be with a worker."""
    now = now or timezone.now()
    meetings, reminders = _queue_reminders(now)
    reminders += _queue_answer_reminders(now)
    tried = [mail_id for mail_id, _state in _send_waiting(None, now)]
    states = Mail.objects.filter(Q(key__in=reminders) | Q(pk__in=tried)).values_list("state", flat=True)
    counts = Counter(states)
    return MailRun(
        deleted=_delete_done(now),
        meetings_reminded=meetings,
        reminders_queued=len(reminders),
        sent=counts[Mail.SENT],
        skipped=counts[Mail.SKIPPED],
        to_go=counts[Mail.WAITING] + counts[Mail.SENDING],
        failed=counts[Mail.FAILED],
    )


def _delete_done(now):
    """Delete the e-mails done with (sent, given up or not needed) longer ago than the retention period
    (by when they were sent, else last tried, else queued), a batch at a time: how many. The table
    otherwise gains a row per member for every meeting change. A key queued again once its row is gone
    is sent again: after 90 days only a planned meeting's invitation can be, to a colleague who left and
    came back, who then needs it."""
    days = getattr(settings, "STUDYGROUP_MAIL_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
    done = Mail.objects.alias(last=Coalesce("sent", "tried", "queued")).filter(
        state__in=(Mail.SENT, Mail.FAILED, Mail.SKIPPED), last__lt=now - timedelta(days=days)
    )
    return Mail.objects.filter(pk__in=list(done.order_by("pk").values_list("pk", flat=True)[:BATCH])).delete()[0]


def _queue_reminders(now):
    """Queue the reminders of the planned meetings whose reminder is due: how many meetings, and the
    e-mails' keys."""
    due = Meeting.objects.filter(remind_at__lte=now, status=Meeting.Status.PLANNED, deleted__isnull=True)
    reminded, keys = 0, []
    for group, meeting in _claimed(due):
        if meeting.start > now:
            keys += _queue(group, Kind.REMINDER, _wanting_mail(group), meeting=meeting, about=_start(meeting))
            reminded += 1
    return reminded, keys


def _queue_answer_reminders(now):
    """Remind the members who have not answered a proposal's times, the day before its answer-by day:
    the e-mails' keys."""
    keys = []
    for group, proposal in _claimed(TimeProposal.objects.filter(remind_at__lte=now, open=True)):
        answered = set(TimeAnswer.objects.filter(time__proposal=proposal).values_list("learner_id", flat=True))
        waiting = [learner_id for learner_id in _wanting_mail(group) if learner_id not in answered]
        keys += _queue(group, Kind.ANSWER_DUE, waiting, proposal=proposal, about=proposal.pk)
    return keys


def _claimed(due):
    """Each row of ``due`` (a meeting or a proposal whose ``remind_at`` has come), with its group, in a
    transaction of its own: what the caller queues for it is queued once.

    Its ``remind_at`` is cleared as it is claimed, so a row is reminded of once however often
    (or however many at once) this runs; moving a meeting sets a new one, deleting or logging
    it clears it. Its group is locked first, as every change to a group locks it, so a run and
    a coordinator changing the row queue up.
    """
    for row_id, group_id in list(due.order_by("remind_at").values_list("pk", "group_id")[:BATCH]):
        with transaction.atomic():
            group = locked_group(group_id)
            row = due.select_for_update().filter(pk=row_id).first()
            if row is None:
                continue  # another run took it, or it changed meanwhile
            due.model.objects.filter(pk=row.pk).update(remind_at=None)
            yield group, row


def _send_waiting(keys, now):
    """Send the e-mails waiting (of ``keys``; else the oldest not tried in the last ``RETRY_AFTER``), each
    with the state it ended in, but those another worker had."""
    Mail.objects.filter(state=Mail.SENDING, tried__lt=now - STUCK_AFTER).update(
        state=Mail.FAILED, error="The worker sending it stopped; not sent again, in case it went."
    )
    waiting = Mail.objects.filter(state=Mail.WAITING)
    if keys is None:
        waiting = waiting.filter(Q(tried__isnull=True) | Q(tried__lte=now - RETRY_AFTER))
    else:
        waiting = waiting.filter(key__in=keys)
    ended = [
        (mail_id, _send(mail_id)) for mail_id in waiting.order_by("queued", "pk").values_list("pk", flat=True)[:BATCH]
    ]
    return [(mail_id, state) for mail_id, state in ended if state]


@change
def set_meeting_mail(course_key: CourseKey, actor: Actor, on: Untrusted, *, publish: Publish) -> None:
    """Switch the learner's meeting e-mails for the course on or off."""
    on = validation.boolean(on, "on")
    with transaction.atomic():
        _switch(course_key, upsert_learner(actor), on, publish)


def stop_token(course_key, user_id) -> str:
    """What a link in an e-mail carries to switch its reader's meeting e-mails off without signing in."""
    return signing.dumps([str(course_key), str(user_id)], salt=STOP_SALT, compress=True)


def check_stop_token(token: Untrusted) -> tuple[CourseKey, str]:
    """The course and user a link in an e-mail names; InvalidInput if the link was not ours, or was cut short."""
    try:
        course, user_id = signing.loads(validation.text(token, "token", max_length=500), salt=STOP_SALT)
        return CourseKey.from_string(course), str(user_id)
    except (signing.BadSignature, InvalidKeyError, ValueError, TypeError) as error:
        raise InvalidInput(field="token") from error


def stop_meeting_mail(token: Untrusted, *, publish: Publish) -> CourseKey:
    """Switch meeting e-mails off for whoever a link in their e-mail names; the course. InvalidInput if the
    link was not ours."""
    course_key, user_id = check_stop_token(token)
    with transaction.atomic():
        learner = Learner.objects.filter(user_id=user_id).first()
        if learner is not None:
            _switch(course_key, learner, False, publish)
    return course_key


def _switch(course_key, learner, on, publish):
    """Meeting e-mails of the course on or off for ``learner``; the event, if that changed anything."""
    if set_row(MailOptOut, not on, course_key=course_key, learner=learner):
        name = "edx.studygroup.meeting_mail.switched_on" if on else "edx.studygroup.meeting_mail.switched_off"
        transaction.on_commit(partial(publish, name, {"course_id": str(course_key)}))


@change
def nudge_coordinators(
    course_key: CourseKey,
    actor: Actor,
    group_ids: Untrusted,
    text: Untrusted,
    *,
    is_staff: bool,
    publish: Publish,
    setting: MailSetting | None = None,
) -> int:
    """Send the coordinators of the groups chosen a message from course staff, kept on each group's record;
    how many groups. Staff only."""
    refuse_unless_staff(is_staff)
    setting = setting or MailSetting()
    ids = validation.id_list(group_ids, "group_ids", max_items=NUDGE_GROUPS_MAX)
    text = validation.text(text, "text", max_length=NUDGE_TEXT_MAX, multiline=True)
    if not ids:
        raise InvalidInput(field="group_ids")
    chosen = sorted(StudyGroup.objects.filter(course_key=course_key, pk__in=ids).values_list("pk", flat=True))
    if len(chosen) != len(set(ids)):
        raise UnknownGroup(field="group_ids")
    with transaction.atomic():
        staff = upsert_learner(actor)
        for group_id in chosen:  # each locked in turn, in one order, as every change to a group locks it
            group = locked_group(group_id)
            nudge = Nudge.objects.create(group=group, sent_by=staff, text=text, links=links_of(setting))
            StudyGroup.objects.filter(pk=group_id).update(nudge_count=F("nudge_count") + 1)
            coordinators = _wanting_mail(group).filter(role=COORDINATOR)
            _queue(group, Kind.NUDGE, coordinators, nudge=nudge, about=nudge.pk)
            publish_after_commit(publish, "edx.studygroup.group.nudged", group, nudge_id=nudge.pk)
    return len(chosen)


def calendar_event(meeting, *, cancelled=False, sequence=None) -> CalendarEvent:
    """``meeting`` (a model) as its calendar event; ``sequence`` defaults to the one its e-mails carry
    (a deleted meeting's, its cancellation's)."""
    cancelled = cancelled or meeting.deleted is not None
    if sequence is None:
        sequence = _sequence(meeting, Kind.CANCELLATION if cancelled else Kind.UPDATE)
    return CalendarEvent(
        uid=str(meeting.uid),
        sequence=sequence,
        start=meeting.start,
        duration_minutes=meeting.duration_minutes,
        school_name=meeting.group.school_name,
        location=meeting.location,
        link=meeting.link,
        agenda=meeting.agenda,
        modified=meeting.deleted or meeting.revisions.values_list("edited", flat=True).first(),
        cancelled=cancelled,
    )


def _sequence(meeting, kind):
    """The event's version a ``kind`` e-mail carries: a cancellation comes after every edit."""
    edits = MeetingRevision.objects.filter(meeting=meeting).count()
    return edits + 1 if kind == Kind.CANCELLATION else edits


def _edits():
    """A meeting's edits so far, counted in the query that reads it."""
    edits = MeetingRevision.objects.filter(meeting=OuterRef("pk")).values("meeting").annotate(count=Count("pk"))
    return Coalesce(Subquery(edits.values("count")), 0)


def _start(meeting):
    return f"{meeting.pk}.{meeting.start:%Y%m%dT%H%M}"


def _wanting_mail(group):
    """The learner ids of the group's members who have not switched its meeting e-mails off."""
    opted_out = MailOptOut.objects.filter(course_key=group.course_key, learner=OuterRef("learner_id"))
    members = Membership.objects.filter(group=group, active=True).exclude(Exists(opted_out))
    return members.values_list("learner_id", flat=True)


def _queue(group, kind, learner_ids, *, meeting=None, nudge=None, proposal=None, sequence=0, about=None):
    """One e-mail of ``kind`` to each of ``learner_ids``, sent once the transaction commits; their keys.

    ``about`` (the meeting's version unless given) makes each e-mail's key: queuing it again
    finds it there.
    """
    about = f"{meeting.pk}.{sequence}" if about is None else about
    mails = [
        Mail(
            key=_key(kind, about, learner_id),
            course_key=group.course_key,
            kind=kind,
            recipient_id=learner_id,
            group=group,
            meeting=meeting,
            nudge=nudge,
            proposal=proposal,
            sequence=sequence,
        )
        for learner_id in learner_ids
    ]
    Mail.objects.bulk_create(mails, ignore_conflicts=True)
    keys = [mail.key for mail in mails]
    if keys:
        transaction.on_commit(lambda: outbox.post(outbox.SEND_MAIL, keys))
    return keys


def _key(kind, about, learner_id):
    return f"{kind}:{about}:{learner_id}"


def _send(mail_id):
    """Claim, write and send one e-mail; the state it ended in (None if another worker had it)."""
    claimed = Mail.objects.filter(pk=mail_id, state=Mail.WAITING).update(
        state=Mail.SENDING, attempts=F("attempts") + 1, tried=timezone.now()
    )
    if not claimed:
        return None
    mail = Mail.objects.select_related("recipient", "group", "meeting__group", "nudge", "proposal__proposed_by").get(
        pk=mail_id
    )
    address = None if _moot(mail) else addresses.of([mail.recipient.user_id]).get(mail.recipient.user_id)
    if not address:
        return _finish(mail, Mail.SKIPPED)
    try:
        mailer.send(mail, address, _event(mail), stop_token(mail.course_key, mail.recipient.user_id))
    except Exception as error:  # whatever the backend raised, the e-mail waits for the next attempt
        log.warning("Study group e-mail %s not sent (attempt %s)", mail.pk, mail.attempts, exc_info=True)
        return _finish(mail, Mail.FAILED if mail.attempts >= MAX_ATTEMPTS else Mail.WAITING, error=str(error))
    return _finish(mail, Mail.SENT, sent=timezone.now())


def _finish(mail, state, **fields):
    if "error" in fields:
        fields["error"] = fields["error"][: Mail._meta.get_field("error").max_length]
    Mail.objects.filter(pk=mail.pk).update(state=state, **fields)
    return state


def _moot(mail):
    """Whether an e-mail no longer says anything true by the time it goes: its reader switched
    e-mails off or left the group, its reminder's meeting was moved, deleted or held, or a
    newer version of its meeting has gone out to them since."""
    if MailOptOut.objects.filter(course_key=mail.course_key, learner_id=mail.recipient_id).exists():
        return True
    member = Membership.objects.filter(group_id=mail.group_id, learner_id=mail.recipient_id, active=True).exists()
    if not member and mail.kind != Kind.CANCELLATION:  # who left is sent the cancellations of what was to come
        return True
    if mail.proposal is not None:
        if not mail.proposal.open:
            return True
        answers = TimeAnswer.objects.filter(time__proposal=mail.proposal, learner_id=mail.recipient_id)
        return mail.kind == Kind.ANSWER_DUE and answers.exists()
    meeting = mail.meeting
    if meeting is None:
        return False
    if mail.kind == Kind.REMINDER:
        moved = mail.key != _key(Kind.REMINDER, _start(meeting), mail.recipient_id)
        return moved or meeting.deleted is not None or meeting.status != Meeting.Status.PLANNED
    if mail.kind != Kind.CANCELLATION:
        return meeting.deleted is not None or mail.sequence < _sequence(meeting, mail.kind)
    return False


def _event(mail):
    if mail.meeting is None:
        return None
    return calendar_event(mail.meeting, cancelled=mail.kind == Kind.CANCELLATION, sequence=mail.sequence)

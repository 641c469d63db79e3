"""Finding a meeting time together.

Any member proposes two to six times for the group's next meeting, optionally with a day to
answer by; each member answers each time yes, if need be, or no, and may change their answers
while the proposal is open. The member who proposed, or a coordinator, then plans the meeting
at one of the times (exactly as if it were planned by hand) or withdraws the proposal. A group
has one open proposal at a time (one whose times have all passed lapses when the next is
proposed). Every change takes the group's lock (ADR 2), so a pick and an answer racing it
queue up: the answer is counted before the pick, or refused after it.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import Actor, MailSetting
from ..errors import InvalidInput, ProposalClosed, ProposalOpen, ProposalPickersOnly, UnknownProposal
from ..models import ProposedTime, TimeAnswer, TimeProposal
from . import mail
from .common import (
    COORDINATOR,
    Publish,
    Untrusted,
    belongs_or_coordinates,
    change,
    in_my_group,
    publish_after_commit,
    racing_insert_refused,
)
from .meetings import how_and_where, planned

TIMES_RANGE = (2, 6)
REMIND_AT = time(9)  # the day before "answer by", in the proposer's zone: those who have not answered hear of it


@change
def propose_times(
    course_key: CourseKey, actor: Actor, fields: Untrusted, *, publish: Publish, mail_setting: MailSetting | None = None
) -> int:
    """Propose times for the group's next meeting; any member may, while no other proposal is open.
    The other members are told by e-mail (where they take the group's e-mails)."""
    times, answer_by, zone = _proposed(fields)
    remind_at = _reminder(answer_by, zone)
    with racing_insert_refused(ProposalOpen), in_my_group(course_key, actor) as mine:
        current = TimeProposal.objects.filter(group=mine.group, open=True).first()
        if current is not None and current.times.filter(start__gt=timezone.now()).exists():
            raise ProposalOpen()
        if current is not None:  # all its times have passed: nobody can pick one any more
            _close(current, TimeProposal.State.LAPSED, mine)
        proposal = TimeProposal.objects.create(
            group=mine.group,
            proposed_by=mine.learner,
            answer_by=answer_by,
            remind_at=remind_at,
            links=mail.links_of(mail_setting),
        )
        ProposedTime.objects.bulk_create(ProposedTime(proposal=proposal, **values) for values in times)
        mail.times_proposed(proposal)
        publish_after_commit(
            publish, "edx.studygroup.proposal.opened", mine.group, proposal_id=proposal.pk, times=len(times)
        )
    return proposal.pk


@change
def answer_times(
    course_key: CourseKey, actor: Actor, proposal_id: Untrusted, answers: Untrusted, *, publish: Publish
) -> None:
    """The member's answers to some or all of the proposed times (``{time id: "yes" | "if_need_be" |
    "no"}``); an answer given before is replaced."""
    if not isinstance(answers, dict) or not answers:
        raise InvalidInput(gettext_noop("Answer at least one of the proposed times."), field="answers")
    chosen = {
        validation.positive_int(time_id, "answers"): validation.choice(answer, "answers", TimeAnswer.Answer.values)
        for time_id, answer in answers.items()
    }
    with in_my_group(course_key, actor) as mine:
        proposal = _open_proposal(mine, proposal_id)
        offered = set(proposal.times.values_list("pk", flat=True))
        if not set(chosen) <= offered:
            raise InvalidInput(gettext_noop("Answer only the times proposed."), field="answers")
        for time_id, answer in chosen.items():
            TimeAnswer.objects.update_or_create(time_id=time_id, learner=mine.learner, defaults={"answer": answer})
        publish_after_commit(publish, "edx.studygroup.proposal.answered", mine.group, proposal_id=proposal.pk)


@change
def pick_time(
    course_key: CourseKey,
    actor: Actor,
    proposal_id: Untrusted,
    time_id: Untrusted,
    agenda: Untrusted = "",
    *,
    publish: Publish,
    mail_setting: MailSetting | None = None,
) -> int:
    """Plan the group's meeting at one of the proposed times, with this agenda, and close the proposal;
    the member who proposed it or a coordinator may. The new meeting's id."""
    time_id = validation.positive_int(time_id, "time_id")
    agenda = validation.text(agenda, "agenda", max_length=models.AGENDA_MAX, required=False, multiline=True)
    with in_my_group(course_key, actor) as mine:
        proposal = _open_proposal(mine, proposal_id)
        _refuse_unless_picker(proposal, mine)
        chosen = proposal.times.filter(pk=time_id).first()
        if chosen is None:
            raise InvalidInput(gettext_noop("Choose one of the times proposed."), field="time_id")
        if chosen.start <= timezone.now():
            raise InvalidInput(gettext_noop("This time has passed: choose a later one."), field="time_id")
        values = {
            "start": chosen.start,
            "duration_minutes": chosen.duration_minutes,
            "mode": chosen.mode,
            "location": chosen.location,
            "link": "",
            "agenda": agenda,
            **mail.meeting_mail_fields(chosen.start, mail_setting),
        }
        meeting = planned(mine, values, publish)
        _close(proposal, TimeProposal.State.PICKED, mine, meeting=meeting)
        publish_after_commit(
            publish, "edx.studygroup.proposal.picked", mine.group, proposal_id=proposal.pk, meeting_id=meeting.pk
        )
    return meeting.pk


@change
def withdraw_proposal(course_key: CourseKey, actor: Actor, proposal_id: Untrusted, *, publish: Publish) -> None:
    """Withdraw the proposed times without planning a meeting; the member who proposed them or a
    coordinator may."""
    with in_my_group(course_key, actor) as mine:
        proposal = _open_proposal(mine, proposal_id)
        _refuse_unless_picker(proposal, mine)
        _close(proposal, TimeProposal.State.WITHDRAWN, mine)
        publish_after_commit(publish, "edx.studygroup.proposal.withdrawn", mine.group, proposal_id=proposal.pk)


def _proposed(fields):
    """The times a proposal offers, checked: each one's values, the day to answer by, the proposer's zone."""
    if not isinstance(fields, dict) or not isinstance(fields.get("times"), list):
        raise InvalidInput()
    low, high = TIMES_RANGE
    if not low <= len(fields["times"]) <= high:
        raise InvalidInput(
            gettext_noop("Propose between %(low)s and %(high)s times."), field="times", low=low, high=high
        )
    zone = fields.get("time_zone")
    times = [_proposed_time(entry, zone) for entry in fields["times"]]
    if len({entry["start"] for entry in times}) != len(times):
        raise InvalidInput(gettext_noop("Propose each time once."), field="times")
    answer_by = validation.day(fields.get("answer_by"), "answer_by")
    first_day = min(entry["start"] for entry in times).astimezone(ZoneInfo(zone)).date()
    if answer_by is not None and not timezone.now().astimezone(ZoneInfo(zone)).date() <= answer_by <= first_day:
        raise InvalidInput(
            gettext_noop("Choose a day to answer by between today and the day of the first time proposed."),
            field="answer_by",
        )
    return sorted(times, key=lambda entry: entry["start"]), answer_by, zone


def _proposed_time(entry, zone):
    if not isinstance(entry, dict):
        raise InvalidInput(field="times")
    start = validation.moment(entry.get("date"), entry.get("time"), zone)
    if start <= timezone.now():
        raise InvalidInput(gettext_noop("Propose times that are still to come."), field="date")
    return {"start": start, **how_and_where(entry)}


def _reminder(answer_by, zone):
    """When those who have not answered are reminded: the morning before ``answer_by``, if still to come."""
    if answer_by is None:
        return None
    moment = datetime.combine(answer_by - timedelta(days=1), REMIND_AT, tzinfo=ZoneInfo(zone))
    return moment if moment > timezone.now() else None


def _open_proposal(mine, proposal_id):
    """The group's proposal ``proposal_id``, while it is open (the group is locked)."""
    proposal_id = validation.positive_int(proposal_id, "proposal_id")
    proposal = TimeProposal.objects.filter(pk=proposal_id, group=mine.group).first()
    if proposal is None:
        raise UnknownProposal(field="proposal_id")
    if not proposal.open:
        raise ProposalClosed()
    return proposal


def _refuse_unless_picker(proposal, mine):
    if not belongs_or_coordinates(proposal.proposed_by_id, mine.learner_id, mine.role == COORDINATOR):
        raise ProposalPickersOnly()


def _close(proposal, state, mine, meeting=None):
    TimeProposal.objects.filter(pk=proposal.pk).update(
        state=state, open=None, closed=timezone.now(), closed_by=mine.learner, meeting=meeting, remind_at=None
    )

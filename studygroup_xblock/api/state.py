"""What one learner sees of the course's study groups, read in a few queries.

Every view starts from the learner state, and the block answers every change with it, so
it is read with prepared SQL (``prepared.py``): the learner's group with its members in
one query, the next meeting and a page of meetings in one each (every meeting bringing its
attendees, action items, units and edits along as JSON), the action items left open, the
course's units with the members' check-ins, and the times proposed to the group with their
answers.
"""

import operator
from datetime import timedelta

from django.db.models import Count, Exists, OuterRef, Subquery, Value, Window
from django.utils import timezone
from opaque_keys.edx.keys import CourseKey

from ..data import (
    ActionItemRecord,
    Actor,
    Attendee,
    Edit,
    GroupDetail,
    GroupSummary,
    JoinRequestRecord,
    LearnerState,
    MeetingPage,
    MeetingRecord,
    Member,
    Participant,
    ProgressBoard,
    ProgressRow,
    ProposalRecord,
    ProposedTimeRecord,
    School,
    Step,
    UnitRecord,
    utc_day,
)
from ..models import (
    ActionItem,
    Attendance,
    CheckIn,
    GroupPace,
    JoinRequest,
    MailOptOut,
    Meeting,
    MeetingRevision,
    Membership,
    PaceDate,
    ProposedTime,
    TimeAnswer,
    Unit,
)
from .common import belongs_or_coordinates, in_outline_order, page_count, read
from .pace import group_pace
from .prepared import JSONRows, Prepared, json_list, json_moment, json_rows

MEETING_PAGE_SIZE = 5
FIRST_COLLEAGUES = 2  # a group is under way once the coordinator has invited this many
LONGEST_MEETING = timedelta(minutes=600)
GROUP = ("school_name", "city", "country", "language", "is_open", "by_request", "member_count", "size_limit")
# Read with the members too: the group's own row, and whether it has ever held a meeting.


def person(prefix):
    """The columns naming a person (``prefix`` a foreign key to Learner), in the order ``Reader.participant`` takes."""
    return (f"{prefix}_id", f"{prefix}__username", f"{prefix}__full_name", f"{prefix}__user_id")


MEETING = (
    *("id", "uid", "status", "start", "duration_minutes", "mode", "location", "link", "agenda", "guests"),
    *("topics", "notes", "outcomes", "created", *person("created_by")),
)


# The meeting's own fields, as the record has them (its uid is made a string).
MEETING_FIELDS = [name for name in MEETING[:14] if name != "uid"]
_meeting_fields = operator.attrgetter(*MEETING_FIELDS)
_created_by = operator.attrgetter(*person("created_by"))
_learner = operator.attrgetter(*person("learner"))


def _members(shape, user_id, course_key):
    """The learner's group and its members, each with the units they checked in on, and the course's units."""
    mine = Membership.objects.filter(learner__user_id=user_id, course_key=course_key, active=True)
    members = Membership.objects.filter(group__in=mine.values("group_id"), active=True)
    checked = CheckIn.objects.filter(unit__course_key=course_key)
    units = Unit.objects.filter(course_key=course_key).values("course_key")
    waiting = JoinRequest.objects.filter(pending=True)
    mail_off = MailOptOut.objects.filter(course_key=course_key, learner_id=OuterRef("learner_id"))
    return (
        members.annotate(
            mail_off=Exists(mail_off),
            checked=json_rows(checked, "learner", "unit_id", outer="learner_id"),
            units=Subquery(units.annotate(rows=JSONRows("id", "title", "position", "first_seen")).values("rows")),
            waiting=json_rows(waiting, "group", "id", "message", "created", *person("learner"), outer="group_id"),
            pace=json_rows(GroupPace.objects, "group", "start", "weeks_per_unit", outer="group_id"),
            pace_dates=json_rows(PaceDate.objects, "pace__group", "unit_id", "due", outer="group_id"),
        )
        .order_by("role", "joined", "id")
        .values_list(
            "id",
            *person("learner"),
            "role",
            "joined",
            "school_name",
            "city",
            "country",
            "guide_dismissed",
            "group_id",
            *(f"group__{name}" for name in GROUP),
            "group__description",
            "group__join_code",
            "group__created",
            "group__meeting_count",
            "group__adaptation_count",
            "group__evidence_opened",
            "group__last_meeting",
            "checked",
            "units",
            "waiting",
            "mail_off",
            "pace",
            "pace_dates",
            named=True,
        )
    )


def _meetings(shape, group_id, since=None, meeting_id=None):
    """One meeting, the next ones planned, or a page, each with its details as JSON."""
    kind, offset = shape
    meetings = Meeting.objects.filter(group_id=group_id, deleted__isnull=True)
    if kind == "one":
        meetings = meetings.filter(pk=meeting_id).annotate(total=Value(1))
    elif kind == "next":
        planned = meetings.filter(status=Meeting.Status.PLANNED, start__gte=since).order_by("start", "id")
        meetings = planned.annotate(total=Value(0))[:5]
    else:
        page = meetings.annotate(total=Window(Count("pk"))).order_by("-start", "-id")
        meetings = page[offset : offset + MEETING_PAGE_SIZE]
    return meetings.annotate(
        attendees=json_rows(Attendance.objects, "meeting", *person("learner"), "confirmed"),
        items=json_rows(ActionItem.objects, "meeting", "id", "text", "done", *person("owner")),
        discussed=json_rows(Meeting.units.through.objects, "meeting", "unit_id", "unit__title", "unit__first_seen"),
        edits=json_rows(MeetingRevision.objects, "meeting", "edited", "id", *person("edited_by")),
    ).values_list(*MEETING, "total", "attendees", "items", "discussed", "edits", named=True)


def _open_items(shape, group_id):
    """The action items the group's latest held meeting left open."""
    latest = Meeting.objects.filter(group_id=group_id, status=Meeting.Status.HELD, deleted__isnull=True)
    items = ActionItem.objects.filter(meeting=latest.order_by("-start", "-id").values("pk")[:1], done__isnull=True)
    return items.order_by("pk").values_list("id", "text", "done", *person("owner"), named=True)


def _latest_request(shape, user_id, course_key):
    """The learner's latest request to join a group of the course, with that group."""
    mine = JoinRequest.objects.filter(learner__user_id=user_id, course_key=course_key).order_by("-created", "-id")
    group = (f"group__{name}" for name in GROUP)
    return mine.values_list("id", "state", "message", "reason", "created", "group_id", *group, named=True)[:1]


def _own_check_ins(shape, user_id, course_key):
    checked = CheckIn.objects.filter(learner__user_id=user_id, unit__course_key=course_key)
    return checked.order_by("unit_id").values_list("unit_id", named=True)


members_of = Prepared(_members)
meeting_rows = Prepared(_meetings)
open_items_of = Prepared(_open_items)
own_check_ins = Prepared(_own_check_ins)
latest_request = Prepared(_latest_request)
SHOWN_REQUESTS = (JoinRequest.State.PENDING, JoinRequest.State.DECLINED)  # the others need no answer


@read
def get_learner_state(course_key: CourseKey, actor: Actor) -> LearnerState:
    """The learner's group in this course (if any) and all they see of it: what every view starts from,
    and what the block answers every change with."""
    rows = members_of(user_id=actor.user_id, course_key=str(course_key))
    if not rows:
        checked_in = own_check_ins(user_id=actor.user_id, course_key=str(course_key))
        return LearnerState(
            group=None,
            role=None,
            checked_in=tuple(row.unit_id for row in checked_in),
            request=own_request(actor, course_key),
        )
    reader = Reader(actor, rows)
    progress = reader.progress()
    meetings = reader.meeting_page(1)
    return LearnerState(
        group=reader.detail(),
        role=reader.role,
        next_meeting=reader.next_meeting(meetings),
        meetings=meetings,
        open_action_items=reader.open_action_items(meetings),
        progress=progress,
        checked_in=next(row.checked_in for row in progress.rows if row.person.is_you),
        requests=reader.waiting_requests(),
        getting_started=reader.getting_started(meetings, progress),
        meeting_mail=not reader.me.mail_off,
        proposal=open_proposal(reader),
        pace=group_pace(reader.members[0], progress, {row.learner_id: utc_day(row.joined) for row in reader.members}),
    )


def _proposed_times(shape, group_id):
    """The group's open proposal, one row per time, each with its answers as JSON."""
    times = ProposedTime.objects.filter(proposal__group_id=group_id, proposal__open=True).order_by("start", "pk")
    return times.annotate(given=json_rows(TimeAnswer.objects, "time", "learner_id", "answer")).values_list(
        "id",
        "start",
        "duration_minutes",
        "mode",
        "location",
        "given",
        "proposal_id",
        "proposal__proposed_by_id",
        "proposal__created",
        "proposal__answer_by",
        named=True,
    )


proposed_times = Prepared(_proposed_times)


def open_proposal(reader) -> ProposalRecord | None:
    """The group's open proposal as ``reader`` (``state.Reader``) sees it, with its members' answers;
    None if there is none."""
    rows = proposed_times(group_id=reader.group_id)
    if not rows or rows[-1].start <= timezone.now():  # all its times have passed: nothing left to answer
        return None
    members = reader.colleagues()
    answered = [dict(json_list(row.given)) for row in rows]
    scores = [_score(answers) for answers in answered]
    best = scores.index(max(scores)) if max(scores) > (0, 0) else None
    first = rows[0]
    anyone = set().union(*answered)
    return ProposalRecord(
        id=first.proposal_id,
        proposed_by=members.get(first.proposal__proposed_by_id),
        created=first.proposal__created,
        answer_by=first.proposal__answer_by,
        times=tuple(
            _time_record(row, answers, members, reader.learner_id, number == best)
            for number, (row, answers) in enumerate(zip(rows, answered, strict=True))
        ),
        waiting_for=tuple(person for learner_id, person in members.items() if learner_id not in anyone),
        can_pick=belongs_or_coordinates(first.proposal__proposed_by_id, reader.learner_id, reader.coordinates),
    )


def _score(answers):
    """How well a time suits the group: yes answers first, then if need be."""
    values = list(answers.values())
    return values.count(TimeAnswer.Answer.YES), values.count(TimeAnswer.Answer.IF_NEED_BE)


def _time_record(row, answers, members, viewer_id, best):
    def who(answer):
        return tuple(
            members[learner_id] for learner_id, said in answers.items() if said == answer and learner_id in members
        )

    return ProposedTimeRecord(
        id=row.id,
        start=row.start,
        duration_minutes=row.duration_minutes,
        mode=row.mode,
        location=row.location,
        yes=who(TimeAnswer.Answer.YES),
        if_need_be=who(TimeAnswer.Answer.IF_NEED_BE),
        no=who(TimeAnswer.Answer.NO),
        mine=answers.get(viewer_id, ""),
        best=best,
    )


def own_request(actor, course_key):
    """The learner's latest request to join, while it waits or after it was declined (with the reason)."""
    row = next(iter(latest_request(user_id=actor.user_id, course_key=str(course_key))), None)
    if row is None or row.state not in SHOWN_REQUESTS:
        return None
    group = GroupSummary(id=row.group_id, **{name: getattr(row, f"group__{name}") for name in GROUP})
    return JoinRequestRecord(
        id=row.id, state=row.state, message=row.message, reason=row.reason, created=row.created, group=group
    )


class Reader:
    """One learner's view of their own group, from its members' rows: who they are in it, what they may do."""

    def __init__(self, actor, members):
        self.actor, self.members, self.people = actor, members, {}
        self.me = me = next(row for row in members if row.learner__user_id == actor.user_id)
        self.learner_id, self.role, self.group_id = me.learner_id, me.role, me.group_id

    @classmethod
    def of(cls, course_key, actor):
        """The reader for ``actor``'s group, or None if they are in none."""
        rows = members_of(user_id=actor.user_id, course_key=str(course_key))
        return cls(actor, rows) if rows else None

    @property
    def coordinates(self):
        return self.role == Membership.Role.COORDINATOR

    def participant(self, learner_id, username, full_name, user_id):
        """A person named in the group's own records, where every member sees full names."""
        key = (learner_id, username, full_name, user_id)
        if key not in self.people:  # colleagues recur on every meeting: one record each
            self.people[key] = Participant(
                learner_id=learner_id, username=username, full_name=full_name, is_you=user_id == self.actor.user_id
            )
        return self.people[key]

    def colleagues(self):
        """The group's members as its records name them, by learner id."""
        return {row.learner_id: self.participant(*_learner(row)) for row in self.members}

    def detail(self):
        group = self.members[0]
        return GroupDetail(
            summary=GroupSummary(id=self.group_id, **{name: getattr(group, f"group__{name}") for name in GROUP}),
            description=group.group__description,
            join_code=format_join_code(group.group__join_code),
            created=group.group__created,
            members=tuple(
                Member(
                    membership_id=row.id,
                    learner_id=row.learner_id,
                    username=row.learner__username,
                    full_name=row.learner__full_name,
                    role=row.role,
                    joined=row.joined,
                    is_you=row.learner__user_id == self.actor.user_id,
                    school=School(row.school_name, row.city, row.country),
                )
                for row in self.members
            ),
        )

    def getting_started(self, meetings, progress):
        """A new coordinator's first steps, each done or not by what the group has done (not ticked by
        hand), until they hide the list."""
        me = next(row for row in self.members if row.learner__user_id == self.actor.user_id)
        if not self.coordinates or me.guide_dismissed:
            return ()
        group = self.members[0]
        done = {
            "invite": group.group__member_count >= FIRST_COLLEAGUES + 1,
            "plan": meetings.total > 0,
            "log": group.group__meeting_count > 0,
            "share": group.group__adaptation_count > 0,
            "check_in": any(row.checked_in for row in progress.rows),
            "report": group.group__evidence_opened is not None,
        }
        return tuple(Step(name=name, done=finished) for name, finished in done.items())

    def waiting_requests(self):
        """The requests to join waiting for an answer, oldest first: for the group's coordinators only."""
        if not self.coordinates:
            return ()
        rows = sorted(json_list(self.members[0].waiting), key=lambda entry: (entry[2], entry[0]))
        return tuple(
            JoinRequestRecord(
                id=request_id,
                state=JoinRequest.State.PENDING,
                message=message,
                reason="",
                created=json_moment(created),
                person=self.participant(*who),
            )
            for request_id, message, created, *who in rows
        )

    def meeting_page(self, number):
        rows = meeting_rows(shape=("page", (number - 1) * MEETING_PAGE_SIZE), group_id=self.group_id)
        if not rows and number > 1:  # past the last page: show the last
            return self.meeting_page(self.meeting_page(1).num_pages)
        total = rows[0].total if rows else 0
        pages = page_count(total, MEETING_PAGE_SIZE)
        if number > pages:
            return self.meeting_page(pages)
        return MeetingPage(meetings=tuple(map(self.meeting, rows)), page=number, num_pages=pages, total=total)

    def next_meeting(self, first_page):
        """The earliest planned meeting not yet over: found on the first page of meetings (newest
        first) when that page reaches back past the longest meeting, as it does unless many are planned."""
        now = timezone.now()
        since = now - LONGEST_MEETING
        if first_page.num_pages == 1 or first_page.meetings[-1].start < since:
            upcoming = (
                meeting for meeting in reversed(first_page.meetings) if meeting.status == Meeting.Status.PLANNED
            )
        else:
            rows = meeting_rows(shape=("next", 0), group_id=self.group_id, since=since)
            upcoming = map(self.meeting, rows)
        return next(
            (meeting for meeting in upcoming if meeting.start + timedelta(minutes=meeting.duration_minutes) >= now),
            None,
        )

    def one_meeting(self, meeting_id):
        rows = meeting_rows(shape=("one", 0), group_id=self.group_id, meeting_id=meeting_id)
        return self.meeting(rows[0]) if rows else None

    def meeting(self, row):
        attendees = sorted(json_list(row.attendees), key=lambda entry: (entry[2], entry[0]))
        edits = sorted(json_list(row.edits), key=lambda entry: (entry[0], entry[1]), reverse=True)
        present = [
            Attendee(person=self.participant(*entry[:4]), confirmed=json_moment(entry[4])) for entry in attendees
        ]
        return MeetingRecord(
            **dict(zip(MEETING_FIELDS, _meeting_fields(row), strict=True)),
            uid=str(row.uid),
            created_by=self.participant(*_created_by(row)),
            units=tuple(
                UnitRecord(id=unit_id, title=title)
                for unit_id, title, _first in sorted(json_list(row.discussed), key=lambda unit: (unit[2], unit[0]))
            ),
            attendees=tuple(present),
            action_items=tuple(
                self.action_item(item_id, text, json_moment(done), owner)
                for item_id, text, done, *owner in sorted(json_list(row.items))
            ),
            last_edit=Edit(by=self.participant(*edits[0][2:]), at=json_moment(edits[0][0])) if edits else None,
            edits=len(edits),
            can_edit=belongs_or_coordinates(row.created_by_id, self.learner_id, self.coordinates),
            can_confirm=any(
                entry.person.learner_id == self.learner_id and entry.confirmed is None for entry in present
            ),
        )

    def action_item(self, item_id, text, done, owner):
        owner_id = owner[0]
        return ActionItemRecord(
            id=item_id,
            text=text,
            owner=self.participant(*owner) if owner_id else None,
            done=done,
            can_tick=belongs_or_coordinates(owner_id, self.learner_id, self.coordinates),
        )

    def open_action_items(self, first_page):
        """What the group's latest held meeting left to do, for the next agenda: read from the
        first page of meetings when that meeting is on it, as it is unless many are planned."""
        latest = next((meeting for meeting in first_page.meetings if meeting.status == Meeting.Status.HELD), None)
        if latest is not None:
            return tuple(item for item in latest.action_items if item.done is None)
        if not self.members[0].group__meeting_count:
            return ()
        return tuple(
            self.action_item(row.id, row.text, row.done, row[3:]) for row in open_items_of(group_id=self.group_id)
        )

    def progress(self):
        """Who has worked through which unit: the course's units in order, the members as they joined."""
        units = in_outline_order(json_list(self.members[0].units))
        order = {unit.id: place for place, unit in enumerate(units)}
        members = sorted(self.members, key=lambda row: (row.joined, row.id))
        return ProgressBoard(
            units=units,
            rows=tuple(
                ProgressRow(
                    person=self.participant(*_learner(row)),
                    checked_in=tuple(sorted((unit_id for (unit_id,) in json_list(row.checked)), key=order.get)),
                )
                for row in members
            ),
        )


def format_join_code(code):
    """The code as shown to people: two groups of four, easy to read out."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"

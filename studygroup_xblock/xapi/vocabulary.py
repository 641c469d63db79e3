"""What each event's xAPI statement is made of: its verb, what it is about, and which of the event's
numbers and codes it carries. One table (``STATEMENTS``) serves the transformers, the allow-list and
the tests; why each IRI was chosen is in ADR 15.

Verbs and activity types come from published vocabularies: Activity Streams as ADL publishes it for
xAPI (``http://activitystrea.ms/…``), ADL's own, the TinCan registry's and the acrossx profile's.
Where none has a term, the block's own extensions say it (``OWN``).
"""

from dataclasses import dataclass

STREAMS = "http://activitystrea.ms/"
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
TINCAN = "http://id.tincanapi.com/"
ACROSSX = "https://w3id.org/xapi/acrossx/"
OWN = "https://w3id.org/studygroup-xblock/xapi/extensions/"

# Every statement names the event it was made from, so a query can select by the event as the
# README lists it.
EVENT = OWN + "event"


@dataclass(frozen=True)
class Verb:
    iri: str
    display: str


@dataclass(frozen=True)
class Kind:
    """A kind of thing a statement is about: its IRI under the LMS's root (filled from the event's data),
    its activity type (none where no vocabulary has one), and what it belongs to (``course``, ``group``
    or ``meeting``)."""

    path: str
    type: str
    within: str


@dataclass(frozen=True)
class Extension:
    """An extension's IRI and the event's data it takes (``duration``: minutes, written in ISO 8601)."""

    iri: str
    key: str
    duration: bool = False


@dataclass(frozen=True)
class Statement:
    verb: Verb
    object: Kind
    context: tuple[Extension, ...] = ()
    # What the object's definition says of it (a proposal's number of times, an export's kind).
    definition: tuple[Extension, ...] = ()
    # Other things the statement is about, besides what the object belongs to (the meeting a time planned).
    others: tuple[Kind, ...] = ()
    result_duration: str = ""  # the data key of a duration in minutes
    result_response: str = ""  # the data key of a response
    result: tuple[Extension, ...] = ()
    completion: bool = False


def _streams(name, display):
    return Verb(STREAMS + name, display)


CREATED = _streams("create", "created")
UPDATED = _streams("update", "updated")
ARCHIVED = _streams("archive", "archived")
JOINED = _streams("join", "joined")
LEFT = _streams("leave", "left")
REMOVED = _streams("remove", "removed")
ADDED = _streams("add", "added")
ASSIGNED = _streams("assign", "assigned")
ACKNOWLEDGED = _streams("acknowledge", "acknowledged")
REQUESTED = _streams("request", "requested")
RETRACTED = _streams("retract", "retracted")
APPROVED = _streams("approve", "approved")
DENIED = _streams("deny", "denied")
SCHEDULED = _streams("schedule", "scheduled")
CANCELLED = _streams("cancel", "cancelled")
DELETED = _streams("delete", "deleted")
CONFIRMED = _streams("confirm", "confirmed")
CLOSED = _streams("close", "closed")
COMPLETED = _streams("complete", "completed")
OPENED = _streams("open", "opened")
SHARED = _streams("share", "shared")
LIKED = _streams("like", "liked")
UNLIKED = _streams("unlike", "unliked")
SENT = _streams("send", "sent")
ATTENDED = Verb(ADL_VERBS + "attended", "attended")
ASKED = Verb(ADL_VERBS + "asked", "asked")
ANSWERED = Verb(ADL_VERBS + "answered", "answered")
PREFERRED = Verb(ADL_VERBS + "preferred", "preferred")
ENABLED = Verb(TINCAN + "verb/enabled", "enabled")
DISABLED = Verb(TINCAN + "verb/disabled", "disabled")

GROUP = Kind("studygroup/group/{group_id}", STREAMS + "group", "course")
MEMBERSHIP = Kind("studygroup/membership/{membership_id}", "", "group")
JOIN_REQUEST = Kind("studygroup/join-request/{request_id}", "", "group")
MEETING = Kind("studygroup/meeting/{meeting_id}", "http://adlnet.gov/expapi/activities/meeting", "group")
PROPOSAL = Kind("studygroup/proposal/{proposal_id}", STREAMS + "question", "group")
PACE = Kind("studygroup/group/{group_id}/pace", ACROSSX + "activities/learning-plan", "group")
ACTION_ITEM = Kind("studygroup/action-item/{action_item_id}", STREAMS + "task", "meeting")
ADAPTATION = Kind("studygroup/adaptation/{adaptation_id}", STREAMS + "article", "group")
NUDGE = Kind("studygroup/nudge/{nudge_id}", TINCAN + "activitytype/email", "group")
# The block in its unit, as event-routing-backends names an XBlock in its own statements.
UNIT = Kind("xblock/{usage_key}", TINCAN + "activitytype/resource", "course")
EXPORT = Kind("studygroup/export/{export_id}", STREAMS + "file", "course")
MEETING_MAIL = Kind("studygroup/course/{course_id}/meeting-mail", STREAMS + "service", "course")
STUDY_GROUPS = Kind("studygroup/course/{course_id}", STREAMS + "application", "course")

VIA = Extension(OWN + "via", "via")
ROLE = Extension(OWN + "role", "role")
MEETING_START = Extension(OWN + "meeting-start", "start")
FROM_PLAN = Extension(OWN + "from-plan", "from_plan")
ATTENDEES = Extension(OWN + "attendees", "attendees")
GUESTS = Extension(OWN + "guests", "guests")
WEEKS_PER_UNIT = Extension(OWN + "weeks-per-unit", "weeks_per_unit")
COURSE_WIDE = Extension(OWN + "course-wide", "course_wide")
PLANNED_START = Extension(TINCAN + "extension/planned-start-time", "start")
PLANNED_DURATION = Extension(TINCAN + "extension/planned-duration", "duration_minutes", duration=True)
TIMES_OFFERED = Extension(ACROSSX + "extensions/total-items", "times")
EXPORT_KIND = Extension(ACROSSX + "extensions/type", "kind")

STATEMENTS = {
    "edx.studygroup.group.created": Statement(CREATED, GROUP),
    "edx.studygroup.group.edited": Statement(UPDATED, GROUP),
    "edx.studygroup.group.code_rotated": Statement(UPDATED, GROUP),
    "edx.studygroup.group.archived": Statement(ARCHIVED, GROUP),
    "edx.studygroup.group.nudged": Statement(SENT, NUDGE),
    "edx.studygroup.membership.joined": Statement(JOINED, GROUP, context=(VIA,)),
    "edx.studygroup.membership.left": Statement(LEFT, GROUP),
    "edx.studygroup.membership.removed": Statement(REMOVED, MEMBERSHIP),
    "edx.studygroup.membership.role_changed": Statement(ASSIGNED, MEMBERSHIP, context=(ROLE,)),
    "edx.studygroup.membership.school_changed": Statement(UPDATED, MEMBERSHIP),
    "edx.studygroup.membership.guide_dismissed": Statement(ACKNOWLEDGED, MEMBERSHIP),
    "edx.studygroup.join_request.created": Statement(REQUESTED, JOIN_REQUEST),
    "edx.studygroup.join_request.withdrawn": Statement(RETRACTED, JOIN_REQUEST),
    "edx.studygroup.join_request.accepted": Statement(APPROVED, JOIN_REQUEST),
    "edx.studygroup.join_request.declined": Statement(DENIED, JOIN_REQUEST),
    "edx.studygroup.meeting.planned": Statement(SCHEDULED, MEETING, context=(PLANNED_START, PLANNED_DURATION)),
    "edx.studygroup.meeting.logged": Statement(
        ATTENDED,
        MEETING,
        context=(MEETING_START, FROM_PLAN),
        result_duration="duration_minutes",
        result=(ATTENDEES, GUESTS),
    ),
    "edx.studygroup.meeting.edited": Statement(UPDATED, MEETING, context=(MEETING_START,)),
    "edx.studygroup.meeting.deleted": Statement(DELETED, MEETING),
    "edx.studygroup.meeting.attendance_confirmed": Statement(CONFIRMED, MEETING),
    "edx.studygroup.proposal.opened": Statement(ASKED, PROPOSAL, definition=(TIMES_OFFERED,)),
    "edx.studygroup.proposal.answered": Statement(ANSWERED, PROPOSAL),
    "edx.studygroup.proposal.picked": Statement(CLOSED, PROPOSAL, others=(MEETING,)),
    "edx.studygroup.proposal.withdrawn": Statement(RETRACTED, PROPOSAL),
    "edx.studygroup.pace.set": Statement(SCHEDULED, PACE, context=(WEEKS_PER_UNIT,)),
    "edx.studygroup.pace.cleared": Statement(CANCELLED, PACE),
    "edx.studygroup.action_item.completed": Statement(COMPLETED, ACTION_ITEM),
    "edx.studygroup.action_item.reopened": Statement(OPENED, ACTION_ITEM),
    "edx.studygroup.adaptation.shared": Statement(SHARED, ADAPTATION, context=(COURSE_WIDE,)),
    "edx.studygroup.adaptation.edited": Statement(UPDATED, ADAPTATION),
    "edx.studygroup.adaptation.deleted": Statement(DELETED, ADAPTATION),
    "edx.studygroup.adaptation.marked_useful": Statement(LIKED, ADAPTATION),
    "edx.studygroup.adaptation.unmarked_useful": Statement(UNLIKED, ADAPTATION),
    "edx.studygroup.adaptation.hidden": Statement(REMOVED, ADAPTATION),
    "edx.studygroup.adaptation.unhidden": Statement(ADDED, ADAPTATION),
    "edx.studygroup.unit.checked_in": Statement(COMPLETED, UNIT, completion=True),
    "edx.studygroup.unit.check_in_withdrawn": Statement(RETRACTED, UNIT),
    "edx.studygroup.export.requested": Statement(REQUESTED, EXPORT, definition=(EXPORT_KIND,)),
    "edx.studygroup.meeting_mail.switched_off": Statement(DISABLED, MEETING_MAIL),
    "edx.studygroup.meeting_mail.switched_on": Statement(ENABLED, MEETING_MAIL),
    "edx.studygroup.language.chosen": Statement(PREFERRED, STUDY_GROUPS, result_response="language"),
}

"""
Immutable records returned by ``api``.

They carry no ORM objects and no e-mail addresses, so they can be handed to any view
or serialised for the browser as they are. What follows from their fields (a person's
name as shown, a report's totals) is worked out in them, once, for every caller; the
properties listed in a record's ``derived`` go to the browser too. The records live in
the submodules by domain, what they all share in ``common``; import them all from here.
"""

from .adaptations import AdaptationPage, AdaptationRecord, Hiding, ProgressBoard, ProgressRow, UnitAdaptations
from .common import Named, Paging, hours, to_json
from .groups import (
    Actor,
    GroupDetail,
    GroupSummary,
    JoinRequestRecord,
    Member,
    Participant,
    School,
    SearchPage,
    has_room,
)
from .mail import CalendarEvent, MailRun, MailSetting
from .meetings import ActionItemRecord, Attendee, Edit, MeetingPage, MeetingRecord, UnitRecord
from .pace import PaceRecord, Standing, UnitDate, owed_from, utc_day
from .proposals import ProposalRecord, ProposedTimeRecord
from .reports import (
    AttendedMeeting,
    GroupReport,
    ParticipationRecord,
    Presence,
    ReportedActionItem,
    SharedAdaptation,
    StaffAdaptation,
    StaffMeeting,
    Stay,
)
from .staff import CourseTotals, DashboardPage, ExportFile, GroupRow, NudgeRecord, PreparedExport
from .state import LearnerState, Step

__all__ = [
    # common
    "hours",
    "Paging",
    "Named",
    "to_json",
    # groups
    "Actor",
    "has_room",
    "GroupSummary",
    "School",
    "Member",
    "GroupDetail",
    "SearchPage",
    "Participant",
    "JoinRequestRecord",
    # meetings
    "Attendee",
    "ActionItemRecord",
    "UnitRecord",
    "Edit",
    "MeetingRecord",
    "MeetingPage",
    # pace
    "PaceRecord",
    "Standing",
    "UnitDate",
    "utc_day",
    "owed_from",
    # proposals
    "ProposalRecord",
    "ProposedTimeRecord",
    # adaptations
    "ProgressRow",
    "ProgressBoard",
    "Hiding",
    "AdaptationRecord",
    "AdaptationPage",
    "UnitAdaptations",
    # state
    "Step",
    "LearnerState",
    # mail
    "MailSetting",
    "MailRun",
    "CalendarEvent",
    # staff
    "NudgeRecord",
    "CourseTotals",
    "GroupRow",
    "DashboardPage",
    "PreparedExport",
    "ExportFile",
    # reports
    "Stay",
    "Presence",
    "ReportedActionItem",
    "StaffMeeting",
    "StaffAdaptation",
    "GroupReport",
    "AttendedMeeting",
    "SharedAdaptation",
    "ParticipationRecord",
]

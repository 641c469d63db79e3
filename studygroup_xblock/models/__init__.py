"""
Course-wide study-group data.

Only ``api`` reads or writes these models; everything else gets the immutable
records of ``data``. The models live in the submodules by domain, the lengths of
their fields in ``limits``; import them all from here.
"""

from .adaptations import Adaptation, AdaptationRevision, CheckIn, Moderation, UsefulMark
from .groups import JoinRequest, Learner, Membership, MembershipRevision, Revision, StudyGroup
from .limits import (
    ACTION_ITEM_MAX,
    ADAPTATION_BODY_MAX,
    ADAPTATION_TITLE_MAX,
    AGENDA_MAX,
    CITY_MAX,
    DESCRIPTION_MAX,
    HIDE_REASON_MAX,
    JOIN_CODE_LENGTH,
    LINK_MAX,
    LOCATION_MAX,
    NOTES_MAX,
    NUDGE_TEXT_MAX,
    OUTCOMES_MAX,
    REQUEST_TEXT_MAX,
    SCHOOL_NAME_MAX,
    SORT_KEY_MAX,
    SUBJECT_MAX,
    TOPICS_MAX,
    UNIT_TITLE_MAX,
    WORD_MAX,
)
from .meetings import ActionItem, Attendance, Meeting, MeetingRevision, Unit
from .outbox import Mail, MailOptOut, Nudge, PreparedExport
from .pace import GroupPace, PaceDate
from .proposals import ProposedTime, TimeAnswer, TimeProposal
from .tallies import GroupWord, SchoolTally, Tally

__all__ = [
    # limits
    "SCHOOL_NAME_MAX",
    "CITY_MAX",
    "DESCRIPTION_MAX",
    "JOIN_CODE_LENGTH",
    "LOCATION_MAX",
    "LINK_MAX",
    "AGENDA_MAX",
    "TOPICS_MAX",
    "NOTES_MAX",
    "OUTCOMES_MAX",
    "ACTION_ITEM_MAX",
    "UNIT_TITLE_MAX",
    "ADAPTATION_TITLE_MAX",
    "ADAPTATION_BODY_MAX",
    "SUBJECT_MAX",
    "HIDE_REASON_MAX",
    "SORT_KEY_MAX",
    "WORD_MAX",
    "REQUEST_TEXT_MAX",
    "NUDGE_TEXT_MAX",
    # groups
    "Learner",
    "StudyGroup",
    "Membership",
    "JoinRequest",
    "Revision",
    "MembershipRevision",
    # tallies
    "GroupWord",
    "Tally",
    "SchoolTally",
    # meetings
    "Unit",
    "Meeting",
    "Attendance",
    "ActionItem",
    "MeetingRevision",
    # pace
    "GroupPace",
    "PaceDate",
    # proposals
    "TimeProposal",
    "ProposedTime",
    "TimeAnswer",
    # adaptations
    "Adaptation",
    "AdaptationRevision",
    "Moderation",
    "UsefulMark",
    "CheckIn",
    # outbox
    "PreparedExport",
    "Nudge",
    "MailOptOut",
    "Mail",
]

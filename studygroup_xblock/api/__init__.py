"""
The public interface to study-group data: every read, every write, every permission.

Callers pass an :class:`~studygroup_xblock.data.Actor` the runtime vouches for and get
records from ``data`` back. Every refusal is a :class:`StudyGroupError` subclass
carrying an HTTP status, a stable code and an untranslated message, so the caller can
answer in the learner's language. Every change runs in one transaction and publishes
its ``edx.studygroup.*`` event through the ``publish`` callable only once committed.

One module per domain: ``learners`` (what a learner chooses for themself), ``groups``,
``search`` (finding a group), ``requests`` (asking to join), ``meetings``,
``adaptations`` (with check-ins and the progress board), ``units``, ``staff``
(dashboard, records, reports), ``exports`` and ``reports`` (the large exports, prepared
in the background), ``mail`` (meeting e-mails and nudges); what they share (what each
function may do for an onlooker, locks, events, the learner upsert, the privacy rule) is
in ``common``; ``outbox`` hands work that leaves a change to the workers; ``state``,
``tallies`` and ``prepared`` are how pages are read fast at course scale.
"""

from .. import models
from ..errors import (
    ActionItemTickersOnly,
    AlreadyAsked,
    AlreadyInGroup,
    AlreadyLogged,
    AuthorLeftGroup,
    AuthorOnly,
    CodeRequired,
    Conflict,
    CoordinatorsOnly,
    DuplicateSchool,
    GroupArchived,
    GroupFull,
    InvalidInput,
    LastCoordinator,
    MeetingEditorsOnly,
    ModerationStaffOnly,
    NoRequest,
    NotAllowed,
    NotAttendee,
    NotByRequest,
    NotInGroup,
    OwnGroupsAdaptation,
    ProposalClosed,
    ProposalOpen,
    ProposalPickersOnly,
    ReadOnly,
    RequesterInGroup,
    RequestRequired,
    SavedThenUnavailable,
    StaffOnly,
    StaffOrCoordinatorsOnly,
    StudyGroupError,
    Unavailable,
    UnknownActionItem,
    UnknownAdaptation,
    UnknownCode,
    UnknownExport,
    UnknownGroup,
    UnknownMeeting,
    UnknownMember,
    UnknownProposal,
    UnknownRequest,
    UnsureIfSaved,
)
from ..retries import retrying
from .adaptations import (
    check_in,
    delete_adaptation,
    edit_adaptation,
    gallery_query,
    hide_adaptation,
    mark_useful,
    share_adaptation,
    unhide_adaptation,
    unit_adaptations,
)
from .common import COUNT_LIMIT, refuse_unless_staff
from .exports import (
    export_rows,
)
from .groups import (
    JOIN_CODE_ALPHABET,
    JOIN_CODE_INPUT_MAX,
    SIZE_LIMIT_MESSAGE,
    SIZE_LIMIT_RANGE,
    count_groups,
    create_group,
    dismiss_guide,
    hand_over_coordination,
    join_group,
    join_group_by_code,
    leave_group,
    normalise_join_code,
    remove_member,
    retire_learner,
    rotate_join_code,
    set_member_role,
    set_my_school,
    update_group,
)
from .learners import (
    choose_language,
    chosen_language,
)
from .mail import (
    REMINDER_HOURS,
    check_stop_token,
    nudge_coordinators,
    queue_due_reminders,
    send_waiting,
    set_meeting_mail,
    stop_meeting_mail,
    sweep_mail,
)
from .meetings import (
    DURATION_RANGE,
    GUESTS_MAX,
    confirm_attendance,
    delete_meeting,
    edit_meeting,
    log_meeting,
    meeting_event,
    meeting_history,
    members_on,
    plan_meeting,
    set_action_item_done,
)
from .pace import WEEKS_PER_UNIT_RANGE, clear_pace, set_pace
from .proposals import TIMES_RANGE, answer_times, pick_time, propose_times, withdraw_proposal
from .reports import (
    LARGE_EXPORT,
    export_file,
    is_large_export,
    prepared_exports,
    request_export,
)
from .requests import (
    ask_to_join,
    decide_request,
    withdraw_request,
)
from .search import SEARCH_QUERY_MAX, search_groups
from .staff import (
    DASHBOARD_ORDER,
    QUIET_AFTER_DAYS,
    course_dashboard,
    group_report,
    note_evidence_opened,
    participation_record,
    weekly_meetings,
)
from .state import get_learner_state
from .tallies import recount
from .units import (
    course_units,
    find_unit,
    register_unit,
)

# Length limits of every text a learner sends, for the forms' maxlength too.
FIELD_LIMITS = {
    "school_name": models.SCHOOL_NAME_MAX,
    "city": models.CITY_MAX,
    "description": models.DESCRIPTION_MAX,
    "query": SEARCH_QUERY_MAX,
    "code": JOIN_CODE_INPUT_MAX,
    "location": models.LOCATION_MAX,
    "link": models.LINK_MAX,
    "agenda": models.AGENDA_MAX,
    "topics": models.TOPICS_MAX,
    "notes": models.NOTES_MAX,
    "outcomes": models.OUTCOMES_MAX,
    "action_item": models.ACTION_ITEM_MAX,
    "guests": GUESTS_MAX,
    "adaptation_title": models.ADAPTATION_TITLE_MAX,
    "adaptation_body": models.ADAPTATION_BODY_MAX,
    "subject": models.SUBJECT_MAX,
    "reason": models.HIDE_REASON_MAX,
    "request_text": models.REQUEST_TEXT_MAX,
    "nudge": models.NUDGE_TEXT_MAX,
    "duration_min": DURATION_RANGE[0],
    "duration_max": DURATION_RANGE[1],
}


__all__ = [
    # Limits and choices callers show or check beside the api (forms, Studio, tests).
    "DASHBOARD_ORDER",
    "DURATION_RANGE",
    "FIELD_LIMITS",
    "GUESTS_MAX",
    "JOIN_CODE_ALPHABET",
    "JOIN_CODE_INPUT_MAX",
    "QUIET_AFTER_DAYS",
    "SEARCH_QUERY_MAX",
    "SIZE_LIMIT_MESSAGE",
    "SIZE_LIMIT_RANGE",
    "normalise_join_code",
    "COUNT_LIMIT",
    "LARGE_EXPORT",
    # Refusals, which callers catch as api.GroupFull and so on.
    "ActionItemTickersOnly",
    "ProposalClosed",
    "ProposalOpen",
    "ProposalPickersOnly",
    "AuthorLeftGroup",
    "AuthorOnly",
    "CoordinatorsOnly",
    "MeetingEditorsOnly",
    "ModerationStaffOnly",
    "OwnGroupsAdaptation",
    "ReadOnly",
    "StaffOnly",
    "StaffOrCoordinatorsOnly",
    "AlreadyAsked",
    "AlreadyInGroup",
    "AlreadyLogged",
    "CodeRequired",
    "Conflict",
    "DuplicateSchool",
    "GroupArchived",
    "GroupFull",
    "InvalidInput",
    "LastCoordinator",
    "NotAllowed",
    "NotAttendee",
    "NotByRequest",
    "NotInGroup",
    "NoRequest",
    "RequestRequired",
    "RequesterInGroup",
    "StudyGroupError",
    "UnknownActionItem",
    "UnknownAdaptation",
    "UnknownCode",
    "UnknownExport",
    "UnknownGroup",
    "UnknownMeeting",
    "UnknownMember",
    "UnknownProposal",
    "UnknownRequest",
    "Unavailable",
    "SavedThenUnavailable",
    "UnsureIfSaved",
    # Running a request against the api: transient database failures retried, else Unavailable.
    "retrying",
    # Permission rules a caller may apply before asking.
    "refuse_unless_staff",
    # The kept counts, taken again from the rows (a repair, or after loading data by hand).
    "recount",
    # Groups.
    "count_groups",
    "create_group",
    "dismiss_guide",
    "get_learner_state",
    "propose_times",
    "answer_times",
    "pick_time",
    "withdraw_proposal",
    "set_pace",
    "clear_pace",
    "WEEKS_PER_UNIT_RANGE",
    "TIMES_RANGE",
    "hand_over_coordination",
    "join_group",
    "join_group_by_code",
    "leave_group",
    "remove_member",
    "retire_learner",
    "rotate_join_code",
    "search_groups",
    "set_member_role",
    "set_my_school",
    "update_group",
    # Asking to join.
    "ask_to_join",
    "decide_request",
    "withdraw_request",
    # Meetings.
    "confirm_attendance",
    "course_units",
    "delete_meeting",
    "edit_meeting",
    "meeting_event",
    "log_meeting",
    "meeting_history",
    "members_on",
    "plan_meeting",
    "find_unit",
    "register_unit",
    "set_action_item_done",
    # Adaptations and progress.
    "check_in",
    "delete_adaptation",
    "gallery_query",
    "edit_adaptation",
    "hide_adaptation",
    "mark_useful",
    "share_adaptation",
    "unhide_adaptation",
    "unit_adaptations",
    # Course staff, reports.
    "course_dashboard",
    "group_report",
    "note_evidence_opened",
    "participation_record",
    "export_rows",
    "weekly_meetings",
    # Exports too large to send at once, prepared in the background.
    "is_large_export",
    "request_export",
    "prepared_exports",
    "export_file",
    # What a learner chooses for themself.
    "choose_language",
    "chosen_language",
    # Meeting e-mails and nudges.
    "REMINDER_HOURS",
    "check_stop_token",
    "nudge_coordinators",
    "queue_due_reminders",
    "send_waiting",
    "set_meeting_mail",
    "stop_meeting_mail",
    "sweep_mail",
]

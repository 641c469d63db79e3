"""
The refusals of the api, each with its HTTP status, a stable code and a message.

The message is an untranslated msgid, with ``%(name)s`` placeholders filled from
``params`` after translation, so the caller answers in the learner's language. The
messages stand in one table by code, as Django's ``error_messages`` do; each code that
is raised has a class of its own, named for it, for callers to catch.
"""

from typing import Self

from django.utils.translation import gettext_noop as _

MESSAGES = {
    "invalid": _("This request could not be understood. Reload the page and try again."),
    "unknown_group": _("This study group does not exist in this course. Reload the page and search again."),
    "unknown_member": _("This person is not a member of your study group. Reload the page to see who is."),
    "unknown_code": _("No study group in this course has that join code. Check it with your colleague."),
    "unknown_meeting": _(
        "This meeting does not exist in your study group. Reload the page to see the group's meetings."
    ),
    "unknown_action_item": _(
        "This task does not exist in your study group. Reload the page to see the group's meetings."
    ),
    "unknown_adaptation": _(
        "This adaptation does not exist, or you cannot see it. Reload the page to see the current list."
    ),
    "unknown_export": _(
        "This export is not ready yet, or no longer kept. Reload the course dashboard to see the prepared exports."
    ),
    "unknown_request": _("This request to join is no longer waiting. Reload the page to see the requests that are."),
    "unknown_proposal": _(
        "These proposed times do not exist in your study group. Reload the page to see the times to answer."
    ),
    "forbidden": _("You are not allowed to do that. If you think you should be, ask the course team."),
    "code_required": _("This group only takes new members who have its join code: ask a colleague in it for the code."),
    "coordinators_only": _("Only the group's coordinators can do that: ask one of them."),
    "staff_only": _("Only the course team can see this."),
    "staff_or_coordinators_only": _("Only the course team and the group's coordinators can see this report."),
    "moderation_staff_only": _("Only the course team can hide or show adaptations."),
    "meeting_editors_only": _(
        "Only the person who logged this meeting and the group's coordinators can change it: ask one of them."
    ),
    "action_item_tickers_only": _("Only the person who does this task, or a coordinator, can tick it off."),
    "proposal_pickers_only": _(
        "Only the colleague who proposed these times and the group's coordinators can choose one or withdraw them."
    ),
    "author_only": _("Only the colleague who shared an adaptation can change it: ask them, or share your own."),
    "author_left_group": _(
        "Only members of the group that shared an adaptation can change it: share your own instead."
    ),
    "own_groups_adaptation": _("You can mark only other schools' adaptations as useful, not your own group's."),
    "not_attendee": _(
        "Only colleagues marked as present can confirm they were there. "
        "If you were there, ask the person who logged the meeting to add you."
    ),
    "request_required": _("This group takes new members who ask to join: ask, and its coordinators will answer."),
    "not_by_request": _(
        "This group does not take requests to join: join it if it is open, or ask a colleague in it for its code."
    ),
    "already_in_group": _("You are already in a study group in this course. Leave it first."),
    "not_in_group": _("You are not in a study group in this course. Find your school's group or start one."),
    "group_full": _(
        "This group is full: ask its coordinator whether a place will free up, or start a group of your own."
    ),
    "group_archived": _("This group has closed: all its members have left. Start a new group for your school."),
    "last_coordinator": _("Your group needs a coordinator: make another member coordinator first."),
    "already_logged": _("A colleague has already logged this meeting. Edit their minutes instead."),
    "duplicate_school": _("There is already a study group for this school. You could join it instead."),
    "already_asked": _(
        "You have already asked to join a group in this course. Wait for its answer, or withdraw that request first."
    ),
    "no_request": _("You have no request to join waiting. Reload the page to see where you stand."),
    "requester_in_group": _("This colleague has joined another group meanwhile, so they cannot join yours."),
    "proposal_open": _(
        "Your group already has proposed times to answer. Choose one of them or withdraw them before proposing others."
    ),
    "proposal_closed": _(
        "These proposed times are closed: a meeting was planned from them, or they were withdrawn. Reload the page."
    ),
    "unavailable": _("Study groups cannot be reached for a moment. Please reload the page and try again."),
    "read_only": _("You are viewing the course as another learner: you can look, but not change anything."),
}


class StudyGroupError(Exception):
    """A request the api refuses; ``message`` is a msgid to translate with ``params``."""

    status = 400
    code = "invalid"
    message = MESSAGES["invalid"]

    def __init__(self, message=None, *, field=None, **params):
        super().__init__(message or self.message)
        if message:
            self.message = message
        self.params = params
        self.details = {"field": field} if field else {}

    @classmethod
    def refusal(cls, code: str) -> type[Self]:
        """A refusal of this kind with its own code (and message), named for the code as Django names
        a model's ``DoesNotExist``: ``coordinators_only`` is ``CoordinatorsOnly``."""
        name = "".join(word.capitalize() for word in code.split("_"))
        return type(name, (cls,), {"code": code, "message": MESSAGES[code], "__module__": __name__})


class InvalidInput(StudyGroupError):
    """A field of the request is missing or wrong; the message says which and why."""

    code = "invalid_field"


class NotAllowed(StudyGroupError):
    """The viewer may not do this: their role, or whose the record is, decides."""

    status = 403
    code = "forbidden"
    message = MESSAGES["forbidden"]


class Conflict(StudyGroupError):
    """The request is sound, but the group is not in a state that allows it now."""

    status = 409
    code = "conflict"


class DuplicateSchool(Conflict):
    """A group for the same school and city exists; ``group`` is its summary."""

    code = "duplicate_school"
    message = MESSAGES["duplicate_school"]

    def __init__(self, group):
        super().__init__()
        self.details = {"group": group}


class Unavailable(StudyGroupError):
    """The database could not serve the request now (contention, a lost connection); nothing is half-written."""

    status = 503
    code = "unavailable"
    message = MESSAGES["unavailable"]


class SavedThenUnavailable(Unavailable):
    """The change was saved, then the database went away before the answer could be read."""

    message = _("Your change was saved, but the page could not be brought up to date. Please reload it.")

    def __init__(self):
        super().__init__()
        self.details = {"saved": True}


class UnsureIfSaved(Unavailable):
    """The database went away as the change was being committed: it may or may not have been saved."""

    message = _(
        "Study groups could not be reached as your change was being saved. Reload the page to see whether it was."
    )

    def __init__(self):
        super().__init__()
        self.details = {"saved": None}


# The refusals the api raises, by kind: 400, then 403, then 409.
UnknownGroup = StudyGroupError.refusal("unknown_group")
UnknownMember = StudyGroupError.refusal("unknown_member")
UnknownCode = StudyGroupError.refusal("unknown_code")
UnknownMeeting = StudyGroupError.refusal("unknown_meeting")
UnknownActionItem = StudyGroupError.refusal("unknown_action_item")
UnknownAdaptation = StudyGroupError.refusal("unknown_adaptation")
UnknownExport = StudyGroupError.refusal("unknown_export")
UnknownRequest = StudyGroupError.refusal("unknown_request")
UnknownProposal = StudyGroupError.refusal("unknown_proposal")
CodeRequired = NotAllowed.refusal("code_required")
CoordinatorsOnly = NotAllowed.refusal("coordinators_only")
StaffOnly = NotAllowed.refusal("staff_only")
StaffOrCoordinatorsOnly = NotAllowed.refusal("staff_or_coordinators_only")
ModerationStaffOnly = NotAllowed.refusal("moderation_staff_only")
MeetingEditorsOnly = NotAllowed.refusal("meeting_editors_only")
ActionItemTickersOnly = NotAllowed.refusal("action_item_tickers_only")
ProposalPickersOnly = NotAllowed.refusal("proposal_pickers_only")
AuthorOnly = NotAllowed.refusal("author_only")
AuthorLeftGroup = NotAllowed.refusal("author_left_group")
OwnGroupsAdaptation = NotAllowed.refusal("own_groups_adaptation")
NotAttendee = NotAllowed.refusal("not_attendee")
NotByRequest = NotAllowed.refusal("not_by_request")
RequestRequired = NotAllowed.refusal("request_required")
ReadOnly = NotAllowed.refusal("read_only")
AlreadyInGroup = Conflict.refusal("already_in_group")
NotInGroup = Conflict.refusal("not_in_group")
GroupFull = Conflict.refusal("group_full")
GroupArchived = Conflict.refusal("group_archived")
LastCoordinator = Conflict.refusal("last_coordinator")
AlreadyLogged = Conflict.refusal("already_logged")
AlreadyAsked = Conflict.refusal("already_asked")
NoRequest = Conflict.refusal("no_request")
RequesterInGroup = Conflict.refusal("requester_in_group")
ProposalOpen = Conflict.refusal("proposal_open")
ProposalClosed = Conflict.refusal("proposal_closed")

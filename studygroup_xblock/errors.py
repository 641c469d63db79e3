"""
The refusals of ``api.py``, each with its HTTP status, a stable code and a message.

The message is an untranslated msgid, with ``%(name)s`` placeholders filled from
``params`` after translation, so the caller answers in the learner's language.
"""

from django.utils.translation import gettext_noop


class StudyGroupError(Exception):
    """A request the api refuses; ``message`` is a msgid to translate with ``params``."""

    status = 400
    code = "invalid"
    message = gettext_noop("This request could not be understood.")

    def __init__(self, message=None, *, field=None, **params):
        super().__init__(message or self.message)
        if message:
            self.message = message
        self.params = params
        self.details = {"field": field} if field else {}


class InvalidInput(StudyGroupError):
    code = "invalid_field"


class UnknownGroup(StudyGroupError):
    code = "unknown_group"
    message = gettext_noop("This study group does not exist in this course.")


class UnknownMember(StudyGroupError):
    code = "unknown_member"
    message = gettext_noop("This person is not a member of your study group.")


class UnknownCode(StudyGroupError):
    code = "unknown_code"
    message = gettext_noop("No study group in this course has that join code. Check it with your colleague.")


class NotAllowed(StudyGroupError):
    status = 403
    code = "forbidden"
    message = gettext_noop("You are not allowed to do that.")


class CodeRequired(NotAllowed):
    code = "code_required"
    message = gettext_noop("This group only takes new members who have its join code.")


class CoordinatorsOnly(NotAllowed):
    code = "coordinators_only"
    message = gettext_noop("Only the group's coordinators can do that.")


class StaffOnly(NotAllowed):
    code = "staff_only"
    message = gettext_noop("Only course staff can see this.")


class StaffOrCoordinatorsOnly(NotAllowed):
    code = "staff_or_coordinators_only"
    message = gettext_noop("Only course staff and the group's coordinators can see this report.")


class ModerationStaffOnly(NotAllowed):
    code = "moderation_staff_only"
    message = gettext_noop("Only course staff can hide or show adaptations.")


class MeetingEditorsOnly(NotAllowed):
    code = "meeting_editors_only"
    message = gettext_noop("Only the meeting's author and the group's coordinators can change it.")


class ActionItemTickersOnly(NotAllowed):
    code = "action_item_tickers_only"
    message = gettext_noop("Only its owner or a coordinator can tick off an action item.")


class AuthorOnly(NotAllowed):
    code = "author_only"
    message = gettext_noop("Only its author can change an adaptation.")


class AuthorLeftGroup(NotAllowed):
    code = "author_left_group"
    message = gettext_noop("Only members of its group can change an adaptation.")


class OwnGroupsAdaptation(NotAllowed):
    code = "own_groups_adaptation"
    message = gettext_noop("Mark other schools' adaptations; your own group's speak for themselves.")


class Conflict(StudyGroupError):
    status = 409
    code = "conflict"


class AlreadyInGroup(Conflict):
    code = "already_in_group"
    message = gettext_noop("You are already in a study group in this course. Leave it first.")


class NotInGroup(Conflict):
    code = "not_in_group"
    message = gettext_noop("You are not in a study group in this course.")


class GroupFull(Conflict):
    code = "group_full"
    message = gettext_noop("This group is full.")


class GroupArchived(Conflict):
    code = "group_archived"
    message = gettext_noop("This group has closed: all its members have left.")


class LastCoordinator(Conflict):
    code = "last_coordinator"
    message = gettext_noop("Your group needs a coordinator: make another member coordinator first.")


class DuplicateSchool(Conflict):
    """A group for the same school and city exists; ``group`` is its summary."""

    code = "duplicate_school"
    message = gettext_noop("There is already a study group for this school. You could join it instead.")

    def __init__(self, group):
        super().__init__()
        self.details = {"group": group}


class UnknownMeeting(StudyGroupError):
    code = "unknown_meeting"
    message = gettext_noop("This meeting does not exist in your study group.")


class UnknownActionItem(StudyGroupError):
    code = "unknown_action_item"
    message = gettext_noop("This action item does not exist in your study group.")


class AlreadyLogged(Conflict):
    code = "already_logged"
    message = gettext_noop("A colleague has already logged this meeting. Edit their record instead.")


class NotAttendee(NotAllowed):
    code = "not_attendee"
    message = gettext_noop("Only colleagues recorded as present can confirm their attendance.")


class UnknownAdaptation(StudyGroupError):
    code = "unknown_adaptation"
    message = gettext_noop("This adaptation does not exist, or you cannot see it.")


class Unavailable(StudyGroupError):
    """The database could not serve the request now (contention, a lost connection); nothing is half-written."""

    status = 503
    code = "unavailable"
    message = gettext_noop("Study groups cannot be reached for a moment. Please reload the page and try again.")


class SavedThenUnavailable(Unavailable):
    """The change was saved, then the database went away before the answer could be read."""

    message = gettext_noop("Your change was saved, but the page could not be brought up to date. Please reload it.")

    def __init__(self):
        super().__init__()
        self.details = {"saved": True}


class UnsureIfSaved(Unavailable):
    """The database went away as the change was being committed: it may or may not have been saved."""

    message = gettext_noop(
        "Study groups could not be reached as your change was being saved. Reload the page to see whether it was."
    )

    def __init__(self):
        super().__init__()
        self.details = {"saved": None}

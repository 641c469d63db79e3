"""
The block in Studio: the editor's choices and checks, and the preview on a unit's page.

A mixin for :class:`~studygroup_xblock.block.StudyGroupXBlock`, beside XBlock's own
``StudioEditableXBlockMixin``; labels and messages in the author's language.
"""

import json

from xblock.core import XBlock
from xblock.utils.studio_editable import StudioEditableXBlockMixin
from xblock.validation import ValidationMessage

from . import api
from .errors import MESSAGES
from .handlers import error_response, in_viewer_language


def _in_studios_shape(body):
    """Whether a Save's body is what Studio's editor sends: an object with ``values`` (an object) and
    ``defaults`` (a list of the fields set back to their defaults)."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and isinstance(data.get("values"), dict) and isinstance(data.get("defaults"), list)


def _(text):
    """Mark text for translation; the block's ``ugettext`` translates it when shown."""
    return text


GROUP_FORMATION_CHOICES = (
    {"value": "open", "display_name": _("Open: anyone in the course may join a group")},
    {"value": "request", "display_name": _("By request: learners ask to join, the group's coordinators decide")},
    {"value": "code_only", "display_name": _("Join code only: colleagues join with the group's join code")},
)
REMINDER_CHOICES = (
    {"value": 24, "display_name": _("The day before (24 hours ahead)")},
    {"value": 48, "display_name": _("Two days before (48 hours ahead)")},
    {"value": 3, "display_name": _("3 hours ahead")},
    {"value": 1, "display_name": _("1 hour ahead")},
    {"value": 0, "display_name": _("No reminder")},
)


class StudioMixin(StudioEditableXBlockMixin):
    """Studio's editor and preview of the block's settings."""

    @in_viewer_language
    def studio_view(self, context=None):
        """Studio's editor, its labels and help in the author's language."""
        return super().studio_view(context)

    @in_viewer_language
    def author_view(self, context=None):
        """A compact preview for Studio's unit page."""
        formation = {choice["value"]: choice["display_name"] for choice in GROUP_FORMATION_CHOICES}
        return self._fragment(
            "author.html",
            {
                "block": self,
                "shown": self._shown_settings(),
                "group_formation": self.ugettext(formation.get(self.group_formation, self.group_formation)),
                "group_count": api.count_groups(self.course_key) if self.course_key else None,
            },
        )

    @XBlock.handler
    def submit_studio_edits(self, request, suffix=""):
        """Studio's Save: from the block's authors, in the shape Studio's editor sends it (``values`` and
        ``defaults``), values each field can take; else 403 or 400 with the usual error body, nothing set.

        Studio runs a block's handler for anyone signed in and only leaves unsaved what someone
        without write access changed (``component_handler``); the LMS, where the handler can be
        called too, has no Studio permissions at all.
        """
        if not self._may_author():
            return error_response(self, 403, "forbidden", MESSAGES["forbidden"])
        if not _in_studios_shape(request.body):
            return error_response(self, 400, "invalid", MESSAGES["invalid"])
        try:
            return super().submit_studio_edits(request, suffix)
        except (TypeError, ValueError):  # a value its field cannot take, before any field was set
            return error_response(self, 400, "invalid", MESSAGES["invalid"])

    def _may_author(self):
        """Whether the viewer may change this block: Studio's ``StudioPermissionsService``, which
        ``load_services_for_studio`` gives a block's handlers there (``can_write``; ``can_edit_content``
        in newer releases), says they have write access to its course or library."""
        permissions = self.runtime.service(self, "studio_user_permissions")
        context_key = getattr(self.scope_ids.usage_id, "context_key", None) or self.course_key
        if permissions is None or context_key is None:
            return False
        can_write = getattr(permissions, "can_edit_content", None) or permissions.can_write
        return bool(can_write(context_key))

    def validate_field_data(self, validation, data):
        """Refuse settings the learner view could not honour."""
        low, high = api.SIZE_LIMIT_RANGE
        if not isinstance(data.max_group_size, int) or not low <= data.max_group_size <= high:
            message = self.ugettext(api.SIZE_LIMIT_MESSAGE) % {"low": low, "high": high}
            validation.add(ValidationMessage(ValidationMessage.ERROR, message))
        if data.group_formation not in {choice["value"] for choice in GROUP_FORMATION_CHOICES}:
            message = self.ugettext(_("Choose from the list how groups form."))
            validation.add(ValidationMessage(ValidationMessage.ERROR, message))
        if data.reminder_hours not in api.REMINDER_HOURS:
            message = self.ugettext(_("Choose from the list when the meeting reminder is sent."))
            validation.add(ValidationMessage(ValidationMessage.ERROR, message))

    def group_formation_choices(self):
        """The choices of how groups form, for the editor's list."""
        return self._translated(GROUP_FORMATION_CHOICES)

    def reminder_choices(self):
        """When the meeting reminder goes, for the editor's list."""
        return self._translated(REMINDER_CHOICES)

    def _translated(self, choices):
        return [{"value": choice["value"], "display_name": self.ugettext(choice["display_name"])} for choice in choices]

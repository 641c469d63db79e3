"""
The Study Group XBlock: settings, views and JSON handlers.

Kept thin on purpose: handlers parse requests and pass them to ``api.py``, which owns
every rule and permission; the block never touches the ORM.
"""

import functools
import json
from functools import cached_property
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from web_fragments.fragment import Fragment
from webob import Response
from xblock.completable import CompletableXBlockMixin
from xblock.core import XBlock
from xblock.fields import Boolean, Integer, Scope, String
from xblock.utils.studio_editable import StudioEditableXBlockMixin
from xblock.validation import ValidationMessage

from . import api, charts, exports, i18n, ical, rendering, validation
from .data import to_json
from .viewer import NOT_ENROLLED, OUTSIDE_COURSE, PREVIEW, SIGNED_OUT, course_key_of, viewer_of


def _(text):
    """Mark text for translation; ``ugettext`` translates it when shown (see ``i18n.py``)."""
    return text


SCHOOL_LEVELS = (
    (1, _("Primary (ISCED 1)")),
    (2, _("Lower secondary (ISCED 2)")),
    (3, _("Upper secondary (ISCED 3)")),
)
GROUP_FORMATION_CHOICES = (
    {"value": "open", "display_name": _("Open: anyone in the course may join a group")},
    {"value": "code_only", "display_name": _("Code only: colleagues join with the group's code")},
)
DASHBOARD_FILTERS = (("sort", "school"), ("country", ""), ("status", ""), ("q", ""), ("page", 1))
DASHBOARD_COLUMNS = (
    (_("School"), "school"),
    (_("City or town"), ""),
    (_("Country"), "country"),
    (_("Members"), "members"),
    (_("Coordinators"), ""),
    (_("Meetings: total (last 30 days)"), "meetings"),
    (_("Last meeting"), "last_meeting"),
    (_("Adaptations"), "adaptations"),
    (_("Status"), ""),
)
GROUP_STATUS_NAMES = (("active", _("Active")), ("quiet", _("Quiet for 30 days or more")), ("archived", _("Archived")))
EXPORT_NAMES = (
    ("groups", _("Groups")),
    ("memberships", _("Memberships, with history")),
    ("meetings", _("Meetings")),
    ("adaptations", _("Adaptations")),
)
MODE_NAMES = {"in_person": _("In person"), "online": _("Online"), "hybrid": _("Hybrid")}
ROLE_NAMES = {"coordinator": _("Coordinator"), "member": _("Member")}
GALLERY_QUERY = ("isced", "subject", "language", "sort", "page")
MAX_REQUEST_BYTES = 64 * 1024  # the largest honest request (a group's details) is a few KiB
BARRIER_MESSAGES = {
    SIGNED_OUT: _("Sign in and enrol in this course to take part in a study group."),
    NOT_ENROLLED: _("Sign in and enrol in this course to take part in a study group."),
    PREVIEW: _("Study groups cannot be changed from Studio's preview."),
    OUTSIDE_COURSE: _("Study groups work only inside a course."),
}
READ_ONLY_MESSAGE = _("You are viewing the course as another learner: you can look, but not change anything.")
# Settings whose untouched default is text of ours, shown in the viewer's language.
TRANSLATED_DEFAULTS = ("display_name", "discussion_prompt", "adaptation_prompt")


def in_viewer_language(view):
    """Render ``view`` in the viewer's language, whatever the runtime's i18n service can do."""

    @functools.wraps(view)
    def wrapper(self, *args, **kwargs):
        with i18n.activated(self.viewer.language, self._pulled_catalogues):
            return view(self, *args, **kwargs)

    return wrapper


def learner_handler(method, methods=("POST",), writes=True):
    """A handler taking and giving JSON, for signed-in learners of the course.

    Errors come back as ``{"error": code, "message": translated text}`` with the
    status the api chose, so nothing reaches the browser as a 500 for bad input.
    A handler that ``writes`` refuses staff viewing the course as a learner.
    """

    @XBlock.handler
    @functools.wraps(method)
    @in_viewer_language
    def handler(self, request, suffix=""):
        if request.method not in methods:
            return self._error_response(405, "method_not_allowed", _("Send this request as a POST."))
        if len(request.body) > MAX_REQUEST_BYTES:
            return self._error_response(400, "too_large", _("The request is too large."))
        try:
            payload = (
                json.loads(request.body.decode("utf-8") or "{}") if request.method == "POST" else dict(request.GET)
            )
        except (ValueError, RecursionError):
            return self._error_response(400, "bad_json", _("The request was not valid JSON."))
        if not isinstance(payload, dict):
            return self._error_response(400, "bad_json", _("The request must be a JSON object."))
        barrier = self.viewer.barrier
        if barrier:
            return self._error_response(403, barrier, BARRIER_MESSAGES[barrier])
        if writes and self.viewer.read_only:
            return self._error_response(403, "read_only", READ_ONLY_MESSAGE)
        try:
            result = api.retrying(lambda: method(self, payload))
        except api.StudyGroupError as error:
            return self._error_response(error.status, error.code, error.message, error.params, error.details)
        if isinstance(result, Response):
            return result
        return Response(json.dumps(to_json(result)), content_type="application/json", charset="utf-8")

    return handler


def learner_query(method):
    """A read-only :func:`learner_handler` that also answers GET (query parameters as the payload)."""
    return learner_handler(method, methods=("GET", "POST"), writes=False)


@XBlock.wants("user")
@XBlock.wants("i18n")
class StudyGroupXBlock(CompletableXBlockMixin, StudioEditableXBlockMixin, XBlock):
    """A unit's window on the learner's school study group for the whole course."""

    display_name = String(
        display_name=_("Display name"),
        default=_("Study Group"),
        scope=Scope.settings,
    )
    discussion_prompt = String(
        display_name=_("Discussion prompt"),
        help=_("What the study group should discuss about this unit when it meets."),
        default=_("Meet with your colleagues and discuss how this unit applies to your school."),
        multiline_editor=True,
        scope=Scope.settings,
    )
    adaptation_prompt = String(
        display_name=_("Adaptation prompt"),
        help=_("What the group should adapt from this unit to its own school, language and curriculum."),
        default=_("How would you adapt the ideas of this unit for your pupils and your curriculum?"),
        multiline_editor=True,
        scope=Scope.settings,
    )
    agenda_template = String(
        display_name=_("Meeting agenda template"),
        help=_("Pre-fills the agenda when a group plans a meeting about this unit."),
        default="",
        multiline_editor=True,
        scope=Scope.settings,
    )
    max_group_size = Integer(
        display_name=_("Group size limit"),
        help=_("The most members a group created here may have (2 to 50)."),
        default=12,
        values={"min": api.SIZE_LIMIT_RANGE[0], "max": api.SIZE_LIMIT_RANGE[1], "step": 1},
        scope=Scope.settings,
    )
    group_formation = String(
        display_name=_("How groups form"),
        help=_("Whether new groups start open to anyone in the course or take members by join code only."),
        default="open",
        values_provider=lambda block: block._translated_choices(GROUP_FORMATION_CHOICES),
        scope=Scope.settings,
    )
    allow_course_wide_sharing = Boolean(
        display_name=_("Allow course-wide sharing of adaptations"),
        help=_("Whether groups may share their adaptations of this unit with the whole course."),
        default=True,
        scope=Scope.settings,
    )

    editable_fields = (
        "display_name",
        "discussion_prompt",
        "adaptation_prompt",
        "agenda_template",
        "max_group_size",
        "group_formation",
        "allow_course_wide_sharing",
    )
    public_dir = "static"
    i18n_js_namespace = "StudyGroupXBlockI18N"

    # --- views -------------------------------------------------------------------------

    @XBlock.supports("multi_device")
    @in_viewer_language
    def student_view(self, context=None):
        """The learner's study group, or how to find or start one."""
        viewer = self.viewer
        template_context = {
            "shown": self._shown_settings(),
            "viewer": viewer,
            "countries": i18n.country_names(viewer.language),
            "languages": i18n.language_names(viewer.language),
            "default_open": self.group_formation == "open",
            "page_language": viewer.language,
            "sharing_on": self.allow_course_wide_sharing,
            "uid": slugify(str(self.scope_ids.usage_id)),
            "limits": api.FIELD_LIMITS,
            "school_levels": [(level, self.ugettext(name)) for level, name in SCHOOL_LEVELS],
        }
        if viewer.can_take_part:
            try:
                template_context["initial"] = api.retrying(lambda: self._initial_data(viewer))
            except api.Unavailable:
                template_context["unavailable"] = True
            template_context["record_url"] = self.runtime.handler_url(self, "participation_record")
            if viewer.is_staff:
                template_context["dashboard_url"] = self.runtime.handler_url(self, "staff_dashboard")
            for prefix, fields in (("create", "group"), ("edit", "group"), ("plan", "meeting"), ("log", "meeting")):
                fields_html = rendering.render(f"{fields}_fields.html", {**template_context, "prefix": prefix})
                template_context[f"{prefix}_fields"] = mark_safe(fields_html)  # noqa: S308 - autoescaped template
        fragment = self._fragment("student.html", template_context)
        js_catalogue = i18n.js_catalogue_url(self, viewer.language)
        if js_catalogue:
            fragment.add_javascript_url(js_catalogue)
        for script in ("i18n.js", "meetings.js", "adaptations.js", "studygroup.js"):
            fragment.add_javascript_url(self.runtime.local_resource_url(self, f"static/js/{script}"))
        fragment.initialize_js("StudyGroupXBlock")
        return fragment

    def _initial_data(self, viewer):
        """What the learner view's script starts from: the learner's state, the unit's adaptations, settings."""
        unit_id = self._record_unit()
        initial = {
            "state": to_json(api.get_learner_state(self.course_key, viewer.actor)),
            "this_unit": unit_id,
            "units": to_json(api.course_units(self.course_key)),
            "adaptations": to_json(self._adaptations(unit_id, api.gallery_query())),
            "sharing_on": self.allow_course_wide_sharing,
            "is_staff": viewer.is_staff,
            "time_zone": viewer.time_zone,
            "agenda_template": self.agenda_template,
            "limits": api.FIELD_LIMITS,
            "read_only": viewer.read_only,
            "calendar": i18n.calendar(viewer.language),
        }
        if viewer.is_staff:
            initial["group_count"] = api.count_groups(self.course_key)
        return initial

    @in_viewer_language
    def author_view(self, context=None):
        """A compact preview for Studio's unit page."""
        return self._fragment(
            "author.html",
            {
                "block": self,
                "shown": self._shown_settings(),
                "group_formation": self._choice_label(GROUP_FORMATION_CHOICES, self.group_formation),
                "group_count": api.count_groups(self.course_key) if self.course_key else None,
            },
        )

    @in_viewer_language
    def studio_view(self, context=None):
        """Studio's editor, its labels and help in the author's language."""
        return super().studio_view(context)

    def student_view_data(self, context=None):
        """Settings for the mobile apps; per-learner data comes from ``student_view_user_state``."""
        return {
            **self._shown_settings(),
            "max_group_size": self.max_group_size,
            "group_formation": self.group_formation,
            "allow_course_wide_sharing": self.allow_course_wide_sharing,
        }

    # --- handlers ----------------------------------------------------------------------

    @learner_query
    def student_view_user_state(self, payload):
        return api.get_learner_state(self.course_key, self.viewer.actor)

    @learner_query
    def search_groups(self, payload):
        return api.search_groups(
            self.course_key, payload.get("q", ""), payload.get("country", ""), payload.get("page", 1)
        )

    @learner_handler
    def create_group(self, payload):
        return api.create_group(
            self.course_key,
            self.viewer.actor,
            payload.get("group"),
            size_limit=self.max_group_size,
            publish=self._publish,
            allow_duplicate=payload.get("allow_duplicate") is True,
        )

    @learner_handler
    def join_group(self, payload):
        return api.join_group(self.course_key, self.viewer.actor, payload.get("group_id"), publish=self._publish)

    @learner_handler
    def join_by_code(self, payload):
        return api.join_group_by_code(self.course_key, self.viewer.actor, payload.get("code"), publish=self._publish)

    @learner_handler
    def leave_group(self, payload):
        return api.leave_group(self.course_key, self.viewer.actor, publish=self._publish)

    @learner_handler
    def update_group(self, payload):
        return api.update_group(self.course_key, self.viewer.actor, payload.get("group"), publish=self._publish)

    @learner_handler
    def rotate_code(self, payload):
        return api.rotate_join_code(self.course_key, self.viewer.actor, publish=self._publish)

    @learner_handler
    def remove_member(self, payload):
        return api.remove_member(
            self.course_key, self.viewer.actor, payload.get("membership_id"), publish=self._publish
        )

    @learner_handler
    def set_role(self, payload):
        return api.set_member_role(
            self.course_key,
            self.viewer.actor,
            payload.get("membership_id"),
            payload.get("role"),
            publish=self._publish,
        )

    @learner_handler
    def hand_over(self, payload):
        return api.hand_over_coordination(
            self.course_key, self.viewer.actor, payload.get("membership_id"), publish=self._publish
        )

    @learner_handler
    def plan_meeting(self, payload):
        return api.plan_meeting(self.course_key, self.viewer.actor, payload.get("meeting"), publish=self._publish)

    @learner_handler
    def log_meeting(self, payload):
        return api.log_meeting(
            self.course_key,
            self.viewer.actor,
            payload.get("meeting"),
            publish=self._publish,
            planned_meeting_id=payload.get("planned_meeting_id"),
        )

    @learner_handler
    def edit_meeting(self, payload):
        return api.edit_meeting(
            self.course_key, self.viewer.actor, payload.get("meeting_id"), payload.get("meeting"), publish=self._publish
        )

    @learner_handler
    def delete_meeting(self, payload):
        return api.delete_meeting(self.course_key, self.viewer.actor, payload.get("meeting_id"), publish=self._publish)

    @learner_handler
    def confirm_attendance(self, payload):
        return api.confirm_attendance(
            self.course_key, self.viewer.actor, payload.get("meeting_id"), publish=self._publish
        )

    @learner_handler
    def set_action_item_done(self, payload):
        return api.set_action_item_done(
            self.course_key,
            self.viewer.actor,
            payload.get("action_item_id"),
            payload.get("done"),
            publish=self._publish,
        )

    @learner_query
    def meeting_history(self, payload):
        return api.meeting_history(self.course_key, self.viewer.actor, payload.get("page", 1))

    @learner_query
    def members_on(self, payload):
        return api.members_on(self.course_key, self.viewer.actor, payload.get("date"), payload.get("time_zone"))

    @learner_query
    def meeting_calendar(self, payload):
        """The meeting as an .ics file to open in any calendar."""
        meeting, school = api.get_meeting(self.course_key, self.viewer.actor, payload.get("meeting_id"))
        summary = self.ugettext("Study group meeting: %(school)s") % {"school": school}
        return Response(
            body=ical.meeting_calendar(meeting, summary),
            content_type="text/calendar",
            charset="utf-8",
            content_disposition=f'attachment; filename="study-group-{meeting.start:%Y-%m-%d}.ics"',
        )

    @learner_query
    def unit_adaptations(self, payload):
        return self._adaptations(self._unit_id(), self._gallery_query(payload))

    @learner_handler
    def share_adaptation(self, payload):
        return self._adaptation_change(
            payload,
            lambda unit_id: api.share_adaptation(
                self.course_key,
                self.viewer.actor,
                unit_id,
                payload.get("adaptation"),
                sharing_on=self.allow_course_wide_sharing,
                publish=self._publish,
            ),
        )

    @learner_handler
    def edit_adaptation(self, payload):
        return self._adaptation_change(
            payload,
            lambda unit_id: api.edit_adaptation(
                self.course_key,
                self.viewer.actor,
                unit_id,
                payload.get("adaptation_id"),
                payload.get("adaptation"),
                sharing_on=self.allow_course_wide_sharing,
                publish=self._publish,
            ),
        )

    @learner_handler
    def delete_adaptation(self, payload):
        return self._adaptation_change(
            payload,
            lambda unit_id: api.delete_adaptation(
                self.course_key, self.viewer.actor, payload.get("adaptation_id"), publish=self._publish
            ),
        )

    @learner_handler
    def mark_useful(self, payload):
        return self._adaptation_change(
            payload,
            lambda unit_id: api.mark_useful(
                self.course_key,
                self.viewer.actor,
                payload.get("adaptation_id"),
                payload.get("useful"),
                publish=self._publish,
            ),
        )

    @learner_handler
    def hide_adaptation(self, payload):
        return self._adaptation_change(
            payload,
            lambda unit_id: api.hide_adaptation(
                self.course_key,
                self.viewer.actor,
                payload.get("adaptation_id"),
                payload.get("reason"),
                is_staff=self.viewer.is_staff,
                publish=self._publish,
            ),
        )

    @learner_handler
    def unhide_adaptation(self, payload):
        return self._adaptation_change(
            payload,
            lambda unit_id: api.unhide_adaptation(
                self.course_key,
                self.viewer.actor,
                payload.get("adaptation_id"),
                is_staff=self.viewer.is_staff,
                publish=self._publish,
            ),
        )

    @learner_handler
    def check_in(self, payload):
        """I've worked through this unit: on the group's board, and complete for Open edX."""
        done = payload.get("done")
        state = api.check_in(self.course_key, self.viewer.actor, self._unit_id(), done, publish=self._publish)
        self.emit_completion(1.0 if done else 0.0)
        return state

    # --- staff pages and printable records ------------------------------------------------

    @learner_query
    def staff_dashboard(self, payload):
        """Every group of the course, for course staff: a page of its own, to open beside the course."""
        zone = self._zone_for(payload)
        filters = {name: payload.get(name, default) for name, default in DASHBOARD_FILTERS}
        page = api.course_dashboard(
            self.course_key,
            is_staff=self.viewer.is_staff,
            sort=filters["sort"],
            country=filters["country"],
            status=filters["status"],
            query=filters["q"],
            page=filters["page"],
        )
        status_names = {value: self.ugettext(name) for value, name in GROUP_STATUS_NAMES}
        rows = [
            {
                **to_json(row),
                "url": self._handler_url("group_record", group_id=row.id, tz=zone),
                "country_name": i18n.country_name(row.country, self.viewer.language),
                "coordinators": ", ".join(row.coordinators),
                "last_meeting": self._when(row.last_meeting, zone) if row.last_meeting else "",
                "status": status_names[row.status],
            }
            for row in page.rows
        ]
        action, hidden = self._form_target("staff_dashboard")
        return self._page(
            self.ugettext("Study groups in this course"),
            "dashboard.html",
            {
                "page": page,
                "rows": rows,
                "filters": filters,
                "countries": i18n.country_names(self.viewer.language),
                "statuses": list(status_names.items()),
                "columns": self._dashboard_columns(filters, zone),
                "form_action": action,
                "form_hidden": [*hidden, ("sort", filters["sort"]), ("tz", zone)],
                "previous_url": self._dashboard_url(filters, zone, page=page.page - 1) if page.page > 1 else "",
                "next_url": self._dashboard_url(filters, zone, page=page.page + 1)
                if page.page < page.num_pages
                else "",
                "exports": [
                    (self.ugettext(label), self._handler_url("export_csv", kind=kind)) for kind, label in EXPORT_NAMES
                ],
                "chart": self._chart(self.ugettext("Meetings held per week in the course"), "course", zone),
                "limits": api.FIELD_LIMITS,
            },
        )

    @learner_query
    def group_record(self, payload):
        """One group's record: the staff drill-down, and the evidence report its coordinators print."""
        zone = self._zone_for(payload)
        staff = self.viewer.is_staff
        report = api.group_report(self.course_key, self.viewer.actor, payload.get("group_id"), is_staff=staff)
        starts = [meeting.start for meeting in report.meetings if not meeting.deleted]
        school = report.summary.school_name
        return self._page(
            self.ugettext("Study group record: %(school)s") % {"school": school},
            "report.html",
            {
                "report": report,
                "country_name": i18n.country_name(report.summary.country, self.viewer.language),
                "language_name": i18n.language_name(report.summary.language, self.viewer.language),
                "period_start": self._when(min(starts, default=report.created), zone),
                "period_end": self._when(max(starts, default=report.archived or timezone.now()), zone),
                "zone": zone,
                "held_count": len(starts),
                "shared_count": sum(1 for adaptation in report.adaptations if not adaptation.deleted),
                "stays": [
                    {
                        "name": f"{stay.full_name} ({stay.username})" if stay.full_name else stay.username,
                        "role": self.ugettext(ROLE_NAMES[stay.role]),
                        "joined": self._when(stay.joined, zone),
                        "left": self._when(stay.left, zone) if stay.left else self.ugettext("still a member"),
                    }
                    for stay in report.stays
                ],
                "meetings": [self._report_meeting(meeting, zone) for meeting in report.meetings],
                "adaptations": [{**to_json(a), "created": self._when(a.created, zone)} for a in report.adaptations],
                "chart": self._chart(
                    self.ugettext("Meetings held per week by this group"), "group", zone, group_id=report.summary.id
                )
                if staff
                else "",
            },
        )

    @learner_query
    def participation_record(self, payload):
        """The learner's own record of taking part, to print for their school or their portfolio."""
        zone = self._zone_for(payload)
        record = api.participation_record(self.course_key, self.viewer.actor)
        meetings = [
            {
                "when": self._when(start, zone),
                "school": school,
                "duration": self._minutes(minutes),
                "confirmed": confirmed,
            }
            for start, minutes, school, confirmed in record.meetings
        ]
        name = self.viewer.actor.full_name or self.viewer.actor.username
        return self._page(
            self.ugettext("Participation record: %(name)s") % {"name": name},
            "record.html",
            {
                "record": record,
                "name": name,
                "meetings": meetings,
                "confirmed": sum(1 for meeting in meetings if meeting["confirmed"]),
                "hours": round(sum(minutes for _start, minutes, _school, _c in record.meetings) / 60, 1),
                "zone": zone,
            },
        )

    @learner_query
    def export_csv(self, payload):
        """One of the course's CSV exports, streamed; course staff only."""
        kind = payload.get("kind")
        header, rows = api.export_rows(self.course_key, kind, is_staff=self.viewer.is_staff)
        course = slugify(str(self.course_key))
        return Response(
            app_iter=exports.stream(header, rows),
            content_type="text/csv",
            charset="utf-8",
            content_disposition=f'attachment; filename="studygroups-{kind}-{course}-{timezone.now():%Y-%m-%d}.csv"',
        )

    # --- Studio ------------------------------------------------------------------------

    def validate_field_data(self, validation, data):
        """Refuse settings the learner view could not honour."""
        low, high = api.SIZE_LIMIT_RANGE
        if not isinstance(data.max_group_size, int) or not low <= data.max_group_size <= high:
            message = self.ugettext(api.SIZE_LIMIT_MESSAGE) % {"low": low, "high": high}
            validation.add(ValidationMessage(ValidationMessage.ERROR, message))
        if data.group_formation not in {choice["value"] for choice in GROUP_FORMATION_CHOICES}:
            validation.add(self._validation_error(_("Choose how groups form from the list.")))

    @staticmethod
    def workbench_scenarios():
        """Two units of one demo course: the same group shows in both."""
        return [
            (
                "Study Group: unit 1, Why study together",
                """<studygroup display_name="Study group: why study together"
                    discussion_prompt="Which of the challenges in this unit have you met at our school?"
                    agenda_template="1. Check-in&#10;2. What we learned in unit 1&#10;3. Next steps"/>""",
            ),
            (
                "Study Group: unit 2, Adapting the course to your school (code-only groups)",
                """<studygroup display_name="Study group: adapting to your school" group_formation="code_only"
                    max_group_size="6"/>""",
            ),
        ]

    # --- helpers -----------------------------------------------------------------------

    @property
    def course_key(self):
        return course_key_of(self)

    def ugettext(self, text):
        """``text`` in the viewer's language, from the block's own catalogues (see ``i18n.py``)."""
        return self._translation.gettext(text)

    def ngettext(self, singular, plural, count):
        return self._translation.ngettext(singular, plural, count)

    @property
    def _translation(self):
        return i18n.translation(self.viewer.language, self._pulled_catalogues)

    @cached_property
    def _pulled_catalogues(self):
        return i18n.pulled_folder(self)

    def _shown_settings(self):
        """Text settings as the viewer reads them: untouched defaults in their language, the author's as written."""
        return {name: self._shown(name) for name in TRANSLATED_DEFAULTS}

    def _shown(self, name):
        value = getattr(self, name)
        return self.ugettext(value) if value and not self.fields[name].is_set_on(self) else value

    @cached_property
    def viewer(self):
        return viewer_of(self)

    def _unit_id(self):
        """This block's unit (recorded by the view, or now if a handler comes first)."""
        return api.register_unit(self.course_key, self.scope_ids.usage_id)

    def _record_unit(self):
        """Record this block's unit with its current name and place in the outline, for the other units."""
        parent = self.get_parent()
        title = getattr(parent, "display_name", None) or self.display_name
        return api.register_unit(self.course_key, self.scope_ids.usage_id, title, self._outline_position())

    def _outline_position(self):
        """Indices down the course outline ("0002.0001.0004.0000"), or "" where the runtime has no outline."""
        indices, block, parent = [], self, self.get_parent()
        while parent is not None:
            children = list(getattr(parent, "children", None) or [])
            if block.scope_ids.usage_id not in children:
                return ""
            indices.append(children.index(block.scope_ids.usage_id))
            block, parent = parent, parent.get_parent()
        return ".".join(f"{index:04d}" for index in reversed(indices))

    def _page(self, title, template, context):
        """A whole HTML page (not a fragment): the staff and print views open in a tab of their own."""
        language = self.viewer.language
        body = rendering.render(template, {"page_language": language, **context})
        html = rendering.render(
            "page.html",
            {
                "title": title,
                "body": mark_safe(body),  # noqa: S308 - autoescaped template
                "page_language": language,
                "css_url": self.runtime.local_resource_url(self, "static/css/studygroup.css"),
                "report_css_url": self.runtime.local_resource_url(self, "static/css/report.css"),
                "report_js_url": self.runtime.local_resource_url(self, "static/js/report.js"),
            },
        )
        return Response(html, content_type="text/html", charset="utf-8")

    def _handler_url(self, handler, **query):
        return self.runtime.handler_url(self, handler, query=urlencode(query))

    def _form_target(self, handler):
        """A GET form's action and hidden fields: a form drops the query string its action carries."""
        url = urlsplit(self.runtime.handler_url(self, handler))
        return url._replace(query="").geturl(), parse_qsl(url.query)

    def _dashboard_url(self, filters, zone, **changes):
        return self._handler_url("staff_dashboard", **{**filters, "tz": zone, **changes})

    def _dashboard_columns(self, filters, zone):
        columns = []
        for label, key in DASHBOARD_COLUMNS:
            column = {"label": self.ugettext(label), "url": "", "sorted": ""}
            if key:
                current = filters["sort"]
                column["sorted"] = {key: "ascending", f"-{key}": "descending"}.get(current, "")
                column["url"] = self._dashboard_url(filters, zone, sort=f"-{key}" if current == key else key, page=1)
            columns.append(column)
        return columns

    def _chart(self, title, chart_id, zone, group_id=None):
        weeks = api.weekly_meetings(self.course_key, is_staff=self.viewer.is_staff, group_id=group_id, zone=zone)
        return mark_safe(  # noqa: S308 - autoescaped template
            rendering.render("chart.html", charts.weekly_bars(weeks, title, f"sg-chart-{chart_id}"))
        )

    def _report_meeting(self, meeting, zone):
        return {
            "when": self._when(meeting.start, zone),
            "duration": self._minutes(meeting.duration_minutes),
            "mode": self.ugettext(MODE_NAMES[meeting.mode]),
            "guests": meeting.guests,
            "attendees": ", ".join(f"{name} ✓" if confirmed else name for name, confirmed in meeting.attendees),
            "units": ", ".join(meeting.units),
            "outcomes": meeting.outcomes,
            "action_items": meeting.action_items,
            "deleted": meeting.deleted,
        }

    def _zone_for(self, payload):
        """The page's time zone: the one the block's links carry (the browser's), the LMS preference, or UTC."""
        for zone in (payload.get("tz"), self.viewer.time_zone):
            if validation.known_zone(zone):
                return zone
        return "UTC"

    @staticmethod
    def _when(moment, zone):
        """A date and time in ``zone``, written the same way in every language."""
        return timezone.localtime(moment, ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")

    def _minutes(self, minutes):
        return self.ngettext("%(count)s minute", "%(count)s minutes", minutes) % {"count": minutes}

    def _adaptation_change(self, payload, change):
        """Check the gallery query first (a bad one writes nothing), make the change, show the unit again.

        ``change`` gets this block's unit id, looked up once for the change and the answer.
        """
        query = self._gallery_query(payload.get("gallery"))
        unit_id = self._unit_id()
        change(unit_id)
        return self._adaptations(unit_id, query)

    @staticmethod
    def _gallery_query(query):
        query = query if isinstance(query, dict) else {}
        return api.gallery_query(**{name: query[name] for name in GALLERY_QUERY if name in query})

    def _adaptations(self, unit_id, query):
        """The unit's adaptations for this viewer; ``query`` (checked) filters, sorts and pages the gallery."""
        return api.unit_adaptations(
            self.course_key,
            self.viewer.actor,
            unit_id,
            is_staff=self.viewer.is_staff,
            sharing_on=self.allow_course_wide_sharing,
            **query,
        )

    def _publish(self, event_name, data):
        self.runtime.publish(self, event_name, data)

    def _fragment(self, template, context):
        fragment = Fragment(rendering.render(template, context))
        fragment.add_css_url(self.runtime.local_resource_url(self, "static/css/studygroup.css"))
        return fragment

    def _error_response(self, status, code, message, params=None, details=None):
        text = self.ugettext(message)
        if params:
            text = text % params
        body = {"error": code, "message": text, **to_json(details or {})}
        return Response(json.dumps(body), status=status, content_type="application/json", charset="utf-8")

    def _translated_choices(self, choices):
        return [{"value": choice["value"], "display_name": self.ugettext(choice["display_name"])} for choice in choices]

    def _choice_label(self, choices, value):
        labels = {choice["value"]: choice["display_name"] for choice in choices}
        return self.ugettext(labels.get(value, value))

    def _validation_error(self, message):
        return ValidationMessage(ValidationMessage.ERROR, self.ugettext(message))

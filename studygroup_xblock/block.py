"""
The Study Group XBlock: settings, views and handlers.

An adapter only: handlers (guarded and built in ``handlers.py``) take a request's values
to the ``api``, which owns every rule and permission, and answer with its records as
JSON; the pages and files that open in a tab of their own are ``page_handlers.py``'s.
The block never touches the ORM.
"""

from functools import cached_property

from django.utils.text import slugify
from web_fragments.fragment import Fragment
from xblock.completable import CompletableXBlockMixin
from xblock.core import XBlock
from xblock.fields import Boolean, Integer, Scope, String

from . import api, i18n, outline, rendering
from .data import MailSetting, to_json
from .handlers import change_handler, in_viewer_language, json_change, json_query, query_handler, staff_only
from .page_handlers import PageHandlersMixin
from .studio import StudioMixin
from .viewer import absolute, course_key_of, unit_url, viewer_of


def _(text):
    """Mark text for translation; ``ugettext`` translates it when shown (see ``i18n.py``)."""
    return text


def _text_setting(display_name, help_text, default=""):
    """A setting of several lines of text, edited in Studio."""
    return String(
        display_name=display_name, help=help_text, default=default, multiline_editor=True, scope=Scope.settings
    )


SCHOOL_LEVELS = (
    (1, _("Primary (ISCED 1)")),
    (2, _("Lower secondary (ISCED 2)")),
    (3, _("Upper secondary (ISCED 3)")),
)
GALLERY_QUERY = ("isced", "subject", "language", "sort", "page")
# The learner view's scripts, in the order they need each other: helpers, then one per panel, then the whole.
SCRIPTS = (
    "i18n.js",
    "dom.js",
    "view.js",
    "sections.js",
    "requests.js",
    "group.js",
    "guide.js",
    "meeting_forms.js",
    "proposals.js",
    "meetings.js",
    "adaptations.js",
    "progress.js",
    "pace.js",
    "studygroup.js",
)
# Studio's "How groups form", as the group form's "Who may join" chooses it.
ADMISSION_BY_FORMATION = {"open": "open", "request": "request", "code_only": "code"}
# Settings whose untouched default is text of ours, shown in the viewer's language.
TRANSLATED_DEFAULTS = ("display_name", "discussion_prompt", "adaptation_prompt")


@XBlock.wants("user")
@XBlock.wants("i18n")
@XBlock.wants("studio_user_permissions")  # Studio's, where a Save comes from (studio.py)
class StudyGroupXBlock(CompletableXBlockMixin, StudioMixin, PageHandlersMixin, XBlock):
    """A unit's window on the learner's school study group for the whole course."""

    display_name = String(
        display_name=_("Display name"),
        default=_("Study Group"),
        scope=Scope.settings,
    )
    discussion_prompt = _text_setting(
        _("Discussion prompt"),
        _("What the study group should discuss about this unit when it meets."),
        _("Meet with your colleagues and discuss how this unit applies to your school."),
    )
    adaptation_prompt = _text_setting(
        _("Adaptation prompt"),
        _("What the group should adapt from this unit to its own school, language and curriculum."),
        _("How would you adapt the ideas of this unit for your pupils and your curriculum?"),
    )
    agenda_template = _text_setting(
        _("Meeting agenda template"), _("Pre-fills the agenda when a group plans a meeting about this unit.")
    )
    max_group_size = Integer(
        display_name=_("Group size limit"),
        help=i18n.filled(
            _("The most members a group created here may have (%(low)s to %(high)s)."),
            low=api.SIZE_LIMIT_RANGE[0],
            high=api.SIZE_LIMIT_RANGE[1],
        ),
        default=12,
        values={"min": api.SIZE_LIMIT_RANGE[0], "max": api.SIZE_LIMIT_RANGE[1], "step": 1},
        scope=Scope.settings,
    )
    group_formation = String(
        display_name=_("How groups form"),
        help=_("Whether new groups start open to anyone in the course or take members by join code only."),
        default="open",
        values_provider=lambda block: block.group_formation_choices(),
        scope=Scope.settings,
    )
    allow_course_wide_sharing = Boolean(
        display_name=_("Allow course-wide sharing of adaptations"),
        help=_("Whether groups may share their adaptations of this unit with the whole course."),
        default=True,
        scope=Scope.settings,
    )
    reminder_hours = Integer(
        display_name=_("Meeting reminder"),
        help=_("When members get an e-mail reminding them of a meeting planned here, or no reminder."),
        default=24,
        values_provider=lambda block: block.reminder_choices(),
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
        "reminder_hours",
    )
    public_dir = "static"
    i18n_js_namespace = "StudyGroupXBlockI18N"
    # Staff viewing the course as a specific learner see only blocks that say they keep the learner's data
    # unchanged (``filter_displayed_blocks``, lms/djangoapps/courseware/masquerade.py): the api changes
    # nothing for an actor who may only look.
    show_in_read_only_mode = True

    # --- views -------------------------------------------------------------------------

    @XBlock.supports("multi_device")
    @in_viewer_language
    def student_view(self, context=None):
        """The learner's study group, or how to find or start one."""
        viewer = self.viewer
        mode_names = {str(mode): self.ugettext(name) for mode, name in i18n.MODE_NAMES.items()}
        template_context = {
            "shown": self._shown_settings(),
            "viewer": viewer,
            "countries": i18n.country_names(viewer.language),
            "languages": i18n.language_names(viewer.language),
            "default_admission": ADMISSION_BY_FORMATION.get(self.group_formation, "open"),
            "page_language": viewer.language,
            "sharing_on": self.allow_course_wide_sharing,
            "uid": slugify(str(self.scope_ids.usage_id)),
            "limits": api.FIELD_LIMITS,
            "school_levels": [(level, self.ugettext(name)) for level, name in SCHOOL_LEVELS],
            "modes": mode_names.items(),
            "times_range": api.TIMES_RANGE,
            "pace_weeks": range(api.WEEKS_PER_UNIT_RANGE[0], api.WEEKS_PER_UNIT_RANGE[1] + 1),
        }
        if viewer.can_take_part:
            offered = i18n.own_names(i18n.languages(viewer.pulled_catalogues))
            template_context["offered_languages"] = offered
            template_context["automatic_language"] = dict(offered)[viewer.automatic_language]
            try:
                template_context["initial"] = api.retrying(lambda: self._initial_data(viewer, mode_names))
            except api.Unavailable:
                template_context["unavailable"] = True
            template_context["record_url"] = self.runtime.handler_url(self, "participation_record")
            if viewer.is_staff:
                template_context["dashboard_url"] = self.runtime.handler_url(self, "staff_dashboard")
        fragment = self._fragment("student.html", template_context)
        js_catalogue = i18n.js_catalogue_url(self, viewer.language)
        if js_catalogue:
            fragment.add_javascript_url(js_catalogue)
        for script in SCRIPTS:
            fragment.add_javascript_url(self.runtime.local_resource_url(self, f"static/js/{script}"))
        fragment.initialize_js("StudyGroupXBlock")
        return fragment

    def _initial_data(self, viewer, mode_names):
        """What the learner view's script starts from: the learner's state, the unit's adaptations, settings."""
        unit_id = self._record_unit()
        state = api.get_learner_state(self.course_key, viewer.actor)
        units = state.progress.units if state.progress else api.course_units(self.course_key)
        initial = {
            "state": to_json(state),
            "this_unit": unit_id,
            "units": to_json(units),
            "adaptations": to_json(self._adaptations(unit_id, api.gallery_query())),
            "sharing_on": self.allow_course_wide_sharing,
            "is_staff": viewer.is_staff,
            "time_zone": viewer.time_zone,
            "agenda_template": self.agenda_template,
            "limits": api.FIELD_LIMITS,
            "read_only": viewer.read_only,
            "calendar": i18n.calendar(viewer.language),
            "mode_names": mode_names,
            "times_range": api.TIMES_RANGE,
            "remember_as": f"{self.course_key}:{viewer.actor.user_id}",
        }
        if viewer.is_staff:
            initial["group_count"] = api.count_groups(self.course_key)
        return initial

    def student_view_data(self, context=None):
        """Settings for the mobile apps; per-learner data comes from ``student_view_user_state``."""
        return {
            **self._shown_settings(),
            "max_group_size": self.max_group_size,
            "group_formation": self.group_formation,
            "allow_course_wide_sharing": self.allow_course_wide_sharing,
        }

    # --- handlers ----------------------------------------------------------------------
    # Most are one api call with fields of the request; the others say what they add.

    student_view_user_state = query_handler(api.get_learner_state)

    @json_query
    def search_groups(self, payload):
        return api.search_groups(
            self.course_key, payload.get("q", ""), payload.get("country", ""), payload.get("page", 1)
        )

    @json_change
    def create_group(self, payload):
        allow_duplicate = payload.get("allow_duplicate") is True
        return self._changed(
            api.create_group, payload.get("group"), size_limit=self.max_group_size, allow_duplicate=allow_duplicate
        )

    join_group = change_handler(api.join_group, "group_id")
    join_by_code = change_handler(api.join_group_by_code, "code")
    leave_group = change_handler(api.leave_group)
    ask_to_join = change_handler(api.ask_to_join, "group_id", "message")
    withdraw_request = change_handler(api.withdraw_request)
    decide_request = change_handler(api.decide_request, "request_id", "accept", "reason")
    update_group = change_handler(api.update_group, "group")
    set_my_school = change_handler(api.set_my_school, "school")
    dismiss_guide = change_handler(api.dismiss_guide)
    rotate_code = change_handler(api.rotate_join_code)
    remove_member = change_handler(api.remove_member, "membership_id")
    set_role = change_handler(api.set_member_role, "membership_id", "role")
    hand_over = change_handler(api.hand_over_coordination, "membership_id")

    @json_change
    def plan_meeting(self, payload):
        return self._changed(api.plan_meeting, payload.get("meeting"), mail_setting=self._mail_setting())

    log_meeting = change_handler(api.log_meeting, "meeting", planned_meeting_id="planned_meeting_id")

    @json_change
    def edit_meeting(self, payload):
        edited = payload.get("meeting_id"), payload.get("meeting")
        return self._changed(api.edit_meeting, *edited, mail_setting=self._mail_setting())

    @json_change
    def propose_times(self, payload):
        return self._changed(api.propose_times, payload.get("proposal"), mail_setting=self._mail_setting())

    answer_times = change_handler(api.answer_times, "proposal_id", "answers")

    @json_change
    def pick_time(self, payload):
        picked = payload.get("proposal_id"), payload.get("time_id"), payload.get("agenda", "")
        return self._changed(api.pick_time, *picked, mail_setting=self._mail_setting())

    withdraw_proposal = change_handler(api.withdraw_proposal, "proposal_id")
    set_pace = change_handler(api.set_pace, "pace")
    clear_pace = change_handler(api.clear_pace)
    delete_meeting = change_handler(api.delete_meeting, "meeting_id")
    confirm_attendance = change_handler(api.confirm_attendance, "meeting_id")
    set_action_item_done = change_handler(api.set_action_item_done, "action_item_id", "done")
    members_on = query_handler(api.members_on, "date", "time_zone")
    set_meeting_mail = change_handler(api.set_meeting_mail, "on")

    @json_change
    def choose_language(self, payload):
        """The learner's own choice of the block's language (their e-mails' too), over what the LMS gives."""
        offered = i18n.languages(self.viewer.pulled_catalogues)
        return {"language": self._act(api.choose_language, payload.get("language"), offered=offered)}

    @json_query
    def meeting_history(self, payload):
        return self._ask(api.meeting_history, payload.get("page", 1))

    @json_query
    def unit_adaptations(self, payload):
        return self._adaptations(self._unit_id(), self._gallery_query(payload))

    @json_change
    def share_adaptation(self, payload):
        sharing_on = self.allow_course_wide_sharing
        adaptation = payload.get("adaptation")
        return self._adaptation_change(
            payload, lambda unit: self._act(api.share_adaptation, unit, adaptation, sharing_on=sharing_on)
        )

    @json_change
    def edit_adaptation(self, payload):
        sharing_on = self.allow_course_wide_sharing
        edited = payload.get("adaptation_id"), payload.get("adaptation")
        return self._adaptation_change(
            payload, lambda unit: self._act(api.edit_adaptation, unit, *edited, sharing_on=sharing_on)
        )

    @json_change
    def delete_adaptation(self, payload):
        return self._adaptation_change(
            payload, lambda _unit: self._act(api.delete_adaptation, payload.get("adaptation_id"))
        )

    @json_change
    def mark_useful(self, payload):
        marked = payload.get("adaptation_id"), payload.get("useful")
        return self._adaptation_change(payload, lambda _unit: self._act(api.mark_useful, *marked))

    @json_change
    def hide_adaptation(self, payload):
        hidden = payload.get("adaptation_id"), payload.get("reason")
        staff = self.viewer.is_staff
        return self._adaptation_change(payload, lambda _unit: self._act(api.hide_adaptation, *hidden, is_staff=staff))

    @json_change
    def unhide_adaptation(self, payload):
        shown = payload.get("adaptation_id")
        staff = self.viewer.is_staff
        return self._adaptation_change(payload, lambda _unit: self._act(api.unhide_adaptation, shown, is_staff=staff))

    @json_change
    def check_in(self, payload):
        """I've worked through this unit: on the group's board, and complete for Open edX."""
        done = payload.get("done")
        state = self._changed(api.check_in, self._unit_id(), done)
        self.emit_completion(1.0 if done else 0.0)
        return state

    @json_change
    @staff_only
    def nudge_coordinators(self, payload):
        """Course staff write to the coordinators of the groups they chose on the dashboard."""
        chosen = payload.get("group_ids"), payload.get("text")
        setting = self._mail_setting()
        nudged = self._act(api.nudge_coordinators, *chosen, is_staff=self.viewer.is_staff, setting=setting)
        message = self.ngettext(
            "Sent to the coordinators of %(count)s group.", "Sent to the coordinators of %(count)s groups.", nudged
        )
        return {"nudged": nudged, "message": message % {"count": nudged}}

    # --- the workbench ---------------------------------------------------------------

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
        return i18n.translate(text, self._translation)

    def ngettext(self, singular, plural, count):
        return self._translation.ngettext(singular, plural, count)

    def npgettext(self, context, singular, plural, count):
        return i18n.npgettext(self._translation, context, singular, plural, count)

    @property
    def _translation(self):
        return i18n.translation(self.viewer.language, self.viewer.pulled_catalogues)

    def _shown_settings(self):
        """Text settings as the viewer reads them: untouched defaults in their language, the author's as written."""
        return {name: self._shown(name) for name in TRANSLATED_DEFAULTS}

    def _shown(self, name):
        """The setting as the viewer reads it: its default text (English in the source) is translated."""
        value = getattr(self, name)
        return self.ugettext(value) if value and value == self.fields[name].default else value

    @cached_property
    def viewer(self):
        return viewer_of(self)

    def _mail_setting(self):
        """How meetings planned here are mailed: this component's reminder, links back to its unit."""
        return MailSetting(
            remind_hours=self.reminder_hours,
            unit_url=unit_url(self),
            stop_url=absolute(self.runtime.handler_url(self, "stop_meeting_mail", thirdparty=True)),
        )

    def _unit_id(self, *title_and_place):
        """This block's unit, recorded (by the view, or now if a handler comes first) for a viewer who may
        change things; only looked up for one who may only look."""
        if self.viewer.read_only:
            return api.find_unit(self.course_key, self.viewer.actor, self.scope_ids.usage_id)
        return api.register_unit(self.course_key, self.viewer.actor, self.scope_ids.usage_id, *title_and_place)

    def _record_unit(self):
        """Record this block's unit with its current name and place in the outline, for the other units."""
        return self._unit_id(*outline.unit_of(self))

    def _adaptation_change(self, payload, change):
        """Check the gallery query first (a bad one writes nothing), make the change, show the unit again.

        ``change`` gets this block's unit id, looked up once for the change and the answer.
        """
        query = self._gallery_query(payload.get("gallery"))
        unit_id = self._unit_id()
        change(unit_id)
        return self._adaptations(unit_id, query)

    def _act(self, change, *args, **kwargs):
        """An api change, made by the viewer in this course, its events published through the runtime."""
        return change(self.course_key, self.viewer.actor, *args, publish=self._publish, **kwargs)

    def _changed(self, change, *args, **kwargs):
        """Make an api change as the viewer; the learner's state, read after it, is the answer (the
        api's changes answer only what they made)."""
        self._act(change, *args, **kwargs)
        return self._ask(api.get_learner_state)

    def _ask(self, question, *args):
        """An api read, asked by the viewer in this course."""
        return question(self.course_key, self.viewer.actor, *args)

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

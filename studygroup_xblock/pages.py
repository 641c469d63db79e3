"""
The pages that open in a tab of their own: the course dashboard for staff, a group's record
(its evidence report) and a learner's participation record.

Plain functions from the api's records to HTML. Times are written in the page's time
zone, the same way in every language; everything else in the viewer's language.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

import crum
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.safestring import mark_safe

from . import charts, i18n, rendering
from .api import FIELD_LIMITS, LARGE_EXPORT, QUIET_AFTER_DAYS
from .i18n import MODE_NAMES, pgettext


def _(text):
    """Mark text for translation; the page's ``gettext`` translates it when shown."""
    return text


# The dashboard's query parameters and their defaults.
DASHBOARD_FILTERS = (("sort", "school"), ("country", ""), ("status", ""), ("pace", ""), ("q", ""), ("page", 1))
# Column headings, and the sort key of those that sort.
DASHBOARD_COLUMNS = (
    (pgettext("table heading", "School"), "school"),
    (_("City or town"), ""),
    (pgettext("table heading", "Country"), "country"),
    (pgettext("table heading", "Members"), "members"),
    (pgettext("table heading", "Coordinators"), ""),
    (_("Meetings: total (last %(days)s days)"), "meetings"),
    (_("Last meeting"), "last_meeting"),
    (pgettext("table heading", "Adaptations"), "adaptations"),
    (pgettext("table heading", "Status"), ""),
    (pgettext("table heading", "Pace"), ""),
)
GROUP_STATUS_NAMES = (
    ("active", pgettext("status of a study group", "Active")),
    ("quiet", _("No meeting for %(days)s days or more")),
    ("archived", pgettext("status of a study group", "Archived")),
)
PACE_FILTER_NAMES = (
    ("behind", _("Someone is behind the group's pace")),
    ("on_pace", _("Everyone is on track")),
    ("none", _("No pace set")),
)
EXPORT_NAMES = (
    ("groups", pgettext("name of an export", "Groups")),
    ("memberships", _("Members and membership history")),
    ("meetings", pgettext("name of an export", "Meetings")),
    ("adaptations", pgettext("name of an export", "Adaptations")),
)
EXPORT_STATES = {
    "waiting": _("Waiting to start"),
    "working": _("Being prepared"),
    "ready": pgettext("status of an export", "Ready"),
    "failed": _("Failed: please ask for it again"),
}
ROLE_NAMES = {
    "coordinator": pgettext("role in a study group", "Coordinator"),
    "member": pgettext("role in a study group", "Member"),
}


@dataclass(frozen=True)
class Setting:
    """Where a page is shown: its language and time zone, and the block's links."""

    language: str
    zone: str
    gettext: Callable[[str], str]
    npgettext: Callable[[str, str, str, int], str]
    handler_url: Callable[..., str]  # handler_url(name, **query)
    resource_url: Callable[[str], str]  # a file of the package, by path

    def quiet(self, text):
        """A label that names the quiet period."""
        return self.gettext(text) % {"days": QUIET_AFTER_DAYS}

    def when(self, moment):
        return timezone.localtime(moment, ZoneInfo(self.zone)).strftime("%Y-%m-%d %H:%M")

    def day(self, moment):
        """A day as the pages write it; a time is taken on its day in the page's zone."""
        if isinstance(moment, datetime):
            moment = timezone.localtime(moment, ZoneInfo(self.zone)).date()
        return moment.isoformat()

    def minutes(self, count):
        return self.npgettext("duration of a meeting", "%(count)s minute", "%(count)s minutes", count) % {
            "count": count
        }


NUDGE_TEXT = _(
    "Hello! Your study group has not met for some time. A short meeting at school, even half an hour, "
    "helps everyone make progress in the course. If something is stopping you, tell the course team: "
    "we are glad to help."
)


def dashboard_filters(payload):
    """The dashboard's filters from a request, each defaulted (the api checks them)."""
    return {name: payload.get(name, default) for name, default in DASHBOARD_FILTERS}


def dashboard(page, weeks, prepared, filters, setting):
    """Every group of the course at a glance: totals, the weekly chart, exports (and the ``prepared``
    ones), the sortable table."""
    status_names = {value: setting.quiet(name) for value, name in GROUP_STATUS_NAMES}
    rows = [
        {
            "group": row,
            "url": setting.handler_url("group_record", group_id=row.id, tz=setting.zone),
            "country_name": i18n.country_name(row.country, setting.language),
            "coordinators": ", ".join(row.coordinators),
            "last_meeting": setting.when(row.last_meeting) if row.last_meeting else "",
            "status": status_names[row.status],
            "pace": _on_pace(row, setting),
        }
        for row in page.rows
    ]
    action, hidden = _form_target(setting.handler_url("staff_dashboard"))
    return _whole_page(
        setting.gettext("Study groups in this course"),
        "dashboard.html",
        {
            "page": page,
            "rows": rows,
            "filters": filters,
            "countries": i18n.country_names(setting.language),
            "statuses": list(status_names.items()),
            "paces": [(value, setting.gettext(name)) for value, name in PACE_FILTER_NAMES],
            "columns": _columns(filters, setting),
            "form_action": action,
            "form_hidden": [*hidden, ("sort", filters["sort"]), ("tz", setting.zone)],
            "previous_url": _dashboard_url(filters, setting, page=page.page - 1) if page.page > 1 else "",
            "next_url": _dashboard_url(filters, setting, page=page.page + 1) if page.page < page.num_pages else "",
            "exports": [
                (setting.gettext(label), setting.handler_url("export_csv", kind=kind)) for kind, label in EXPORT_NAMES
            ],
            **_prepared(prepared, setting),
            "chart": _chart(weeks, setting.gettext("Meetings held per week in the course"), "course", setting),
            "limits": FIELD_LIMITS,
            "nudge_url": setting.handler_url("nudge_coordinators"),
            "nudge_text": setting.gettext(NUDGE_TEXT),
        },
        setting,
    )


def export_requested(prepared, setting):
    """What staff see on asking for a large export: it is being prepared, and where it will be listed."""
    return _whole_page(
        setting.gettext("Preparing your export"),
        "export_requested.html",
        {**_prepared(prepared, setting), "dashboard_url": setting.handler_url("staff_dashboard", tz=setting.zone)},
        setting,
        printable=False,
    )


ASKING, STOPPED, BROKEN_LINK = "asking", "stopped", "broken_link"


def stop_meeting_mail(token, state, setting):
    """Where "Stop meeting e-mails" in an e-mail leads: one button to stop them (``ASKING``), then the word
    that they stopped (``STOPPED``); or, for a link cut short or not ours, the other way (``BROKEN_LINK``)."""
    request = crum.get_current_request()
    return _whole_page(
        setting.gettext("Meeting e-mails"),
        "stop_mail.html",
        {
            "state": state,
            "token": token,
            "action": setting.handler_url("stop_meeting_mail"),
            "csrf_token": get_token(request) if request is not None else "",
        },
        setting,
        printable=False,
    )


def group_record(report, weeks, setting):
    """A group's record: the staff drill-down (with ``weeks``, its chart) and the evidence report coordinators
    print, for the whole group or one of its schools, over the days chosen."""
    start, end = report.period
    action, hidden = _form_target(setting.handler_url("group_record", group_id=report.summary.id, tz=setting.zone))
    chosen = {"school": next((key for key, school in report.schools if school == report.school), "")}
    first, last = report.chosen_period
    return _whole_page(
        setting.gettext("Evidence report: %(school)s") % {"school": report.summary.school_name},
        "report.html",
        {
            "report": report,
            "country_name": i18n.country_name(report.summary.country, setting.language),
            "language_name": i18n.language_name(report.summary.language, setting.language),
            "period_start": setting.day(start),
            "period_end": setting.day(end),
            "zone": setting.zone,
            "regional": len(report.schools) > 1,
            "schools": [(key, _school_line(school, setting)) for key, school in report.schools],
            "school": _school_line(report.school, setting) if report.school else "",
            "chosen": {**chosen, "start": first.isoformat() if first else "", "end": last.isoformat() if last else ""},
            "form_action": action,
            "form_hidden": hidden,
            "nudges": [{"nudge": nudge, "sent": setting.when(nudge.sent)} for nudge in report.nudges],
            "stays": [
                {
                    "name": f"{stay.full_name} ({stay.username})" if stay.full_name else stay.username,
                    "school": _school_line(stay.school, setting),
                    "role": setting.gettext(ROLE_NAMES[stay.role]),
                    "joined": setting.when(stay.joined),
                    "left": setting.when(stay.left) if stay.left else setting.gettext("still a member"),
                }
                for stay in report.stays
            ],
            "meetings": [_report_meeting(meeting, setting) for meeting in report.meetings],
            "adaptations": [{"adaptation": item, "created": setting.when(item.created)} for item in report.adaptations],
            "chart": _chart(weeks, setting.gettext("Meetings held per week by this group"), "group", setting)
            if weeks
            else "",
        },
        setting,
    )


def _school_line(school, setting):
    """A school as the pages name it: "St Joseph School, Sliema, Malta"."""
    return ", ".join((school.school_name, school.city, i18n.country_name(school.country, setting.language)))


def participation_record(record, name, setting):
    """A learner's own record of taking part, to print for their school or their portfolio."""
    meetings = [
        {
            "when": setting.when(meeting.start),
            "school": meeting.school_name,
            "duration": setting.minutes(meeting.duration_minutes),
            "confirmed": meeting.confirmed,
        }
        for meeting in record.meetings
    ]
    return _whole_page(
        setting.gettext("Participation record: %(name)s") % {"name": name},
        "record.html",
        {"record": record, "name": name, "meetings": meetings, "zone": setting.zone},
        setting,
    )


def _whole_page(title, template, context, setting, *, printable=True):
    """A whole HTML page (not a fragment): these pages open in a tab of their own."""
    body = rendering.render(template, {"page_language": setting.language, **context})
    return rendering.render(
        "page.html",
        {
            "title": title,
            "body": mark_safe(body),  # noqa: S308 - autoescaped template
            "page_language": setting.language,
            "css_url": setting.resource_url("static/css/studygroup.css"),
            "report_css_url": setting.resource_url("static/css/report.css"),
            "report_js_url": setting.resource_url("static/js/report.js"),
            "printable": printable,
        },
    )


def _prepared(exports, setting):
    """The table of prepared exports: what, who asked and when, and its state or download link."""
    names = dict(EXPORT_NAMES)
    rows = [
        {
            "name": setting.gettext(names[export.kind]),
            "requested_by": export.display_name,
            "requested": setting.when(export.requested),
            "state": setting.gettext(EXPORT_STATES[export.state]),
            "rows": export.rows,
            "url": setting.handler_url("prepared_export", export_id=export.id) if export.state == "ready" else "",
        }
        for export in exports
    ]
    unfinished = any(export.state in ("waiting", "working") for export in exports)
    return {"prepared": rows, "unfinished": unfinished, "large": i18n.number(LARGE_EXPORT, setting.language)}


def _form_target(url):
    """A GET form's action and hidden fields: a form drops the query string its action carries."""
    parts = urlsplit(url)
    return parts._replace(query="").geturl(), parse_qsl(parts.query)


def _on_pace(row, setting):
    """A group's standing against its pace, in words: how many of its members are on track."""
    if row.on_pace is None:
        return setting.gettext("No pace set")
    return setting.npgettext(
        "members of a study group on track with its pace",
        "%(on_track)s of %(count)s on track",
        "%(on_track)s of %(count)s on track",
        row.member_count,
    ) % {"on_track": row.on_pace, "count": row.member_count}


def _dashboard_url(filters, setting, **changes):
    return setting.handler_url("staff_dashboard", **{**filters, "tz": setting.zone, **changes})


def _columns(filters, setting):
    columns = []
    for label, key in DASHBOARD_COLUMNS:
        column = {"label": setting.quiet(label), "url": "", "sorted": ""}
        if key:
            current = filters["sort"]
            column["sorted"] = {key: "ascending", f"-{key}": "descending"}.get(current, "")
            column["url"] = _dashboard_url(filters, setting, sort=f"-{key}" if current == key else key, page=1)
        columns.append(column)
    return columns


def _chart(weeks, title, chart_id, setting):
    day_label = functools.partial(i18n.short_date, language=setting.language)
    return mark_safe(  # noqa: S308 - autoescaped template
        rendering.render("chart.html", charts.weekly_bars(weeks, title, f"sg-chart-{chart_id}", day_label))
    )


def _report_meeting(meeting, setting):
    return {
        "when": setting.when(meeting.start),
        "duration": setting.minutes(meeting.duration_minutes),
        "mode": setting.gettext(MODE_NAMES[meeting.mode]),
        "guests": meeting.guests,
        "attendees": ", ".join(f"{person.name} ✓" if person.confirmed else person.name for person in meeting.attendees),
        "units": ", ".join(meeting.units),
        "outcomes": meeting.outcomes,
        "action_items": meeting.action_items,
        "deleted": meeting.deleted,
    }

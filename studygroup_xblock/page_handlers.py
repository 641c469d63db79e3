"""
The block's pages and files, each opening in a tab of its own: the course dashboard, a group's
record and evidence report, a learner's participation record, the CSV exports, a meeting's
calendar file, and the page a "Stop meeting e-mails" link opens.

A mixin for :class:`~studygroup_xblock.block.StudyGroupXBlock`; the pages are built in
``pages.py``, in the viewer's language and time zone.
"""

from urllib.parse import urlencode

from django.utils import timezone
from webob import Response

from . import api, exports, ical, pages, validation
from .handlers import link_page, page_query, staff_only


class PageHandlersMixin:
    """Handlers that answer a page or a file rather than JSON."""

    @page_query
    @staff_only
    def staff_dashboard(self, payload):
        """Every group of the course, for course staff: a page of its own, to open beside the course."""
        setting = self._page_setting(payload)
        filters = pages.dashboard_filters(payload)
        page = api.course_dashboard(
            self.course_key,
            is_staff=self.viewer.is_staff,
            sort=filters["sort"],
            country=filters["country"],
            status=filters["status"],
            pace=filters["pace"],
            query=filters["q"],
            page=filters["page"],
        )
        weeks = api.weekly_meetings(self.course_key, is_staff=self.viewer.is_staff, zone=setting.zone)
        prepared = api.prepared_exports(self.course_key, is_staff=self.viewer.is_staff)
        return self._html(pages.dashboard(page, weeks, prepared, filters, setting))

    @page_query
    def group_record(self, payload):
        """One group's record: the staff drill-down, and the evidence report its coordinators print."""
        setting = self._page_setting(payload)
        staff = self.viewer.is_staff
        chosen = {name: payload.get(name, "") for name in ("school", "start", "end")}
        report = api.group_report(self.course_key, self.viewer.actor, payload.get("group_id"), is_staff=staff, **chosen)
        if not (staff or self.viewer.read_only):
            api.note_evidence_opened(self.course_key, self.viewer.actor, report.summary.id)
        weeks = (
            api.weekly_meetings(self.course_key, is_staff=staff, group_id=report.summary.id, zone=setting.zone)
            if staff
            else None
        )
        return self._html(pages.group_record(report, weeks, setting))

    @page_query
    def participation_record(self, payload):
        """The learner's own record of taking part, to print for their school or their portfolio."""
        record = api.participation_record(self.course_key, self.viewer.actor)
        name = self.viewer.actor.display_name
        return self._html(pages.participation_record(record, name, self._page_setting(payload)))

    @page_query
    @staff_only
    def export_csv(self, payload):
        """One of the course's CSV exports, streamed; a large one is prepared in the background. Staff only."""
        kind, staff = payload.get("kind"), self.viewer.is_staff
        if api.is_large_export(self.course_key, kind, is_staff=staff):
            self._act(api.request_export, kind, is_staff=staff)
            prepared = api.prepared_exports(self.course_key, is_staff=staff)  # the new one first, perhaps done
            return self._html(pages.export_requested(prepared, self._page_setting(payload)))
        header, rows = api.export_rows(self.course_key, kind, is_staff=staff)
        filename = exports.file_name(self.course_key, kind, timezone.now())
        return self._download("text/csv", filename, app_iter=exports.stream(header, rows))

    @page_query
    @staff_only
    def prepared_export(self, payload):
        """A large export prepared in the background: from where the storage serves it, else through here."""
        file = api.export_file(self.course_key, payload.get("export_id"), is_staff=self.viewer.is_staff)
        if file.url:
            return Response(status=302, location=file.url)
        return self._download("text/csv", file.name, app_iter=file.chunks)

    @page_query
    def meeting_calendar(self, payload):
        """The meeting as an .ics file to open in any calendar; a deleted meeting's cancels it there."""
        event = self._ask(api.meeting_event, payload.get("meeting_id"))
        calendar = ical.meeting_calendar(event)
        return self._download("text/calendar", f"study-group-{event.start:%Y-%m-%d}.ics", body=calendar)

    @link_page
    def stop_meeting_mail(self, request):
        """Where "Stop meeting e-mails" in an e-mail leads, signed in or not: a button that stops them, and
        mail programs' own one-click button (a POST, RFC 8058) does the same."""
        token, stopping = request.params.get("token"), request.method == "POST"
        setting = self._page_setting({})
        try:
            if stopping:
                api.stop_meeting_mail(token, publish=self._publish)
            else:
                api.check_stop_token(token)
        except api.InvalidInput:
            page = self._html(pages.stop_meeting_mail(token, pages.BROKEN_LINK, setting))
            page.status = 400
            return page
        return self._html(pages.stop_meeting_mail(token, pages.STOPPED if stopping else pages.ASKING, setting))

    def _page_setting(self, payload):
        """A page's language, time zone and links; the zone is the one the block's links carry (the
        browser's), else the LMS preference, else UTC."""
        zone = next((zone for zone in (payload.get("tz"), self.viewer.time_zone) if validation.known_zone(zone)), "UTC")
        return pages.Setting(
            language=self.viewer.language,
            zone=zone,
            gettext=self.ugettext,
            npgettext=self.npgettext,
            handler_url=lambda name, **query: self.runtime.handler_url(self, name, query=urlencode(query)),
            resource_url=lambda path: self.runtime.local_resource_url(self, path),
        )

    @staticmethod
    def _html(page):
        return Response(page, content_type="text/html", charset="utf-8")

    @staticmethod
    def _download(content_type, filename, **content):
        """A file the browser saves as ``filename``; ``content`` is its ``body`` or a streamed ``app_iter``."""
        disposition = f'attachment; filename="{filename}"'
        return Response(content_type=content_type, charset="utf-8", content_disposition=disposition, **content)

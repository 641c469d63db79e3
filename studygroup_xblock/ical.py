"""Meetings as iCalendar files, so teachers can put them in the calendar they already use."""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar, Event

PRODUCT_ID = "-//Open edX//Study Group XBlock//EN"


def meeting_calendar(meeting, summary):
    """A one-event calendar for ``meeting`` (a MeetingRecord), times in UTC, its UID stable across edits."""
    event = Event()
    event.add("uid", f"{meeting.uid}@studygroup-xblock")
    event.add("dtstamp", timezone.now())
    # Calendars replace an event they know only when its sequence has grown.
    event.add("sequence", meeting.edits)
    if meeting.last_edit:
        event.add("last-modified", meeting.last_edit.at)
    event.add("dtstart", meeting.start)
    event.add("dtend", meeting.start + timedelta(minutes=meeting.duration_minutes))
    event.add("summary", summary)
    if meeting.agenda:
        event.add("description", meeting.agenda)
    location = meeting.location or meeting.link
    if location:
        event.add("location", location)
    if meeting.link:
        event.add("url", meeting.link)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    return calendar.to_ical()

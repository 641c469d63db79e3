"""Meetings as iCalendar events, so teachers keep them in the calendar they already use.

The download is a ``PUBLISH``; an e-mail carries a ``REQUEST`` (planned or changed) or a
``CANCEL`` (deleted) addressed to its one reader (RFC 5546), so calendars add, move and
remove the event: it keeps its UID for life and its sequence grows with every change.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event, vCalAddress

PRODUCT_ID = "-//Open edX//Study Group XBlock//EN"
PUBLISH, REQUEST, CANCEL = "PUBLISH", "REQUEST", "CANCEL"


def summary(school_name):
    return gettext("Study group meeting: %(school)s") % {"school": school_name}


def meeting_calendar(event, method=PUBLISH, *, organizer=None, attendee=None):
    """A one-event calendar for ``event`` (a CalendarEvent), times in UTC; a cancelled event's is a CANCEL.

    ``organizer`` (the address e-mails come from) and ``attendee`` (their reader) make it an
    invitation a calendar can take in.
    """
    if event.cancelled:
        method = CANCEL
    vevent = Event()
    vevent.add("uid", f"{event.uid}@studygroup-xblock")
    vevent.add("dtstamp", timezone.now())
    vevent.add("sequence", event.sequence)
    if event.modified:
        vevent.add("last-modified", event.modified)
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.start + timedelta(minutes=event.duration_minutes))
    vevent.add("summary", summary(event.school_name))
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.agenda:
        vevent.add("description", event.agenda)
    location = event.location or event.link
    if location:
        vevent.add("location", location)
    if event.link:
        vevent.add("url", event.link)
    if organizer:
        vevent.add("organizer", vCalAddress(f"mailto:{organizer}"))
    if attendee:
        address = vCalAddress(f"mailto:{attendee}")
        address.params["ROLE"], address.params["RSVP"] = "REQ-PARTICIPANT", "FALSE"
        vevent.add("attendee", address)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    calendar.add_component(vevent)
    return calendar.to_ical()

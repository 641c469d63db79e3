"""Meeting e-mails: how a component mails its meetings, what a sweep did, and a meeting as a calendar holds it."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class MailSetting:
    """How the component a meeting is planned in mails it: a reminder so many hours ahead (0: none),
    and where the e-mails lead (absolute links: the unit, the page that stops meeting e-mails)."""

    remind_hours: int = 24
    unit_url: str = ""
    stop_url: str = ""


@dataclass(frozen=True)
class MailRun:
    """What one sweep of the meeting e-mails did: the meetings whose reminder fell due, and every e-mail it
    queued or tried to send, by where each stood when it was done."""

    meetings_reminded: int
    reminders_queued: int
    sent: int
    skipped: int  # no longer needed: its reader left or opted out, its meeting moved
    to_go: int  # with a worker now, or to be tried again
    failed: int  # given up
    deleted: int = 0  # e-mails done with before the retention period, deleted from the record


@dataclass(frozen=True)
class CalendarEvent:
    """A meeting as a calendar holds it: one event, the same UID for its life, a higher sequence for each change."""

    uid: str
    sequence: int
    start: datetime
    duration_minutes: int
    school_name: str
    location: str
    link: str
    agenda: str
    modified: datetime | None = None
    cancelled: bool = False

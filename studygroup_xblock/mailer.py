"""E-mails as a learner reads them, and how they leave.

Each is written when it is sent, in its reader's language and time zone, from templates
(plain text and HTML), addressed to that one reader, with the meeting as a calendar
invite. They go through the platform's e-mail backend (``EMAIL_BACKEND``, the one
edx-ace's ``django_email`` channel sends through): edx-ace's channels carry no
attachments, and an invitation without its calendar file would not move anyone's
calendar (decision 0009).
"""

from email.mime.text import MIMEText
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django.utils.translation import gettext, npgettext

from . import i18n, ical, rendering, validation
from .models import Mail


def _(text):
    """Mark text for translation; it is translated when an e-mail is written (in its reader's language)."""
    return text


Kind = Mail.Kind
SUBJECTS = {
    Kind.INVITATION: _("Invitation: study group meeting on %(when)s"),
    Kind.UPDATE: _("Changed: study group meeting on %(when)s"),
    Kind.CANCELLATION: _("Cancelled: study group meeting on %(when)s"),
    Kind.REMINDER: _("Reminder: study group meeting on %(when)s"),
    Kind.NUDGE: _("A message from your course team about your study group"),
    Kind.PROPOSAL: _("Choose the times that suit you for your study group's next meeting"),
    Kind.ANSWER_DUE: _("Reminder: choose the times that suit you for your study group's next meeting"),
}
HEADLINES = {
    Kind.INVITATION: _("Your study group has planned a meeting."),
    Kind.UPDATE: _("Your study group's meeting has changed: this is the new plan."),
    Kind.CANCELLATION: _("Your study group's meeting is cancelled."),
    Kind.REMINDER: _("Your study group meets soon."),
    Kind.PROPOSAL: _("%(name)s proposed times for your study group's next meeting."),
    Kind.ANSWER_DUE: _("Your colleagues are waiting for your answer to the times proposed for the next meeting."),
}


def send(mail, address, event, stop_token):
    """Write ``mail`` (a Mail) for its reader at ``address`` and send it; ``event`` is its meeting's
    calendar event, if it is about one."""
    recipient = mail.recipient
    language = i18n.best_language([recipient.chosen_language, recipient.language])
    zone = recipient.time_zone if validation.known_zone(recipient.time_zone) else "UTC"
    links = (mail.meeting or mail.nudge or mail.proposal).links or {}
    stop_url = _with_token(links.get("stop", ""), stop_token)
    with i18n.activated(language):
        context = {
            "page_language": language,
            "school": mail.group.school_name,
            "unit_url": links.get("unit", ""),
            "stop_url": stop_url,
        }
        if mail.proposal is not None:
            subject = gettext(SUBJECTS[mail.kind])
            context.update(_proposal(mail, zone, language))
            template = "proposal"
        elif event is None:
            subject = gettext(SUBJECTS[mail.kind])
            context["text"] = mail.nudge.text
            template = "nudge"
        else:
            when = _when(event.start, zone, language)
            subject = gettext(SUBJECTS[mail.kind]) % {"when": when}
            context.update(_meeting(mail, event, when, zone, language))
            template = "meeting"
        message = EmailMultiAlternatives(
            subject=subject,
            body=rendering.render_text(f"mail/{template}.txt", context),
            from_email=_sender(),
            to=[address],
            headers=_headers(stop_url),
        )
        message.attach_alternative(rendering.render(f"mail/{template}.html", context), "text/html")
        if event is not None:
            message.attach(_invite(event, address))  # its title in the reader's language too
    message.send()


def _meeting(mail, event, when, zone, language):
    meeting = mail.meeting
    return {
        "headline": gettext(HEADLINES[mail.kind]),
        "cancelled": event.cancelled,
        "when": when,
        "zone": zone,
        "duration": _duration(event.duration_minutes, language),
        "mode": i18n.translate(i18n.MODE_NAMES[meeting.mode]),
        "location": event.location,
        "link": event.link,
        "agenda": event.agenda,
    }


def _proposal(mail, zone, language):
    proposal = mail.proposal
    return {
        "headline": gettext(HEADLINES[mail.kind])
        % {"name": proposal.proposed_by.full_name or proposal.proposed_by.username},
        "zone": zone,
        "times": [
            f"{_when(time.start, zone, language)} ({_duration(time.duration_minutes, language)})"
            for time in proposal.times.order_by("start", "pk")
        ],
        "answer_by": format_date(proposal.answer_by, "full", locale=i18n.babel_locale(language))
        if proposal.answer_by
        else "",
    }


def _duration(minutes, language):
    return npgettext("duration of a meeting", "%(count)s minute", "%(count)s minutes", minutes) % {
        "count": i18n.number(minutes, language)
    }


def _when(moment, zone, language):
    """A meeting's start as its reader writes a day and a time, in their zone: "Tuesday, 1 December 2026, 16:00"."""
    local = timezone.localtime(moment, ZoneInfo(zone))
    locale = i18n.babel_locale(language)
    return f"{format_date(local, 'full', locale=locale)}, {format_time(local, 'short', locale=locale)}"


def _invite(event, address):
    """The calendar invite, as calendars look for it: ``text/calendar`` with its method."""
    method = ical.CANCEL if event.cancelled else ical.REQUEST
    calendar = ical.meeting_calendar(event, method, organizer=_address_only(_sender()), attendee=address)
    part = MIMEText(calendar.decode("utf-8"), "calendar", "utf-8")
    part.set_param("method", method)
    part.add_header("Content-Disposition", "attachment", filename="invite.ics")
    return part


def _headers(stop_url):
    headers = {"Auto-Submitted": "auto-generated"}
    if stop_url:
        # Mail programs show their own "unsubscribe" button for these, which posts to the link (RFC 8058).
        headers["List-Unsubscribe"] = f"<{stop_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return headers


def _with_token(url, token):
    if not url:
        return ""
    return f"{url}{'&' if '?' in url else '?'}token={token}"


def _sender():
    return getattr(settings, "STUDYGROUP_XBLOCK_FROM_EMAIL", None) or settings.DEFAULT_FROM_EMAIL


def _address_only(sender):
    """``name@host`` of ``"Name <name@host>"``."""
    return sender.rsplit("<", 1)[-1].rstrip(">").strip()

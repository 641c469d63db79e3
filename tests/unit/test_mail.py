"""Meeting e-mails and nudges (api/mail.py, mailer.py): what each member is sent, once, in their language,
with a calendar invite that a calendar library reads; sent through Django's e-mail backend (locmem here)."""

import io
import re
from datetime import timedelta
from smtplib import SMTPServerDisconnected
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from icalendar import Calendar

from studygroup_xblock import api as api_module
from studygroup_xblock import i18n, mailer, tasks
from studygroup_xblock.data import Actor, MailSetting
from studygroup_xblock.models import Mail, MailOptOut, Meeting, Nudge, StudyGroup
from tests.conftest import Committed, make_actor, state_after

pytestmark = pytest.mark.django_db

api = Committed(api_module)

SCHOOL = {"school_name": "OŠ Šenoa", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}
LINKS = MailSetting(remind_hours=24, unit_url="https://lms.example/unit", stop_url="https://lms.example/stop?x=1")
LANGUAGES = ("de", "es", "hr", "it", "mt", "nl", "pt", "ro")


def speaker(name, language="", time_zone=""):
    """A learner as the runtime describes them, with the language and zone their e-mails are written in."""
    return Actor(user_id=name, username=name, full_name=name.title(), language=language, time_zone=time_zone)


def planned(delta, **changes):
    moment = timezone.now() + delta
    fields = {"date": f"{moment:%Y-%m-%d}", "time": f"{moment:%H:%M}", "time_zone": "UTC"}
    return {
        **fields,
        "duration_minutes": 60,
        "mode": "in_person",
        "location": "Library",
        "agenda": "1. Unit 2",
        **changes,
    }


@pytest.fixture
def group(course_key, events):
    """Ana coordinates (English); Ivan reads German in Berlin's zone, Marko Croatian."""
    group_id = api.create_group(course_key, speaker("ana", "en"), SCHOOL, size_limit=12, publish=events)
    api.join_group(course_key, speaker("ivan", "de", "Europe/Berlin"), group_id, publish=events)
    api.join_group(course_key, speaker("marko", "hr"), group_id, publish=events)
    events.clear()
    return group_id


def plan(course_key, events, delta=timedelta(days=7), **changes):
    api.plan_meeting(course_key, make_actor("ana"), planned(delta, **changes), publish=events, mail_setting=LINKS)
    return Meeting.objects.latest("pk")


def to(message):
    (address,) = message.to
    return address.split("@")[0]


def invite(message):
    """The calendar invite of an e-mail, parsed; and its Content-Type's method."""
    (part,) = [part for part in message.message().walk() if part.get_content_type() == "text/calendar"]
    return Calendar.from_ical(part.get_payload(decode=True)), part.get_param("method")


def event_of(calendar):
    (event,) = calendar.walk("VEVENT")
    return event


class TestInvitations:
    def test_every_member_gets_one_invitation_their_calendar_reads_as_a_request(
        self, course_key, events, group, mailoutbox
    ):
        meeting = plan(course_key, events)

        assert sorted(to(message) for message in mailoutbox) == ["ana", "ivan", "marko"]
        for message in mailoutbox:
            assert message.cc == []
            assert message.bcc == []
            calendar, method = invite(message)
            event = event_of(calendar)
            assert (calendar["METHOD"], method) == ("REQUEST", "REQUEST")
            assert event["UID"] == f"{meeting.uid}@studygroup-xblock"
            assert event.decoded("DTSTART") == meeting.start.replace(second=0, microsecond=0)
            assert event["SEQUENCE"] == 0
            assert str(event["ATTENDEE"]) == f"mailto:{message.to[0]}"  # its reader alone
            html, mime = message.alternatives[0]
            assert mime == "text/html"
            assert "Library" in html
            assert "1. Unit 2" in message.body
            assert "https://lms.example/unit" in message.body

    def test_no_e_mail_carries_another_members_address(self, course_key, events, group, mailoutbox):
        plan(course_key, events)

        for message in mailoutbox:
            others = {f"{name}@school.example" for name in ("ana", "ivan", "marko")} - set(message.to)
            assert not [address for address in others if address in message.message().as_string()]

    def test_times_are_in_the_readers_zone_and_language(self, course_key, events, group, mailoutbox):
        meeting = plan(course_key, events)

        ivan = next(message for message in mailoutbox if to(message) == "ivan")
        berlin = timezone.localtime(meeting.start, ZoneInfo("Europe/Berlin"))
        assert f"{berlin:%H:%M}" in ivan.subject
        assert "Europe/Berlin" in ivan.body
        assert ivan.subject.startswith("Einladung")
        german = i18n.translation("de").gettext("Study group meeting: %(school)s")
        assert event_of(invite(ivan)[0])["SUMMARY"] == german % {"school": SCHOOL["school_name"]} != german

    def test_an_update_keeps_the_uid_with_a_higher_sequence(self, course_key, events, group, mailoutbox):
        meeting = plan(course_key, events)
        mailoutbox.clear()

        api.edit_meeting(
            course_key, make_actor("ana"), meeting.pk, planned(timedelta(days=8)), publish=events, mail_setting=LINKS
        )

        assert len(mailoutbox) == 3
        calendar, method = invite(mailoutbox[0])
        event = event_of(calendar)
        assert method == "REQUEST"
        assert event["UID"] == f"{meeting.uid}@studygroup-xblock"
        assert event["SEQUENCE"] == 1
        meeting.refresh_from_db()
        assert event.decoded("DTSTART") == meeting.start.replace(second=0, microsecond=0)

    def test_deleting_sends_a_cancellation_and_the_calendar_file_cancels_too(
        self, course_key, events, group, mailoutbox
    ):
        meeting = plan(course_key, events)
        api.edit_meeting(course_key, make_actor("ana"), meeting.pk, planned(timedelta(days=8)), publish=events)
        mailoutbox.clear()

        api.delete_meeting(course_key, make_actor("ana"), meeting.pk, publish=events)

        assert len(mailoutbox) == 3
        calendar, method = invite(mailoutbox[0])
        event = event_of(calendar)
        assert (calendar["METHOD"], method, event["STATUS"]) == ("CANCEL", "CANCEL", "CANCELLED")
        assert event["SEQUENCE"] == 2
        downloaded = api.meeting_event(course_key, make_actor("marko"), meeting.pk)
        assert downloaded.sequence == event["SEQUENCE"]  # the download cancels it as the e-mail did
        assert downloaded.cancelled
        assert downloaded.uid == str(meeting.uid)

    def test_a_newcomer_gets_the_next_meetings_invitation(self, course_key, events, group, mailoutbox):
        plan(course_key, events, timedelta(days=14))
        soon = plan(course_key, events, timedelta(days=3))
        mailoutbox.clear()

        api.join_group(course_key, speaker("petra", "it"), group, publish=events)

        (message,) = mailoutbox
        assert to(message) == "petra"
        assert event_of(invite(message)[0])["UID"] == f"{soon.uid}@studygroup-xblock"

    def test_who_leaves_or_is_removed_gets_the_cancellations_of_meetings_to_come(
        self, course_key, events, group, mailoutbox
    ):
        soon, later = plan(course_key, events, timedelta(days=3)), plan(course_key, events, timedelta(days=10))
        mailoutbox.clear()

        api.leave_group(course_key, make_actor("ivan"), publish=events)
        marko = api.get_learner_state(course_key, make_actor("ana")).group.members[-1]
        api.remove_member(course_key, make_actor("ana"), marko.membership_id, publish=events)

        assert sorted(to(message) for message in mailoutbox) == ["ivan", "ivan", "marko", "marko"]
        for message in mailoutbox:
            calendar, method = invite(message)
            assert method == "CANCEL"
            assert event_of(calendar)["UID"] in {f"{soon.uid}@studygroup-xblock", f"{later.uid}@studygroup-xblock"}

    def test_every_message_is_in_its_readers_language(self, course_key, events, group, mailoutbox):
        for number, language in enumerate(LANGUAGES):
            api.join_group(course_key, speaker(f"reader{number}", language), group, publish=events)
        mailoutbox.clear()

        plan(course_key, events)

        subjects = {to(message): message.subject for message in mailoutbox}
        for number, language in enumerate(LANGUAGES):
            opening = i18n.translation(language).gettext(mailer.SUBJECTS["invitation"]).split("%")[0]
            assert opening != mailer.SUBJECTS["invitation"].split("%")[0], f"{language} is not translated"
            assert subjects[f"reader{number}"].startswith(opening)

    def test_a_learner_who_chose_a_language_reads_their_e_mails_in_it(self, course_key, events, group, mailoutbox):
        """Ivan's LMS gives him German; he chose Maltese for the block (its operator did not release it)."""
        api.choose_language(course_key, speaker("ivan", "de"), "mt", offered=LANGUAGES, publish=events)

        plan(course_key, events)

        ivan = next(message for message in mailoutbox if to(message) == "ivan")
        assert ivan.subject.startswith(i18n.translation("mt").gettext(mailer.SUBJECTS["invitation"]).split("%")[0])
        assert events.names[0] == "edx.studygroup.language.chosen"


class TestReminders:
    def remind(self, hours_from_now=2):
        return api.queue_due_reminders(timezone.now() + timedelta(hours=hours_from_now))

    def test_a_meeting_tomorrow_is_reminded_of_once(self, course_key, events, group, mailoutbox):
        plan(course_key, events, timedelta(hours=25))  # its reminder is due in an hour
        mailoutbox.clear()

        assert self.remind(hours_from_now=0) == 0
        assert self.remind() == 1
        assert self.remind() == 0
        api.send_waiting()

        assert sorted(to(message) for message in mailoutbox) == ["ana", "ivan", "marko"]
        english = next(message for message in mailoutbox if to(message) == "ana")
        assert english.subject.startswith("Reminder: study group meeting on")
        assert Mail.objects.filter(kind="reminder", state=Mail.SENT).count() == 3

    @pytest.mark.parametrize("change", ["moved", "deleted", "logged"])
    def test_no_reminder_once_moved_deleted_or_logged(self, course_key, events, group, mailoutbox, change):
        meeting = plan(course_key, events, timedelta(hours=25))
        actor = make_actor("ana")
        if change == "moved":
            api.edit_meeting(course_key, actor, meeting.pk, planned(timedelta(days=7)), publish=events)
        elif change == "deleted":
            api.delete_meeting(course_key, actor, meeting.pk, publish=events)
        else:
            logged = {**planned(timedelta(hours=-1)), "attendees": [meeting.created_by_id]}
            api.log_meeting(course_key, actor, logged, publish=events, planned_meeting_id=meeting.pk)

        assert self.remind() == 0
        assert not Mail.objects.filter(kind="reminder").exists()

    def test_a_reminder_queued_before_a_move_is_not_sent(self, course_key, events, group, mailoutbox):
        meeting = plan(course_key, events, timedelta(hours=25))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(tasks.send_mail_task, "delay", lambda keys: None)  # the workers are busy
            self.remind()
        api.edit_meeting(course_key, make_actor("ana"), meeting.pk, planned(timedelta(days=7)), publish=events)
        mailoutbox.clear()

        api.send_waiting()

        assert mailoutbox == []
        assert set(Mail.objects.filter(kind="reminder").values_list("state", flat=True)) == {Mail.SKIPPED}

    def test_the_component_can_have_none(self, course_key, events, group):
        api.plan_meeting(
            course_key, make_actor("ana"), planned(timedelta(days=3)), publish=events, mail_setting=MailSetting(0)
        )

        assert Meeting.objects.get().remind_at is None


@pytest.mark.django_db(transaction=True)
class TestTheCommand:
    """``send_studygroup_mail`` says what became of the e-mails of its run, however Celery runs its tasks
    (each meeting's reminders are committed, and handed to Celery, before the run sends what waits)."""

    @pytest.fixture
    def due(self, course_key, events, group, mailoutbox):
        """A meeting tomorrow whose reminder fell due a minute ago."""
        meeting = plan(course_key, events, timedelta(hours=25))
        Meeting.objects.filter(pk=meeting.pk).update(remind_at=timezone.now() - timedelta(minutes=1))
        mailoutbox.clear()
        return meeting

    def report(self):
        out = io.StringIO()
        call_command("send_studygroup_mail", stdout=out)
        return out.getvalue()

    def test_tasks_run_at_once_the_reminders_are_sent_and_said_so(self, due, mailoutbox):
        said = self.report()

        assert "Reminders: 1 meeting(s) due, 3 e-mail(s) queued." in said
        assert "3 sent, 0 still to go" in said
        assert len(mailoutbox) == 3
        assert "Reminders: 0 meeting(s) due, 0 e-mail(s) queued." in self.report()

    def test_e_mails_done_with_past_the_retention_period_are_deleted_by_the_run(self, due, settings):
        """Sent, given up and not needed: gone once queued longer ago than the period; waiting or sending, or
        younger, kept."""
        self.report()
        recent = set(Mail.objects.values_list("key", flat=True))
        for state in (Mail.SENT, Mail.FAILED, Mail.SKIPPED, Mail.WAITING, Mail.SENDING):
            Mail.objects.create(**{**self.row_of(due), "key": f"old-{state}", "state": state})
            Mail.objects.create(**{**self.row_of(due), "key": f"young-{state}", "state": state})
        settings.STUDYGROUP_MAIL_RETENTION_DAYS = 30
        Mail.objects.filter(key__startswith="old-").update(queued=timezone.now() - timedelta(days=31))
        Mail.objects.filter(key__startswith="young-").update(queued=timezone.now() - timedelta(days=29))

        said = self.report()

        assert "deleted from the record: 3 e-mail(s)" in said
        assert sorted(Mail.objects.filter(key__contains="-").values_list("key", flat=True)) == [
            "old-sending",
            "old-waiting",
            *sorted(f"young-{state}" for state in ("failed", "sending", "sent", "skipped", "waiting")),
        ]
        assert recent <= set(Mail.objects.values_list("key", flat=True))

    @staticmethod
    def row_of(meeting):
        mail = Mail.objects.filter(meeting=meeting).first()
        fields = ("course_key", "kind", "recipient_id", "group_id", "meeting_id")
        return {name: getattr(mail, name) for name in fields}

    def test_with_the_workers_the_reminders_are_said_to_be_with_them(self, due, mailoutbox, monkeypatch):
        def a_worker_takes_them(keys):
            Mail.objects.filter(key__in=keys).update(state=Mail.SENDING, tried=timezone.now())

        monkeypatch.setattr(tasks.send_mail_task, "delay", a_worker_takes_them)

        said = self.report()

        assert "3 e-mail(s) queued" in said
        assert "0 sent, 3 still to go (with a Celery worker, or to be tried again)" in said
        assert mailoutbox == []

    def test_a_refused_e_mail_is_said_to_wait_for_the_next_try(self, due, mailoutbox, monkeypatch):
        monkeypatch.setattr(tasks.send_mail_task, "delay", lambda keys: None)
        FlakyBackend.failures = 1
        with override_settings(EMAIL_BACKEND="tests.unit.test_mail.FlakyBackend"):
            said = self.report()

        assert "2 sent, 1 still to go" in said


class TestOptOut:
    def test_a_learner_who_switched_them_off_gets_nothing(self, course_key, events, group, mailoutbox):
        state = state_after(api.set_meeting_mail, course_key, make_actor("ivan"), False, publish=events)
        meeting = plan(course_key, events, timedelta(hours=25))
        api.delete_meeting(course_key, make_actor("ana"), meeting.pk, publish=events)

        assert state.meeting_mail is False
        assert "ivan" not in {to(message) for message in mailoutbox}
        assert "edx.studygroup.meeting_mail.switched_off" in events.names

    def test_the_link_in_an_e_mail_switches_them_off_without_signing_in(self, course_key, events, group, mailoutbox):
        plan(course_key, events)
        marko = next(message for message in mailoutbox if to(message) == "marko")
        (link,) = re.findall(r"<(https://lms.example/stop\?x=1&token=[^>]+)>", marko.extra_headers["List-Unsubscribe"])
        assert marko.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

        api.stop_meeting_mail(link.split("token=")[1], publish=events)

        assert MailOptOut.objects.get().learner.user_id == "marko"
        assert api.get_learner_state(course_key, make_actor("marko")).meeting_mail is False

    @pytest.mark.parametrize("token", ["", "forged:token", None, 7])
    def test_a_link_that_is_not_ours_changes_nothing(self, events, group, token):
        with pytest.raises(api_module.InvalidInput):
            api.stop_meeting_mail(token, publish=events)

        assert not MailOptOut.objects.exists()


class TestNudges:
    def test_staff_nudge_reaches_coordinators_only_and_is_kept(self, course_key, events, group, mailoutbox):
        other = state_after(
            api.create_group,
            course_key,
            speaker("lena", "de"),
            {**SCHOOL, "city": "Split"},
            size_limit=5,
            publish=events,
        )
        mailoutbox.clear()

        nudged = api.nudge_coordinators(
            course_key,
            make_actor("sam"),
            [group, other.group.summary.id],
            "Time to meet?",
            is_staff=True,
            publish=events,
        )

        assert nudged == 2
        assert sorted(to(message) for message in mailoutbox) == ["ana", "lena"]
        assert all("Time to meet?" in message.body for message in mailoutbox)
        assert Nudge.objects.count() == 2
        assert set(StudyGroup.objects.values_list("nudge_count", flat=True)) == {1}
        (nudge,) = api.group_report(course_key, make_actor("sam"), group, is_staff=True).nudges
        assert (nudge.sent_by, nudge.text) == ("sam", "Time to meet?")
        assert api.group_report(course_key, make_actor("ana"), group, is_staff=False).nudges == ()
        header, rows = api_module.export_rows(course_key, "groups", is_staff=True)
        assert {row[header.index("nudges")] for row in rows} == {1}

    @pytest.mark.parametrize(
        ("ids", "text", "staff", "refusal"),
        [
            ([1], "Hello", False, api_module.StaffOnly),
            ([], "Hello", True, api_module.InvalidInput),
            ([999], "Hello", True, api_module.UnknownGroup),
            (None, "Hello", True, api_module.InvalidInput),
            ([1], "", True, api_module.InvalidInput),
            ([1], "x" * 1001, True, api_module.InvalidInput),
        ],
    )
    def test_bad_nudges_write_nothing(self, course_key, events, group, mailoutbox, ids, text, staff, refusal):
        mailoutbox.clear()
        ids = [group if number == 1 else number for number in ids] if ids else ids
        with pytest.raises(refusal):
            api.nudge_coordinators(course_key, make_actor("sam"), ids, text, is_staff=staff, publish=events)

        assert not Nudge.objects.exists()
        assert mailoutbox == []


class FlakyBackend(EmailBackend):
    """A mail server that drops the first connection of the test."""

    failures = 1

    def send_messages(self, messages):
        if FlakyBackend.failures:
            FlakyBackend.failures -= 1
            raise SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


def later(retries):
    """When a sweep comes after ``retries`` waits for a refused e-mail to be tried again."""
    return timezone.now() + retries * api_module.mail.RETRY_AFTER


class TestDelivery:
    def test_a_failed_send_is_retried_and_sent_once(self, course_key, events, group, mailoutbox):
        api.set_meeting_mail(course_key, make_actor("ivan"), False, publish=events)
        api.set_meeting_mail(course_key, make_actor("marko"), False, publish=events)
        FlakyBackend.failures = 1
        with override_settings(EMAIL_BACKEND="tests.unit.test_mail.FlakyBackend"):
            plan(course_key, events)  # the first try fails
            api.send_waiting()  # too soon to try again
            assert mailoutbox == []
            api.send_waiting(now=later(1))

        (message,) = mailoutbox
        assert to(message) == "ana"
        assert Mail.objects.values_list("state", "attempts").get() == (Mail.SENT, 2)

    def test_a_mail_server_that_stays_down_is_given_up_on(self, course_key, events, group, mailoutbox):
        FlakyBackend.failures = 100
        with override_settings(EMAIL_BACKEND="tests.unit.test_mail.FlakyBackend"):
            plan(course_key, events)
            for retry in range(1, 10):
                api.send_waiting(now=later(retry))

        assert mailoutbox == []
        assert set(Mail.objects.values_list("state", "attempts")) == {(Mail.FAILED, api_module.mail.MAX_ATTEMPTS)}
        assert "Connection unexpectedly closed" in Mail.objects.first().error

    def test_an_e_mail_is_sent_once_however_often_sending_runs(self, course_key, events, group, mailoutbox):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(tasks.send_mail_task, "delay", lambda keys: None)  # left for the command
            plan(course_key, events)
        claimed = Mail.objects.filter(recipient__user_id="marko")
        claimed.update(state=Mail.SENDING, tried=timezone.now())  # another worker is sending it

        assert api.send_waiting() == {"sent": 2, "skipped": 0, "waiting": 0, "failed": 0}
        assert api.send_waiting() == {"sent": 0, "skipped": 0, "waiting": 0, "failed": 0}
        claimed.update(tried=timezone.now() - timedelta(hours=2))  # and died mid-send
        api.send_waiting()

        assert sorted(to(message) for message in mailoutbox) == ["ana", "ivan"]
        assert claimed.get().state == Mail.FAILED  # not sent again: it may have gone

    def test_addresses_come_from_the_platforms_user_records(self, course_key, events, mailoutbox):
        user = get_user_model().objects.create(username="anna", email="anna@school.example")
        with override_settings(STUDYGROUP_XBLOCK_ADDRESS_BOOK=None):
            actor = make_actor(str(user.pk))
            api.create_group(course_key, actor, SCHOOL, size_limit=5, publish=events)
            api.plan_meeting(course_key, actor, planned(timedelta(days=2)), publish=events)

        (message,) = mailoutbox
        assert message.to == ["anna@school.example"]
        assert not Mail.objects.filter(recipient__user_id=str(user.pk)).exclude(state=Mail.SENT).exists()


def test_a_retired_learner_is_sent_nothing_still_waiting(course_key, events, group, mailoutbox):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tasks.send_mail_task, "delay", lambda keys: None)  # the workers are busy
        plan(course_key, events)
    api.retire_learner("ivan", publish=events)

    api.send_waiting()

    assert sorted(to(message) for message in mailoutbox) == ["ana", "marko"]
    assert Mail.objects.get(recipient__user_id="ivan").state == Mail.SKIPPED
    assert Mail.objects.get(recipient__user_id="ivan").recipient.language == ""


@pytest.mark.parametrize(
    ("hours", "ahead"), [(3, timedelta(hours=3)), (-5, timedelta(hours=24)), (1000, timedelta(hours=24))]
)
def test_a_reminder_time_studio_would_refuse_counts_as_the_default(course_key, events, group, hours, ahead):
    setting = MailSetting(remind_hours=hours)
    api.plan_meeting(course_key, make_actor("ana"), planned(timedelta(days=3)), publish=events, mail_setting=setting)

    meeting = Meeting.objects.get()
    assert meeting.start - meeting.remind_at == ahead

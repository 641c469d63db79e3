"""Meeting e-mails under the runtime the LMS gives the block: addresses from its users, language and zone
from its preferences, links through ``jump_to`` and the handler without authentication."""

from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import override_settings

from studygroup_xblock import api
from studygroup_xblock.models import MailOptOut
from tests.conftest import EventLog, state_after

from .conftest import COURSE, SITE_NAME, LmsRuntime, call_handler, learner_service, place_block
from .test_lms_runtime import GROUP, MEETING, actor

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A handler call's transaction committed: what it sends after commit goes."""
    return django_capture_on_commit_callbacks


@pytest.fixture
def ivans_group(people, enrolments):
    """Ana's group with Ivan in it; Ivan reads the LMS in Croatian, in Zagreb's zone."""
    state = state_after(
        api.create_group, COURSE, actor(people.ana, "Ana Kovač"), GROUP, size_limit=12, publish=EventLog()
    )
    enrolments.enrolled.add((people.ivan.id, COURSE))
    service = learner_service(
        people.ivan, full_name="Ivan Horvat", preferences={"pref-lang": "hr", "time_zone": "Europe/Zagreb"}
    )
    block = place_block(LmsRuntime(service))
    call_handler(block, people.ivan, "join_group", {"group_id": state.group.summary.id})
    return block


@override_settings(STUDYGROUP_XBLOCK_ADDRESS_BOOK=None)
def test_an_invitation_goes_to_the_users_address_in_their_language_and_zone(people, ivans_group, mailoutbox, committed):
    """Addresses from ``User.email`` at send time; language and zone from the user service's preferences."""
    with committed(execute=True):
        planned = call_handler(ivans_group, people.ivan, "plan_meeting", {"meeting": MEETING})

    assert planned.status_code == 200
    ivan = next(message for message in mailoutbox if message.to == ["ivan@example.org"])
    assert {tuple(message.to) for message in mailoutbox} == {("ivan@example.org",), ("ana@example.org",)}
    assert ivan.subject.startswith("Poziv")
    assert "16:00" in ivan.subject  # 15:00 UTC is 16:00 in Zagreb in winter; the meeting is next week
    assert "(Europe/Zagreb)" in ivan.body
    jump_to = f"/courses/{COURSE}/jump_to/{ivans_group.scope_ids.usage_id}"
    assert f"http://testserver{jump_to}" in ivan.body


@override_settings(STUDYGROUP_XBLOCK_ADDRESS_BOOK=None)
def test_the_stop_link_is_the_lms_handler_without_sign_in(people, ivans_group, mailoutbox, committed):
    """A mail program's one-click POST (RFC 8058) reaches ``handle_xblock_callback_noauth`` as AnonymousUser."""
    with committed(execute=True):
        call_handler(ivans_group, people.ivan, "plan_meeting", {"meeting": MEETING})
    ivan = next(message for message in mailoutbox if message.to == ["ivan@example.org"])
    link = ivan.extra_headers["List-Unsubscribe"].strip("<>")
    url = urlsplit(link)
    assert (url.scheme, url.netloc) == ("https", SITE_NAME)
    assert url.path.endswith("/handler_noauth/stop_meeting_mail")

    stopped = call_handler(
        ivans_group,
        AnonymousUser(),
        "stop_meeting_mail",
        path=f"{url.path}?{url.query}",
        content_type="application/x-www-form-urlencoded",
    )

    assert stopped.status_code == 200
    assert MailOptOut.objects.get().learner.user_id == str(people.ivan.id)


def test_the_reminder_follows_the_components_setting(people, ivans_group, mailoutbox):
    ivans_group.reminder_hours = 3
    call_handler(ivans_group, people.ivan, "plan_meeting", {"meeting": MEETING})

    (meeting,) = api.meeting_history(COURSE, actor(people.ivan, "Ivan Horvat")).meetings
    assert meeting.start.date() == date.today() + timedelta(days=7)
    assert api.queue_due_reminders(meeting.start - timedelta(hours=4)) == 0
    assert api.queue_due_reminders(meeting.start - timedelta(hours=3)) == 1

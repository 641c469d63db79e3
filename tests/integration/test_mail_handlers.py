"""Meeting e-mails over real HTTP through the workbench: what planning sends, the link that stops them
(the platform's handler without authentication), the switch in the block, and nudges from the dashboard."""

import re
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
import requests

from studygroup_xblock.models import Learner, MailOptOut, Nudge
from tests.integration.test_handlers import SCHOOL, assert_error
from tests.integration.test_meeting_handlers import calendar_of, fields_at

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def group(workbench):
    """Ana coordinates a group Ivan is in; their sessions, and the group's id."""
    ana, ivan = workbench.session("ana"), workbench.session("ivan")
    group_id = ana.post("create_group", {"group": SCHOOL}).json()["group"]["summary"]["id"]
    ivan.post("join_group", {"group_id": group_id})
    return ana, ivan, group_id


def plan(session, days=3):
    start = (datetime.now(UTC) + timedelta(days=days)).replace(second=0, microsecond=0)
    return session.post("plan_meeting", {"meeting": fields_at(start)}).json()["next_meeting"]


def mail_to(mailoutbox, name):
    return [message for message in mailoutbox if message.to == [f"{name}@school.example"]]


def stop_link(message):
    (link,) = re.findall(r"<([^>]+)>", message.extra_headers["List-Unsubscribe"])
    return link


def test_planning_mails_each_member_with_links_back_and_out(workbench, group, mailoutbox):
    _ana, ivan, _group_id = group

    plan(ivan)

    (message,) = mail_to(mailoutbox, "ana")
    assert len(mailoutbox) == 2
    assert f"{workbench.base_url}/scenario/studygroup.0/" in message.body
    assert stop_link(message).startswith(f"{workbench.base_url}/unauth_handler/")
    assert stop_link(message) in message.body


def test_the_stop_link_asks_once_then_stops_them_without_signing_in(workbench, group, mailoutbox):
    ana, ivan, _group_id = group
    plan(ana)
    link = stop_link(mail_to(mailoutbox, "ivan")[0])
    stranger = requests.Session()  # a mail program, or a browser not signed in

    page = stranger.get(link, timeout=30)
    assert page.status_code == 200
    assert "Stop meeting e-mails from this course" in page.text
    assert not MailOptOut.objects.exists()  # opening the link (as mail scanners do) changes nothing

    token = re.search(r'name="token" value="([^"]+)"', page.text).group(1)
    form = {"token": token, "csrfmiddlewaretoken": stranger.cookies["csrftoken"]}
    done = stranger.post(link.split("?")[0], data=form, headers={"Referer": link}, timeout=30)

    assert done.status_code == 200
    assert "you will get no more meeting e-mails" in done.text
    assert MailOptOut.objects.get().learner.user_id == "ivan"
    assert ivan.post("student_view_user_state").json()["meeting_mail"] is False
    mailoutbox.clear()
    plan(ana, days=4)
    assert mail_to(mailoutbox, "ivan") == []


@pytest.mark.parametrize("cut", [lambda token: token[:-6], lambda token: "ivan"])
def test_a_link_cut_short_or_forged_says_so_and_changes_nothing(workbench, group, mailoutbox, cut):
    ana, _ivan, _group_id = group
    plan(ana)
    link = stop_link(mail_to(mailoutbox, "ivan")[0])
    url, token = link.split("?token=")
    stranger = requests.Session()

    asked = stranger.get(url, params={"token": cut(token)}, timeout=30)
    form = {"token": cut(token), "csrfmiddlewaretoken": stranger.cookies["csrftoken"]}
    posted = stranger.post(url, data=form, timeout=30)

    for answer in (asked, posted):
        assert answer.status_code == 400
        assert "This link is incomplete" in answer.text
        assert 'name="token"' not in answer.text
    assert not MailOptOut.objects.exists()


def test_learners_switch_meeting_mail_in_the_block(workbench, group, mailoutbox):
    ana, ivan, _group_id = group

    assert ivan.post("set_meeting_mail", {"on": False}).json()["meeting_mail"] is False
    plan(ana)
    assert mail_to(mailoutbox, "ivan") == []
    assert ivan.post("set_meeting_mail", {"on": True}).json()["meeting_mail"] is True
    assert_error(ivan.post("set_meeting_mail", {"on": "maybe"}), 400, "invalid_field")


def test_the_browsers_zone_is_kept_for_e_mails(workbench, group):
    _ana, ivan, _group_id = group
    headers = {"X-CSRFToken": ivan.http.cookies["csrftoken"], "X-StudyGroup-Time-Zone": "Europe/Zagreb"}

    ivan.http.post(workbench.handler_url("ivan", "set_meeting_mail"), json={"on": True}, headers=headers, timeout=30)
    ivan.http.post(
        workbench.handler_url("ivan", "set_meeting_mail"),
        json={"on": True},
        headers={**headers, "X-StudyGroup-Time-Zone": "Mars/Olympus"},
        timeout=30,
    )

    assert Learner.objects.get(user_id="ivan").time_zone == "Europe/Zagreb"


def test_a_deleted_meetings_calendar_file_cancels_it(workbench, group, mailoutbox):
    ana, ivan, _group_id = group
    meeting = plan(ana)
    ana.post("delete_meeting", {"meeting_id": meeting["id"]})

    calendar = icalendar.Calendar.from_ical(calendar_of(ivan, meeting["id"]).content)

    (event,) = calendar.walk("VEVENT")
    assert (calendar["METHOD"], event["STATUS"]) == ("CANCEL", "CANCELLED")
    assert event["UID"] == f"{meeting['uid']}@studygroup-xblock"
    assert len(mail_to(mailoutbox, "ivan")) == 2  # the invitation, then the cancellation


def test_staff_nudge_coordinators_from_the_dashboard(workbench, group, mailoutbox):
    _ana, ivan, group_id = group
    staff = workbench.session("staff")
    dashboard = staff.http.get(workbench.handler_url("staff", "staff_dashboard"), timeout=30).text
    assert 'data-role="nudge-form"' in dashboard
    assert f'data-role="choose-group" value="{group_id}"' in dashboard

    answer = staff.post("nudge_coordinators", {"group_ids": [group_id], "text": "<b>Time</b> to meet?"})

    assert answer.status_code == 200
    assert answer.json()["message"] == "Sent to the coordinators of 1 group."
    (message,) = mailoutbox
    assert message.to == ["ana@school.example"]
    assert "<b>Time</b>" not in message.alternatives[0][0]
    assert Nudge.objects.get().text == "<b>Time</b> to meet?"
    record = staff.http.get(workbench.handler_url("staff", "group_record") + f"&group_id={group_id}", timeout=30)
    assert "&lt;b&gt;Time&lt;/b&gt; to meet?" in record.text
    assert_error(ivan.post("nudge_coordinators", {"group_ids": [group_id], "text": "Hi"}), 403, "staff_only")

"""Staff pages, records and CSV exports over HTTP: who may open them, and what they hold."""

import csv
import html
import io
import re
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from studygroup_xblock.api import reports
from studygroup_xblock.models import Membership
from tests.integration.test_adaptation_handlers import ADAPTATION
from tests.integration.test_handlers import SCHOOL, assert_error
from tests.integration.test_meeting_handlers import fields_at

pytestmark = pytest.mark.django_db(transaction=True)

# Markup for the pages, and a formula a spreadsheet would run, for the exports.
HOSTILE_SCHOOL = '<script>alert("x")</script>=cmd|calc'
FORMULA = '=HYPERLINK("https://evil.example","Open me")'


@pytest.fixture
def sessions(workbench):
    """Ana's group, which Ivan joined, with one meeting held and one adaptation shared."""
    ana, ivan = workbench.session("ana"), workbench.session("ivan")
    group = {**SCHOOL, "school_name": HOSTILE_SCHOOL, "city": f"{FORMULA} city"}
    group_id = ana.post("create_group", {"group": group}).json()["group"]["summary"]["id"]
    ivan.post("join_group", {"group_id": group_id})
    Membership.objects.update(joined=datetime.now(UTC) - timedelta(days=30))  # members on the meeting's day
    members = [member["learner_id"] for member in ana.post("student_view_user_state").json()["group"]["members"]]
    meeting = {**fields_at(datetime.now(UTC) - timedelta(days=1)), "attendees": members, "notes": f"{FORMULA} notes"}
    ana.post("log_meeting", {"meeting": meeting}).raise_for_status()
    ana.post("share_adaptation", {"adaptation": {**ADAPTATION, "title": f"{FORMULA} title"}}).raise_for_status()
    return ana, ivan, workbench.session("staff"), group_id


def get(session, handler, **query):
    url = session.workbench.handler_url(session.student, handler)
    return session.http.get(url + "".join(f"&{name}={value}" for name, value in query.items()), timeout=30)


def test_learners_reach_no_staff_data(workbench, sessions):
    ana, ivan, _staff, group_id = sessions

    for session in (ana, ivan):
        assert_error(get(session, "staff_dashboard"), 403, "staff_only")
        assert_error(get(session, "export_csv", kind="groups"), 403, "staff_only")
    assert_error(get(ivan, "group_record", group_id=group_id), 403, "staff_or_coordinators_only")
    assert_error(get(workbench.session("anonymous"), "participation_record"), 403, "signed_out")


def test_staff_get_the_dashboard_with_user_text_escaped(workbench, sessions):
    _ana, _ivan, staff, _group_id = sessions

    response = get(staff, "staff_dashboard", country="IT")

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in response.text
    assert '<svg role="img"' in response.text
    assert f"An export of more than {reports.LARGE_EXPORT:,} rows" in response.text


def test_coordinators_print_their_groups_record(workbench, sessions):
    ana, _ivan, staff, group_id = sessions

    for session in (ana, staff):
        response = get(session, "group_record", group_id=group_id)
        assert response.status_code == 200
        assert "&lt;script&gt;" in response.text
        assert "@page" not in response.text  # the print rules live in the stylesheet


def test_pages_show_times_in_the_zone_the_block_passes(workbench, sessions):
    _ana, _ivan, staff, group_id = sessions

    zagreb = get(staff, "group_record", group_id=group_id, tz="Europe/Zagreb")
    unknown = get(staff, "group_record", group_id=group_id, tz="Mars/Olympus")

    assert "Times in Europe/Zagreb" in zagreb.text
    assert unknown.status_code == 200
    assert "Times in UTC" in unknown.text


def test_every_learner_gets_their_participation_record(workbench, sessions):
    _ana, ivan, _staff, _group_id = sessions

    response = get(ivan, "participation_record")

    assert response.status_code == 200
    assert "Ivan" in response.text


@pytest.mark.parametrize("kind", ["groups", "memberships", "meetings", "adaptations"])
def test_exports_stream_as_named_csv_files(workbench, sessions, kind):
    _ana, _ivan, staff, _group_id = sessions

    response = get(staff, "export_csv", kind=kind)

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    expected = f'attachment; filename="studygroups-{kind}-course-v1studygroupworkbenchdemo-{date.today():%Y-%m-%d}.csv"'
    assert response.headers["Content-Disposition"] == expected
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == {"groups": 1, "memberships": 2, "meetings": 1, "adaptations": 1}[kind]
    assert {row["school"] for row in rows} == {HOSTILE_SCHOOL}


@pytest.mark.parametrize(("kind", "column"), [("groups", "city"), ("meetings", "notes"), ("adaptations", "title")])
def test_exported_formulas_are_defused_and_kept_whole(workbench, sessions, kind, column):
    _ana, _ivan, staff, _group_id = sessions

    rows = list(csv.DictReader(io.StringIO(get(staff, "export_csv", kind=kind).content.decode("utf-8-sig"))))

    assert [row[column] for row in rows] == [f"'{FORMULA} {column}"]


def test_bad_export_kinds_are_400(workbench, sessions):
    _ana, _ivan, staff, _group_id = sessions

    assert_error(get(staff, "export_csv", kind="../../etc/passwd"), 400, "invalid_field")


def test_a_large_export_is_prepared_then_downloaded_by_staff_only(workbench, sessions, monkeypatch, settings, tmp_path):
    _ana, ivan, staff, _group_id = sessions
    settings.MEDIA_ROOT = str(tmp_path)
    monkeypatch.setattr(reports, "LARGE_EXPORT", 1)  # the two memberships are a large export

    page = get(staff, "export_csv", kind="memberships")

    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert "Preparing your export" in page.text
    link = html.unescape(re.search(r'href="([^"]*prepared_export[^"]*)"', page.text)[1])
    download = staff.http.get(urljoin(workbench.base_url, link), timeout=30)
    assert download.headers["Content-Type"].startswith("text/csv")
    assert download.headers["Content-Disposition"].startswith('attachment; filename="studygroups-memberships-')
    rows = list(csv.DictReader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert sorted(row["username"] for row in rows) == ["ana", "ivan"]
    assert "Prepared exports" in get(staff, "staff_dashboard").text
    export_id = parse_qs(urlsplit(link).query)["export_id"][0]
    assert_error(get(ivan, "prepared_export", export_id=export_id), 403, "staff_only")
    assert_error(get(staff, "prepared_export", export_id=int(export_id) + 1), 400, "unknown_export")
    assert_error(get(staff, "prepared_export", export_id="x"), 400, "invalid_field")

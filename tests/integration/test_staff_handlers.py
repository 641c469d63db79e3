"""Staff pages, records and CSV exports over HTTP: who may open them, and what they hold."""

import csv
import io
from datetime import date

import pytest

from tests.integration.test_handlers import SCHOOL, assert_error

pytestmark = pytest.mark.django_db(transaction=True)

HOSTILE_SCHOOL = '<script>alert("x")</script>=cmd|calc'


@pytest.fixture
def sessions(workbench):
    ana, ivan = workbench.session("ana"), workbench.session("ivan")
    group_id = ana.post("create_group", {"group": {**SCHOOL, "school_name": HOSTILE_SCHOOL}}).json()["group"][
        "summary"
    ]["id"]
    ivan.post("join_group", {"group_id": group_id})
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
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0]
    if kind in ("groups", "memberships"):
        assert any(f"'{HOSTILE_SCHOOL}" not in row and HOSTILE_SCHOOL in row for row in rows[1:])


def test_bad_export_kinds_are_400(workbench, sessions):
    _ana, _ivan, staff, _group_id = sessions

    assert_error(get(staff, "export_csv", kind="../../etc/passwd"), 400, "invalid_field")

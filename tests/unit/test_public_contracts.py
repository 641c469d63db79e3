"""What others build on, pinned: event names, CSV headers (docs/decisions/0004-public-contracts.rst).

A change here breaks someone's analytics pipeline or spreadsheet macro: make it on purpose,
in the changelog, never as a side effect of a refactoring. (Error codes are pinned by
``test_every_refusal_has_its_own_code_and_the_readme_lists_them_all``.)
"""

import re
from pathlib import Path

import pytest

from studygroup_xblock import api
from studygroup_xblock.xapi.vocabulary import STATEMENTS

ROOT = Path(__file__).resolve().parents[2]

EVENTS = {
    "edx.studygroup.group.created",
    "edx.studygroup.group.edited",
    "edx.studygroup.group.code_rotated",
    "edx.studygroup.group.archived",
    "edx.studygroup.membership.joined",
    "edx.studygroup.membership.left",
    "edx.studygroup.membership.removed",
    "edx.studygroup.membership.role_changed",
    "edx.studygroup.membership.school_changed",
    "edx.studygroup.membership.guide_dismissed",
    "edx.studygroup.join_request.created",
    "edx.studygroup.join_request.withdrawn",
    "edx.studygroup.join_request.accepted",
    "edx.studygroup.join_request.declined",
    "edx.studygroup.meeting.planned",
    "edx.studygroup.meeting.logged",
    "edx.studygroup.meeting.edited",
    "edx.studygroup.meeting.deleted",
    "edx.studygroup.meeting.attendance_confirmed",
    "edx.studygroup.proposal.opened",
    "edx.studygroup.proposal.answered",
    "edx.studygroup.proposal.picked",
    "edx.studygroup.proposal.withdrawn",
    "edx.studygroup.pace.set",
    "edx.studygroup.pace.cleared",
    "edx.studygroup.action_item.completed",
    "edx.studygroup.action_item.reopened",
    "edx.studygroup.adaptation.shared",
    "edx.studygroup.adaptation.edited",
    "edx.studygroup.adaptation.deleted",
    "edx.studygroup.adaptation.marked_useful",
    "edx.studygroup.adaptation.unmarked_useful",
    "edx.studygroup.adaptation.hidden",
    "edx.studygroup.adaptation.unhidden",
    "edx.studygroup.unit.checked_in",
    "edx.studygroup.unit.check_in_withdrawn",
    "edx.studygroup.export.requested",
    "edx.studygroup.meeting_mail.switched_off",
    "edx.studygroup.meeting_mail.switched_on",
    "edx.studygroup.group.nudged",
    "edx.studygroup.language.chosen",
}

HEADERS = {
    "groups": "group_id school city country language open by_request size_limit members schools coordinators meetings "
    "meetings_last_30_days last_meeting adaptations nudges status created archived pace_start pace_weeks_per_unit "
    "members_on_pace",
    "memberships": "group_id school username name member_school member_city member_country role joined left removed "
    "active",
    "meetings": "meeting_id group_id school status start_utc duration_minutes mode place link guests attendees "
    "units agenda topics notes outcomes action_items recorded_by recorded deleted",
    "adaptations": "adaptation_id group_id school country unit title description subject isced_level language "
    "link author author_school shared course_wide useful hidden_reason deleted",
}


def test_the_code_publishes_exactly_the_pinned_events():
    source = "".join(path.read_text() for path in (ROOT / "studygroup_xblock").rglob("*.py"))

    assert set(re.findall(r"edx\.studygroup\.[a-z_]+\.[a-z_]+", source)) == EVENTS


def test_every_event_has_its_xapi_statement():
    """ADR 15: event-routing-backends makes a statement of the events this table names, and only those."""
    assert set(STATEMENTS) == EVENTS


def test_the_readme_lists_every_event():
    """The README writes ``.group.edited`` after ``edx.studygroup.group.created``: read both forms."""
    section = ROOT.joinpath("README.md").read_text().split("### Tracking events")[1].split("\n## ")[0]
    names = re.findall(r"`((?:edx\.studygroup)?\.[a-z_]+\.[a-z_]+)`", section)

    assert {name if name.startswith("edx.") else f"edx.studygroup{name}" for name in names} == EVENTS


@pytest.mark.django_db
@pytest.mark.parametrize("kind", HEADERS)
def test_each_export_keeps_its_header(course_key, kind):
    header, _rows = api.export_rows(course_key, kind, is_staff=True)

    assert header == tuple(HEADERS[kind].split())

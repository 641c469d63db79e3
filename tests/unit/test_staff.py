"""The staff dashboard, group records, participation records and CSV exports (api.py, exports.py)."""

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from studygroup_xblock import api as api_module
from studygroup_xblock import exports
from studygroup_xblock.models import Learner, Meeting, Membership, StudyGroup
from tests.conftest import Committed, make_actor, state_after

pytestmark = pytest.mark.django_db

api = Committed(api_module)


def group(course_key, events, coordinator, city, country, school=None, members=()):
    fields = {
        "school_name": school or f"School in {city}",
        "city": city,
        "country": country,
        "language": "en",
        "is_open": True,
    }
    state = state_after(api.create_group, course_key, make_actor(coordinator), fields, size_limit=12, publish=events)
    for member in members:
        api.join_group(course_key, make_actor(member), state.group.summary.id, publish=events)
    Membership.objects.filter(group_id=state.group.summary.id).update(joined=timezone.now() - timedelta(days=90))
    StudyGroup.objects.filter(pk=state.group.summary.id).update(created=timezone.now() - timedelta(days=90))
    return state.group.summary.id


def log(course_key, events, who, days_ago, minutes, attendees, **changes):
    moment = timezone.now() - timedelta(days=days_ago)
    fields = {
        "date": f"{moment:%Y-%m-%d}",
        "time": "10:00",
        "time_zone": "UTC",
        "duration_minutes": minutes,
        "mode": "in_person",
        "attendees": attendees,
        **changes,
    }
    api.log_meeting(course_key, make_actor(who), fields, publish=events)
    return Meeting.objects.latest("pk").pk


def ids(course_key, who):
    return {m.username: m.learner_id for m in api.get_learner_state(course_key, make_actor(who)).group.members}


@pytest.fixture
def course(course_key, events):
    """Zagreb: 2 meetings (60 + 90 min) and one deleted, 2 adaptations (one withdrawn); Berlin: one
    meeting 40 days ago (quiet); Split: archived. Hand-counted totals are in the tests."""
    zagreb = group(course_key, events, "ana", "Zagreb", "HR", school="OŠ Augusta Šenoe", members=["ivan"])
    berlin = group(course_key, events, "lena", "Berlin", "DE")
    split = group(course_key, events, "marko", "Split", "HR")
    api.leave_group(course_key, make_actor("marko"), publish=events)
    people = ids(course_key, "ana")
    first = log(course_key, events, "ana", 3, 60, [people["ana"], people["ivan"]])
    log(course_key, events, "ana", 10, 90, [people["ana"]], outcomes='=HYPERLINK("http://evil")')
    deleted = log(course_key, events, "ana", 5, 120, [people["ana"]])
    api.delete_meeting(course_key, make_actor("ana"), deleted, publish=events)
    api.confirm_attendance(course_key, make_actor("ivan"), first, publish=events)
    log(course_key, events, "lena", 40, 30, [ids(course_key, "lena")["lena"]])
    unit = api.register_unit(course_key, make_actor("ana"), "unit-1", "Unit 1")
    fields = {
        "title": "Exit tickets",
        "body": "Body",
        "subject": "Maths",
        "isced_level": 1,
        "language": "hr",
        "course_wide": True,
    }
    api.share_adaptation(course_key, make_actor("ivan"), unit, fields, sharing_on=True, publish=events)
    api.share_adaptation(
        course_key, make_actor("ana"), unit, {**fields, "title": "Withdrawn"}, sharing_on=True, publish=events
    )
    withdrawn = api.unit_adaptations(course_key, make_actor("ana"), unit, is_staff=False, sharing_on=True).group[0]
    api.delete_adaptation(course_key, make_actor("ana"), withdrawn.id, publish=events)
    return {"zagreb": zagreb, "berlin": berlin, "split": split}


def dashboard(course_key, **query):
    return api.course_dashboard(course_key, is_staff=True, **query)


class TestDashboard:
    def test_totals_match_a_hand_count(self, course_key, course):
        totals = dashboard(course_key).totals

        assert (totals.groups, totals.learners, totals.countries) == (2, 3, 2)
        assert (totals.meetings, totals.hours, totals.adaptations) == (3, 3.0, 1)

    def test_rows_count_members_meetings_and_adaptations(self, course_key, course):
        rows = {row.city: row for row in dashboard(course_key).rows}

        zagreb = rows["Zagreb"]
        assert (zagreb.member_count, zagreb.coordinators, zagreb.meetings, zagreb.recent_meetings) == (
            2,
            ("ana",),
            2,
            2,
        )
        assert zagreb.adaptations == 1
        assert zagreb.last_meeting.date() == (timezone.now() - timedelta(days=3)).date()
        assert [(row.city, row.status) for row in sorted(rows.values(), key=lambda row: row.city)] == [
            ("Berlin", "quiet"),
            ("Split", "archived"),
            ("Zagreb", "active"),
        ]

    @pytest.mark.parametrize(
        ("query", "cities"),
        [
            ({"country": "DE"}, ["Berlin"]),
            ({"status": "quiet"}, ["Berlin"]),
            ({"status": "archived"}, ["Split"]),
            ({"query": "senoe"}, ["Zagreb"]),
            ({"sort": "-meetings"}, ["Zagreb", "Berlin", "Split"]),
            ({"sort": "-last_meeting"}, ["Zagreb", "Berlin", "Split"]),
            ({"sort": "country"}, ["Berlin", "Zagreb", "Split"]),  # then by school: "OŠ" before "School"
        ],
    )
    def test_filters_search_and_sort(self, course_key, course, query, cities):
        assert [row.city for row in dashboard(course_key, **query).rows] == cities

    def test_twenty_five_a_page(self, course_key, course, events):
        for n in range(30):
            group(course_key, events, f"teacher_{n}", f"Town {n:02d}", "IT")

        second = dashboard(course_key, page=2)

        assert (second.total, second.num_pages, len(second.rows)) == (33, 2, 8)

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ({"sort": "random"}, "sort"),
            ({"status": "sleepy"}, "status"),
            ({"country": "XX"}, "country"),
            ({"page": "x"}, "page"),
        ],
    )
    def test_bad_queries_are_refused(self, course_key, course, query, field):
        with pytest.raises(api.InvalidInput) as raised:
            dashboard(course_key, **query)

        assert raised.value.details == {"field": field}

    def test_learners_cannot_see_it(self, course_key, course):
        with pytest.raises(api.NotAllowed):
            api.course_dashboard(course_key, is_staff=False)
        with pytest.raises(api.NotAllowed):
            api.export_rows(course_key, "groups", is_staff=False)
        with pytest.raises(api.NotAllowed):
            api.weekly_meetings(course_key, is_staff=False)

    def test_a_page_costs_the_same_for_10_or_500_groups(self, course_key):
        counts = []
        for total in (10, 500):
            StudyGroup.objects.all().delete()
            creator, _ = Learner.objects.get_or_create(user_id="creator", defaults={"username": "creator"})
            groups = StudyGroup.objects.bulk_create(
                StudyGroup(
                    course_key=course_key,
                    school_name=f"School {n}",
                    city="Town",
                    country="HR",
                    language="en",
                    school_key=f"school {n}|town",
                    join_code=f"Q{total}{n:05d}",
                    size_limit=12,
                    created_by=creator,
                )
                for n in range(total)
            )
            Membership.objects.bulk_create(
                Membership(
                    group=g,
                    learner=creator,
                    course_key=course_key,
                    role="coordinator",
                    active=None,
                    joined=timezone.now(),
                )
                for g in groups
            )
            dashboard(course_key, sort="-members")  # its reads prepared
            with CaptureQueriesContext(connection) as captured:
                dashboard(course_key, sort="-members")
            counts.append(len(captured))

        assert counts[0] == counts[1]


class TestActivity:
    def test_meetings_per_week(self, course_key, course):
        weeks = api.weekly_meetings(course_key, is_staff=True, weeks=8)

        assert len(weeks) == 8
        assert weeks[-1][0].weekday() == 0
        assert sum(count for _monday, count in weeks) == 3
        assert (
            sum(
                count
                for _monday, count in api.weekly_meetings(course_key, is_staff=True, group_id=course["berlin"], weeks=8)
            )
            == 1
        )


def test_weeks_run_monday_to_sunday_in_the_viewers_zone(course_key, events):
    group(course_key, events, "ana", "Zagreb", "HR")
    lead = ids(course_key, "ana")["ana"]
    sunday_night_utc = datetime(2026, 11, 15, 23, 30, tzinfo=UTC)  # Monday 00:30 in Zagreb
    fields = {
        "date": "2026-11-16",
        "time": "00:30",
        "time_zone": "Europe/Zagreb",
        "duration_minutes": 60,
        "mode": "online",
        "attendees": [lead],
    }
    api.log_meeting(course_key, make_actor("ana"), fields, publish=events)
    assert Meeting.objects.get().start == sunday_night_utc

    def week_of_meeting(zone):
        weeks = dict(api.weekly_meetings(course_key, is_staff=True, weeks=52, zone=zone))
        return [monday.isoformat() for monday, count in weeks.items() if count]

    assert week_of_meeting("Europe/Zagreb") == ["2026-11-16"]
    assert week_of_meeting("UTC") == ["2026-11-09"]


class TestGroupRecord:
    def test_staff_see_everything_with_deleted_things_marked(self, course_key, course):
        report = api.group_report(course_key, make_actor("staff"), course["zagreb"], is_staff=True)

        assert [meeting.deleted for meeting in report.meetings] == [False, True, False]
        assert [(a.title, a.deleted) for a in report.adaptations] == [("Exit tickets", False), ("Withdrawn", True)]
        assert (report.hours, report.confirmations) == (2.5, 3)
        assert [(stay.username, stay.role, stay.left) for stay in report.stays] == [
            ("ana", "coordinator", None),
            ("ivan", "member", None),
        ]

    def test_the_coordinators_evidence_leaves_out_deleted_and_hidden_things(self, course_key, course, events):
        exit_tickets = api.unit_adaptations(
            course_key,
            make_actor("jonas"),
            api.register_unit(course_key, make_actor("ana"), "unit-1"),
            is_staff=True,
            sharing_on=True,
        ).gallery.adaptations[0]
        api.hide_adaptation(course_key, make_actor("staff"), exit_tickets.id, "Check", is_staff=True, publish=events)

        report = api.group_report(course_key, make_actor("ana"), course["zagreb"], is_staff=False)

        assert [meeting.deleted for meeting in report.meetings] == [False, False]
        assert report.adaptations == ()

    def test_coordinators_see_their_own_group_only(self, course_key, course):
        assert (
            api.group_report(course_key, make_actor("ana"), course["zagreb"], is_staff=False).summary.city == "Zagreb"
        )
        for who, group_id in (("ivan", course["zagreb"]), ("ana", course["berlin"]), ("stranger", course["zagreb"])):
            with pytest.raises(api.NotAllowed):
                api.group_report(course_key, make_actor(who), group_id, is_staff=False)

    def test_membership_history_is_kept(self, course_key, course):
        report = api.group_report(course_key, make_actor("staff"), course["split"], is_staff=True)

        assert report.archived is not None
        assert report.stays[0].left is not None


def test_a_learners_participation_record(course_key, course):
    record = api.participation_record(course_key, make_actor("ivan"))

    assert record.school_name == "OŠ Augusta Šenoe"
    assert [(meeting.duration_minutes, meeting.confirmed) for meeting in record.meetings] == [(60, True)]
    assert [adaptation.title for adaptation in record.adaptations] == ["Exit tickets"]
    assert (record.hours, record.confirmed_count) == (1.0, 1)


def read_csv(kind, course_key):
    header, rows = api.export_rows(course_key, kind, is_staff=True)
    text = b"".join(exports.stream(header, rows)).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


class TestExports:
    def test_groups_export_matches_the_dashboard(self, course_key, course):
        rows = {row["city"]: row for row in read_csv("groups", course_key)}

        assert rows["Zagreb"]["school"] == "OŠ Augusta Šenoe"
        assert (rows["Zagreb"]["members"], rows["Zagreb"]["coordinators"], rows["Zagreb"]["meetings"]) == (
            "2",
            "ana",
            "2",
        )
        assert rows["Split"]["status"] == "archived"

    def test_meetings_export_lists_attendees_and_neutralises_formulas(self, course_key, course):
        rows = read_csv("meetings", course_key)

        assert len(rows) == 4
        assert {row["deleted"] for row in rows} == {"yes", "no"}
        assert any(row["attendees"] == "ana (confirmed); ivan (confirmed)" for row in rows)
        assert any(row["outcomes"] == '\'=HYPERLINK("http://evil")' for row in rows)
        assert all(datetime.fromisoformat(row["start_utc"]).tzinfo == UTC for row in rows)
        recorded = Meeting.objects.order_by("created").values_list("created", flat=True)
        assert sorted(row["recorded"] for row in rows) == [f"{moment:%Y-%m-%dT%H:%M:%S}+00:00" for moment in recorded]

    def test_memberships_and_adaptations_exports(self, course_key, course):
        memberships = read_csv("memberships", course_key)
        adaptations = read_csv("adaptations", course_key)

        assert sorted((row["username"], row["active"]) for row in memberships) == [
            ("ana", "yes"),
            ("ivan", "yes"),
            ("lena", "yes"),
            ("marko", "no"),
        ]
        assert sorted((row["title"], row["deleted"]) for row in adaptations) == [
            ("Exit tickets", "no"),
            ("Withdrawn", "yes"),
        ]

    @pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
    def test_every_formula_start_is_defused(self, value):
        assert exports.defused(value) == "'" + value

    def test_unknown_exports_are_refused(self, course_key, course):
        with pytest.raises(api.InvalidInput):
            api.export_rows(course_key, "passwords", is_staff=True)

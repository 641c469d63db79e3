"""The README's ClickHouse query, as written, over the statements of a course's meetings in Aspects' raw
xAPI table (chDB: ClickHouse's own engine, in-process), gives the figures the course dashboard's chart
shows. Meetings are logged, moved, deleted and planned in two groups of the course and one of another.

Runs in the .venv (``make test-python``), where chDB is installed: ``pytest -m clickhouse``.
"""

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from opaque_keys.edx.locator import CourseLocator

from studygroup_xblock import api as api_module
from studygroup_xblock.data import Actor
from studygroup_xblock.models import Membership
from tests.conftest import Committed
from tests.contract.conftest import COURSE
from tests.unit.test_meetings import held, planned

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.clickhouse]

api = Committed(api_module)
README = Path(__file__).resolve().parents[2] / "README.md"
OTHER_COURSE = CourseLocator("Pilot", "TeacherAcademy", "2027")
# Aspects' raw table as its migration 0032 creates it (tutor-contrib-aspects, alembic).
RAW_TABLE = """
CREATE TABLE xapi.xapi_events_all (
    event_id UUID NOT NULL,
    emission_time DateTime64(6) NOT NULL,
    event String NOT NULL
) ENGINE = MergeTree
ORDER BY (emission_time, event_id)
PARTITION BY toYYYYMM(emission_time)
PRIMARY KEY (emission_time, event_id)
"""


def readme_query():
    section = README.read_text().split("### Study groups in Aspects")[1]
    return re.search(r"```sql\n(.*?)```", section, re.DOTALL).group(1)


def a_group(course_key, people, school, lms):
    """A group whose members have been in it for two months; their learner ids."""
    coordinator, *members = people
    fields = {"school_name": school, "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}
    group_id = api.create_group(course_key, actor(coordinator), fields, size_limit=12, publish=lms(coordinator))
    for member in members:
        api.join_group(course_key, actor(member), group_id, publish=lms(member))
    Membership.objects.filter(group_id=group_id).update(joined=timezone.now() - timedelta(days=60))
    state = api.get_learner_state(course_key, actor(coordinator))
    return [member.learner_id for member in state.group.members]


def actor(user):
    return Actor(user_id=str(user.id), username=user.username, full_name=user.get_full_name())


def test_the_readme_query_counts_meetings_per_week_as_the_dashboard_does(lms, people, statements):
    ana, ivan, marko, petra = people.ana, people.ivan, people.marko, people.petra
    trnsko = a_group(COURSE, [ana, ivan], "OŠ Trnsko", lms)
    senoa = a_group(COURSE, [marko, petra], "OŠ Šenoa", lms)
    api.log_meeting(COURSE, actor(ana), held(trnsko, timedelta(days=-8)), publish=lms(ana))
    api.log_meeting(COURSE, actor(ivan), held(trnsko, timedelta(days=-15)), publish=lms(ivan))
    moved = api.log_meeting(COURSE, actor(marko), held(senoa, timedelta(days=-22)), publish=lms(marko))
    api.edit_meeting(COURSE, actor(marko), moved, held(senoa, timedelta(days=-36)), publish=lms(marko))
    gone = api.log_meeting(COURSE, actor(petra), held(senoa, timedelta(days=-9)), publish=lms(petra))
    api.delete_meeting(COURSE, actor(petra), gone, publish=lms(petra))
    plan = api.plan_meeting(COURSE, actor(ana), planned(timedelta(days=2)), publish=lms(ana))
    api.edit_meeting(COURSE, actor(ana), plan, planned(timedelta(days=3)), publish=lms(ana))
    api.plan_meeting(COURSE, actor(petra), planned(timedelta(days=6)), publish=lms(petra))
    elsewhere = a_group(OTHER_COURSE, [people.staff], "OŠ Dubrava", lms)
    api.log_meeting(OTHER_COURSE, actor(people.staff), held(elsewhere, timedelta(days=-8)), publish=lms(people.staff))

    from chdb import session  # installed in the .venv only

    aspects = session.Session()
    aspects.query("CREATE DATABASE xapi")
    aspects.query(RAW_TABLE)
    rows = "\n".join(json.dumps(row(statement)) for statement in statements.made)
    aspects.query(f"INSERT INTO xapi.xapi_events_all FORMAT JSONEachRow\n{rows}")
    answer = aspects.query(readme_query(), "JSONEachRow").bytes().decode()
    clickhouse = {line["week"]: int(line["meetings"]) for line in map(json.loads, answer.splitlines())}

    dashboard = api.weekly_meetings(COURSE, is_staff=True)
    assert clickhouse == {monday.isoformat(): count for monday, count in dashboard if count}
    assert sum(clickhouse.values()) == 3


def row(statement):
    """The row Aspects keeps of a statement: its id, when it happened (UTC), the statement as JSON."""
    emitted = datetime.fromisoformat(statement["timestamp"]).astimezone(UTC)
    return {
        "event_id": statement["id"],
        "emission_time": f"{emitted:%Y-%m-%d %H:%M:%S.%f}",
        "event": json.dumps(statement),
    }

"""Fixtures shared by every suite, and the rule that CI runs every suite."""

import functools
import inspect
import json
import os
import re

import pytest
from django.db import connection
from django.test import TestCase

from studygroup_xblock.api import get_learner_state
from studygroup_xblock.data import Actor
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY

IN_CI = os.environ.get("CI") == "true"
# The xAPI suite needs an LMS with event-routing-backends, its own settings: --ds=tests.xapi.settings.
collect_ignore = [] if os.environ.get("DJANGO_SETTINGS_MODULE") == "tests.xapi.settings" else ["xapi"]


def require(condition, reason):
    """Skip on a developer's machine when a suite's service is missing; fail in CI."""
    if not condition:
        if IN_CI:
            pytest.fail(f"{reason}; CI must run this suite")
        pytest.skip(reason)


def pytest_sessionfinish(session, exitstatus):
    """In CI a skipped test is a suite that did not run: fail the run."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if IN_CI and skipped and exitstatus == 0:
        reporter.write_line(f"CI=true: {skipped} test(s) skipped; every suite must run in CI.", red=True)
        session.exitstatus = 1


def make_actor(user_id, full_name=None):
    return Actor(user_id=user_id, username=user_id, full_name=full_name or user_id.replace("_", " ").title())


def state_after(change, course_key, actor, *args, **kwargs):
    """Make an api change, then read the actor's learner state, as the block answers a change."""
    change(course_key, actor, *args, **kwargs)
    return get_learner_state(course_key, actor)


class Committed:
    """A module whose every function runs as one request's transaction: committed on return.

    A test's own transaction never commits, so what the api publishes on commit would never
    be seen; here the callbacks that survive the call (a rolled-back call leaves none) run
    as it returns, as they would in production.
    """

    def __init__(self, module):
        self._module = module

    def __getattr__(self, name):
        attribute = getattr(self._module, name)
        if not inspect.isfunction(attribute):
            return attribute

        @functools.wraps(attribute)
        def committed(*args, **kwargs):
            with TestCase.captureOnCommitCallbacks(execute=True):
                return attribute(*args, **kwargs)

        return committed


# A school of Valletta and one of Sliema, nearby: a regional group's two schools.
VALLETTA = {"school_name": "St Albert the Great College", "city": "Valletta", "country": "MT", "language": "en"}
SLIEMA = {"school_name": "St Joseph School", "city": "Sliema", "country": "MT"}


def handlers_of(block_class):
    """The block's handlers by name, and whether each changes something (None: a page an e-mail's link opens,
    which the link's token decides)."""
    return {
        name: getattr(handler, "writes", None)
        for name, handler in inspect.getmembers(block_class)
        if getattr(handler, "_is_xblock_handler", False)
    }


def reading_requests(group_id, meeting_id, day):
    """A request to each handler that only reads (or answers a page), about a group, one of its meetings and a day."""
    return {
        "student_view_user_state": {},
        "search_groups": {"q": "Trnsko"},
        "members_on": {"date": day, "time_zone": "UTC"},
        "meeting_history": {"page": 1},
        "meeting_calendar": {"meeting_id": meeting_id},
        "unit_adaptations": {},
        "staff_dashboard": {},
        "group_record": {"group_id": group_id},
        "participation_record": {},
        "export_csv": {"kind": "groups"},
        "prepared_export": {"export_id": 1},
    }


PAGE_DATA = re.compile(r'<script[^>]*type="application/json"[^>]*>(.*?)</script>', re.DOTALL)


def learner_on_page(html):
    """Whose view a page of the block shows, from the data its script starts with: (school of their group, role)."""
    state = json.loads(PAGE_DATA.search(html).group(1))["state"]
    return (state["group"]["summary"]["school_name"], state["role"]) if state["group"] else (None, None)


def every_row(skip=("django_session",)):
    """Every row of every table (but ``skip``): equal before and after, nothing was written."""
    with connection.cursor() as cursor:
        tables = [name for name in connection.introspection.table_names(cursor) if name not in skip]
        rows = {}
        for table in sorted(tables):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 - the database's own names
            rows[table] = sorted(map(repr, cursor.fetchall()))
    return rows


class EventLog(list):
    """A ``publish`` callable that remembers what was published."""

    def __call__(self, name, data):
        self.append((name, data))

    @property
    def names(self):
        return [name for name, _data in self]


@pytest.fixture
def course_key():
    return WORKBENCH_COURSE_KEY


@pytest.fixture
def events():
    return EventLog()


class Workbench:
    """The xblock-sdk workbench served over real HTTP by the live server."""

    def __init__(self, base_url):
        self.base_url = base_url

    @staticmethod
    def usage_id(scenario):
        from workbench.scenarios import get_scenarios

        return get_scenarios()[scenario].usage_id

    def page_url(self, student, scenario="studygroup.0", view="student_view"):
        suffix = "" if view == "student_view" else f"{view}/"
        return f"{self.base_url}/scenario/{scenario}/{suffix}?student={student}"

    def handler_url(self, student, handler, scenario="studygroup.0"):
        return f"{self.base_url}/handler/{self.usage_id(scenario)}/{handler}/?student={student}"

    def session(self, student, scenario="studygroup.0"):
        return LearnerSession(self, student, scenario)


class LearnerSession:
    """One learner's browser-like session: the CSRF cookie from the page, then JSON posts."""

    def __init__(self, workbench, student, scenario):
        import requests

        self.workbench, self.student, self.scenario = workbench, student, scenario
        self.http = requests.Session()
        self.page = self.http.get(workbench.page_url(student, scenario), timeout=30)
        self.page.raise_for_status()

    def post(self, handler, payload=None, *, raw=None, csrf=True):
        headers = {"Content-Type": "application/json"}
        if csrf:
            headers["X-CSRFToken"] = self.http.cookies["csrftoken"]
        body = raw if raw is not None else json.dumps(payload or {})
        url = self.workbench.handler_url(self.student, handler, self.scenario)
        return self.http.post(url, data=body, headers=headers, timeout=30)


@pytest.fixture
def workbench(live_server):
    """The workbench with its scenarios loaded afresh into this test's database."""
    from workbench.runtime_util import reset_global_state

    reset_global_state()
    return Workbench(live_server.url)


@pytest.fixture
def published(monkeypatch):
    """Events the block publishes through the workbench runtime."""
    from workbench.runtime import WorkbenchRuntime

    log = EventLog()
    monkeypatch.setattr(WorkbenchRuntime, "publish", lambda runtime, block, name, data: log(name, data))
    return log

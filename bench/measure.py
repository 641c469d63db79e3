"""Every view and handler of the block, on one database, as the course grows: ``python -m bench.measure sqlite``.

Prints one JSON document: for each measure its query count and median milliseconds at
each course size, the raw-SQL floors and the peer block measured in the same process,
and the exports' speed and memory. ``bench.run`` runs this once per database and prints
the table.
"""

import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlencode

DATABASE = sys.argv[1] if len(sys.argv) > 1 else "sqlite"
SIZES = tuple(int(size) for size in os.environ.get("BENCH_SIZES", "10,1000,10000").split(","))
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
MARIADB = {"HOST": "127.0.0.1", "PORT": 3306, "USER": "root", "PASSWORD": "", "NAME": "studygroup_bench"}


def database_settings():
    if DATABASE == "sqlite":
        path = Path(tempfile.mkdtemp(prefix="studygroup-bench-")) / "bench.db"
        return {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}}
    import pymysql

    server = pymysql.connect(host=MARIADB["HOST"], port=MARIADB["PORT"], user=MARIADB["USER"], password="")
    with server.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {MARIADB['NAME']}")
        cursor.execute(f"CREATE DATABASE {MARIADB['NAME']} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    server.close()
    return {
        "default": {
            "ENGINE": "django.db.backends.mysql",
            **MARIADB,
            "OPTIONS": {"charset": "utf8mb4"},
        }
    }


os.environ["WORKBENCH_DATABASES"] = json.dumps(database_settings())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

settings.DEBUG = False  # measured as production runs: no per-query logging

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from webob import Request  # noqa: E402
from workbench.runtime import WorkbenchRuntime  # noqa: E402

from bench import floor, seed  # noqa: E402
from studygroup_xblock import api, exports  # noqa: E402
from studygroup_xblock.api import state  # noqa: E402
from studygroup_xblock.data import Actor  # noqa: E402
from studygroup_xblock.models import StudyGroup  # noqa: E402
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY  # noqa: E402

COURSE = WORKBENCH_COURSE_KEY
OWN_TABLES = "studygroup_"
MEMBER, COORDINATOR, NEWCOMER, STAFF = seed.learner_id(0, 1), seed.learner_id(0, 0), "newcomer", "staff"


class Blocks:
    """The bench's blocks, each loaded afresh for every call as the LMS loads one per request."""

    def __init__(self):
        runtime = WorkbenchRuntime(STAFF)
        self.studygroup = runtime.parse_xml_string('<studygroup display_name="Study group"/>')
        self.poll = runtime.parse_xml_string("<poll/>")

    @staticmethod
    def load(usage_id, student):
        runtime = WorkbenchRuntime(student)
        return runtime.get_block(usage_id)

    def view(self, student, usage_id=None):
        return lambda: self.load(usage_id or self.studygroup, student).render("student_view").body_html()

    def handler(self, student, name, *, query=None, payload=None):
        """A call of handler ``name``: a GET with ``query``, else a JSON POST of ``payload``."""

        def call():
            block = self.load(self.studygroup, student)
            if query is not None:
                request = Request.blank("/?" + urlencode(query))
            else:
                request = Request.blank("/", method="POST", body=json.dumps(payload or {}).encode())
                request.content_type = "application/json"
            response = block.runtime.handle(block, name, request)
            if response.status_code != 200:
                raise RuntimeError(f"{name} answered {response.status_code}: {response.body[:300]!r}")
            return response.body

        return call


def measures(blocks, group_id):
    member = Actor(user_id=MEMBER, username=MEMBER)
    gallery = {"gallery": {"sort": "newest"}}
    return {
        "student_view, member": blocks.view(MEMBER),
        "student_view, no group": blocks.view(NEWCOMER),
        "student_view, staff": blocks.view(STAFF),
        "learner state": blocks.handler(MEMBER, "student_view_user_state", payload={}),
        "search by name": blocks.handler(NEWCOMER, "search_groups", query={"q": seed.school_name(0)}),
        "search by country": blocks.handler(NEWCOMER, "search_groups", query={"country": "MT"}),
        "search, all groups": blocks.handler(NEWCOMER, "search_groups", query={}),
        "meeting history, page 2": blocks.handler(MEMBER, "meeting_history", payload={"page": 2}),
        "gallery, newest": blocks.handler(MEMBER, "unit_adaptations", payload=gallery),
        "gallery, most useful": blocks.handler(MEMBER, "unit_adaptations", payload={"gallery": {"sort": "useful"}}),
        "progress board": lambda: state.Reader.of(COURSE, member).progress(),
        "participation record": blocks.handler(MEMBER, "participation_record", query={}),
        "dashboard, by school": blocks.handler(STAFF, "staff_dashboard", query={"sort": "school"}),
        "dashboard, busiest first": blocks.handler(STAFF, "staff_dashboard", query={"sort": "-meetings"}),
        "group record": blocks.handler(STAFF, "group_record", query={"group_id": group_id}),
        # A change is measured alone, and undone after each time: joining by code, then leaving.
        "join by code": Change(
            blocks.handler("joiner", "join_by_code", payload={"code": "B0000002"}),
            undo=blocks.handler("joiner", "leave_group", payload={}),
        ),
        "leave": Change(
            blocks.handler("leaver", "leave_group", payload={}),
            undo=blocks.handler("leaver", "join_by_code", payload={"code": "B0000002"}),
            undo_first=True,
        ),
    }


class Change:
    """A handler that changes something, and the one that puts it back (not measured)."""

    def __init__(self, call, *, undo, undo_first=False):
        self.call, self.undo = call, undo
        if undo_first:
            undo()

    def __call__(self):
        result = self.call()
        self.undo()
        return result


def database_version():
    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    import MySQLdb

    with connection.cursor() as cursor:
        cursor.execute("SELECT VERSION()")
        server = cursor.fetchone()[0].split("-")[0]
    driver = (
        "PyMySQL" if "pymysql" in MySQLdb.__name__.lower() or hasattr(MySQLdb, "install_as_MySQLdb") else "mysqlclient"
    )
    return f"MariaDB {server} (through {driver})"


def side_by_side(first, second, runs=RUNS * 2):
    """Median milliseconds of two calls made in turn, so both meet the same moments of a shared machine."""
    first(), second()
    samples = ([], [])
    for _ in range(runs):
        for call, times in zip((first, second), samples, strict=True):
            start = time.perf_counter()
            call()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples[0]), statistics.median(samples[1])


def median_ms(call, runs=RUNS):
    """Median milliseconds of ``call`` (of a :class:`Change`, without its undoing)."""
    measured, undo = (call.call, call.undo) if isinstance(call, Change) else (call, None)
    samples = []
    for run in range(runs + 1):  # the first warms caches, as a running server has them
        start = time.perf_counter()
        measured()
        if run:
            samples.append((time.perf_counter() - start) * 1000)
        if undo:
            undo()
    return statistics.median(samples)


def query_count(call):
    """Queries on the block's own tables (the workbench's field storage stands in for the LMS's)."""
    measured = call.call if isinstance(call, Change) else call
    with CaptureQueriesContext(connection) as captured:
        measured()
    if isinstance(call, Change):
        call.undo()
    return sum(1 for query in captured.captured_queries if OWN_TABLES in query["sql"])


def export_figures(kind, runs=3):
    """Rows a second (the median of ``runs``) and the peak of Python memory (MiB) while streaming one export."""
    speeds = []
    for _ in range(runs):
        header, rows = api.export_rows(COURSE, kind, is_staff=True)
        counted = []
        start = time.perf_counter()
        for _piece in exports.stream(header, (counted.append(1) or row for row in rows)):
            pass
        speeds.append(len(counted) / (time.perf_counter() - start))
    tracemalloc.start()
    try:
        header, rows = api.export_rows(COURSE, kind, is_staff=True)
        for _piece in exports.stream(header, rows):
            pass
        peak = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    return {"rows": len(counted), "rows_per_s": statistics.median(speeds), "peak_mib": peak}


def main():
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    blocks = Blocks()
    bench_unit = api.register_unit(COURSE, blocks.studygroup, "Unit 1: why study together", "0000")
    unit_ids = seed.units(bench_unit)
    results = {
        "database": DATABASE,
        "database_version": database_version(),
        "sizes": SIZES,
        "runs": RUNS,
        "measures": {},
        "floors": {},
        "peer": {},
        "exports": {},
    }
    calls = None
    member = Actor(user_id=MEMBER, username=MEMBER)
    for size in SIZES:
        grown = time.perf_counter()
        seed.grow(size, unit_ids)
        results.setdefault("seed_seconds", {})[size] = time.perf_counter() - grown
        calls = calls or measures(blocks, StudyGroup.objects.get(join_code="B0000000").pk)
        for name, call in calls.items():
            entry = results["measures"].setdefault(name, {"queries": {}, "ms": {}})
            entry["queries"][size] = query_count(call)
            entry["ms"][size] = median_ms(call)
        results["floors"][size] = {
            "learner state": side_by_side(
                lambda: api.get_learner_state(COURSE, member), lambda: floor.learner_state(MEMBER)
            ),
            "dashboard page": side_by_side(
                lambda: api.course_dashboard(COURSE, is_staff=True, sort="school"),
                lambda: floor.dashboard_page(str(COURSE)),
            ),
        }
        ours, poll = side_by_side(blocks.view(MEMBER), blocks.view(MEMBER, blocks.poll))
        results["peer"][size] = {"studygroup": ours, "poll": poll}
        if size >= 1000:
            results["exports"][size] = {
                kind: export_figures(kind) for kind in ("groups", "memberships", "meetings", "adaptations")
            }
    results["seconds"] = time.perf_counter() - started
    print(json.dumps(results))


if __name__ == "__main__":
    main()

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
# As in the LMS, the e-mails a change queues are sent by the Celery workers, not in the request.
settings.CELERY_TASK_ALWAYS_EAGER = False

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from bench import floor, seed  # noqa: E402
from bench.views import COURSE, MEMBER, STAFF, Blocks, Change, measures  # noqa: E402
from studygroup_xblock import api, exports  # noqa: E402
from studygroup_xblock.data import Actor  # noqa: E402
from studygroup_xblock.models import StudyGroup  # noqa: E402

OWN_TABLES = "studygroup_"


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


def learner_state():
    return api.get_learner_state(COURSE, Actor(user_id=MEMBER, username=MEMBER))


def dashboard_page():
    return api.course_dashboard(COURSE, is_staff=True, sort="school")


def plainly(call):
    """``call`` with the api's reads run as plain querysets (``api/prepared.py``)."""

    def plain():
        with override_settings(STUDYGROUP_XBLOCK_PREPARED_READS=False):
            return call()

    return plain


def median_ms(call, reference, runs=RUNS):
    """Median milliseconds of ``call`` (of a :class:`Change`, without its undoing), and of ``reference``
    timed in turn with it: a workload that does not grow with the course, so that comparing sizes
    measured minutes apart can discount how busy the shared machine was meanwhile."""
    measured, undo = (call.call, call.undo) if isinstance(call, Change) else (call, None)
    samples = ([], [])
    for run in range(runs + 1):  # the first warms caches, as a running server has them
        for work, times in ((measured, samples[0]), (reference, samples[1])):
            start = time.perf_counter()
            work()
            if run:
                times.append((time.perf_counter() - start) * 1000)
        if undo:
            undo()
    return statistics.median(samples[0]), statistics.median(samples[1])


def query_count(call):
    """Queries on the block's own tables (the workbench's field storage stands in for the LMS's), once a call
    has warmed the caches as a running server has them: the first read of each prepared shape on a
    connection runs twice, its plan proven against the plain queryset (api/prepared.py)."""
    measured, undo = (call.call, call.undo) if isinstance(call, Change) else (call, lambda: None)
    measured()
    undo()
    with CaptureQueriesContext(connection) as captured:
        measured()
    undo()
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
    blocks = Blocks(with_peer=True)
    bench_unit = api.register_unit(
        COURSE, Actor(user_id=STAFF, username=STAFF), blocks.studygroup, "Unit 1: why study together", "0000"
    )
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
    for size in SIZES:
        grown = time.perf_counter()
        seed.grow(size, unit_ids)
        results.setdefault("seed_seconds", {})[size] = time.perf_counter() - grown
        calls = calls or measures(blocks, StudyGroup.objects.get(join_code="B0000000").pk)
        reference = blocks.view(MEMBER, blocks.poll)  # the platform's poll block: nothing of it grows
        for name, call in calls.items():
            entry = results["measures"].setdefault(name, {"queries": {}, "ms": {}, "reference_ms": {}})
            entry["queries"][size] = query_count(call)
            entry["ms"][size], entry["reference_ms"][size] = median_ms(call, reference)
        results["floors"][size] = {
            "learner state": side_by_side(learner_state, lambda: floor.learner_state(MEMBER)),
            "dashboard page": side_by_side(dashboard_page, lambda: floor.dashboard_page(str(COURSE))),
            "learner state, plain querysets": side_by_side(plainly(learner_state), learner_state),
            "dashboard page, plain querysets": side_by_side(plainly(dashboard_page), dashboard_page),
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

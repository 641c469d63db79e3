"""Speed and memory of the learner view at the size of a large course: ``make bench``.

Seeds 300 groups of 10 teachers with 20 meetings each (10 present, 3 action items)
into a throwaway SQLite database, then times the
calls a learner's page makes and prints a table against the targets. A slow school
laptop on a school network must get the page quickly; the server's share is this.
"""

import os
import statistics
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

WORKDIR = Path(tempfile.mkdtemp(prefix="studygroup-bench-"))
os.environ["WORKBENCH_DATABASES"] = '{"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "%s"}}' % (
    WORKDIR / "bench.db"
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402
from workbench.runtime import WorkbenchRuntime  # noqa: E402

from studygroup_xblock import api, exports  # noqa: E402
from studygroup_xblock.data import Actor  # noqa: E402
from studygroup_xblock.models import (  # noqa: E402
    ActionItem,
    Attendance,
    Learner,
    Meeting,
    Membership,
    StudyGroup,
)
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY  # noqa: E402

GROUPS, MEMBERS, MEETINGS, RUNS = 300, 10, 20, 30
COUNTRIES = ["HR", "DE", "IT", "MT", "NL", "PT", "RO", "ES"]


def seed():
    now = timezone.now()
    learners = Learner.objects.bulk_create(
        Learner(user_id=f"t{n}", username=f"t{n}", full_name=f"Teacher {n}") for n in range(GROUPS * MEMBERS)
    )
    groups = StudyGroup.objects.bulk_create(
        StudyGroup(
            course_key=WORKBENCH_COURSE_KEY,
            school_name=f"School {n}",
            city=f"Town {n % 40}",
            country=COUNTRIES[n % len(COUNTRIES)],
            language="en",
            school_key=f"school {n}|town {n % 40}",
            join_code=f"C{n:07d}",
            size_limit=12,
            created_by=learners[n * MEMBERS],
        )
        for n in range(GROUPS)
    )
    Membership.objects.bulk_create(
        Membership(
            group=group,
            learner=learners[g * MEMBERS + m],
            course_key=WORKBENCH_COURSE_KEY,
            role="coordinator" if m == 0 else "member",
            joined=now,
        )
        for g, group in enumerate(groups)
        for m in range(MEMBERS)
    )
    meetings = Meeting.objects.bulk_create(
        Meeting(
            group=group,
            status="held",
            start=now - timedelta(weeks=k + 1),
            duration_minutes=60,
            mode="in_person",
            created_by=learners[g * MEMBERS],
            outcomes="Outcomes " * 20,
            notes="Notes " * 100,
        )
        for g, group in enumerate(groups)
        for k in range(MEETINGS)
    )
    Attendance.objects.bulk_create(
        Attendance(meeting=meeting, learner=learners[(i // MEETINGS) * MEMBERS + m])
        for i, meeting in enumerate(meetings)
        for m in range(MEMBERS)
    )
    ActionItem.objects.bulk_create(
        ActionItem(meeting=meeting, text=f"Action {a}", owner=learners[(i // MEETINGS) * MEMBERS + a])
        for i, meeting in enumerate(meetings)
        for a in range(3)
    )


def timed(call, runs=RUNS):
    """Median milliseconds over ``runs`` calls."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def render_page(student):
    runtime = WorkbenchRuntime(student)
    block = runtime.get_block(runtime.parse_xml_string("<studygroup/>"))
    return block.render("student_view").body_html()


def peak_memory(call):
    """What ``call`` returns, and the most memory (MiB) Python held while it ran."""
    tracemalloc.start()
    try:
        result = call()
        return result, tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def export_meetings():
    header, rows = api.export_rows(WORKBENCH_COURSE_KEY, "meetings", is_staff=True)
    for _chunk in exports.stream(header, rows):
        pass


def join_and_leave():
    newcomer = Actor(user_id="newcomer", username="newcomer")
    api.join_group_by_code(WORKBENCH_COURSE_KEY, newcomer, "C0000150", publish=lambda *args: None)
    api.leave_group(WORKBENCH_COURSE_KEY, newcomer, publish=lambda *args: None)


def main():
    call_command("migrate", "--run-syncdb", verbosity=0)
    seed()
    member = Actor(user_id="t1234", username="t1234")
    group_of_member = api.get_learner_state(WORKBENCH_COURSE_KEY, member).group.summary.id
    page, peak_mb = peak_memory(lambda: render_page("t1234"))
    _, export_peak_mb = peak_memory(export_meetings)
    rows = [
        (
            "learner state (member of 10, 20 meetings)",
            timed(lambda: api.get_learner_state(WORKBENCH_COURSE_KEY, member)),
            30,
            "ms",
        ),
        ("meeting history, page 4", timed(lambda: api.meeting_history(WORKBENCH_COURSE_KEY, member, 4)), 30, "ms"),
        (
            "search by name, page 1 of 300 groups",
            timed(lambda: api.search_groups(WORKBENCH_COURSE_KEY, "school 1")),
            50,
            "ms",
        ),
        ("search by country", timed(lambda: api.search_groups(WORKBENCH_COURSE_KEY, country="MT")), 50, "ms"),
        ("student_view render (member)", timed(lambda: render_page("t1234")), 150, "ms"),
        ("student_view render (no group yet)", timed(lambda: render_page("newcomer")), 150, "ms"),
        ("join by code + leave", timed(join_and_leave), 60, "ms"),
        (
            "staff dashboard, busiest groups first",
            timed(lambda: api.course_dashboard(WORKBENCH_COURSE_KEY, is_staff=True, sort="-meetings")),
            100,
            "ms",
        ),
        (
            "group record (20 meetings)",
            timed(lambda: api.group_report(WORKBENCH_COURSE_KEY, member, group_of_member, is_staff=True)),
            60,
            "ms",
        ),
        ("meetings CSV export, whole course", timed(export_meetings, runs=3), 3000, "ms"),
        ("student_view HTML size", len(page.encode()) / 1024, 150, "KiB"),
        ("student_view peak memory", peak_mb, 30, "MiB"),
        ("meetings CSV export peak memory (6,000 rows)", export_peak_mb, 30, "MiB"),
    ]
    print(f"{GROUPS} groups x {MEMBERS} members x {MEETINGS} meetings, SQLite, median of {RUNS} runs\n")
    print(f"| {'measure':<44} | {'result':>10} | {'target':>10} | ok  |")
    print(f"|{'-' * 46}|{'-' * 12}|{'-' * 12}|-----|")
    for name, value, target, unit in rows:
        ok = "yes" if value <= target else "NO"
        print(f"| {name:<44} | {value:>6.1f} {unit:<3} | {target:>6} {unit:<3} | {ok:<3} |")


if __name__ == "__main__":
    main()

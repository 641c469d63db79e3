"""Speed and memory at course scale, against their targets: ``make bench``.

Runs ``bench.measure`` on SQLite and on MariaDB (127.0.0.1:3306, as the database tests use
it; left out, and said so, when it is not there), one process each, and prints one table.
Times are medians on a shared machine, so the targets are ratios taken in the same run:
a course of 10,000 groups against one of 10, the api against a hand-written SQL floor,
the learner view against the platform's bundled poll block.
"""

import json
import os
import platform
import socket
import subprocess
import sys
import time
from pathlib import Path

DATABASES = ("sqlite", "mariadb")
MAX_QUERIES, MAX_GROWTH, MAX_OVER_FLOOR, MAX_OVER_PEER = 12, 1.5, 2.0, 1.5
MIN_ROWS_PER_S, MAX_MEMORY_GROWTH = 50_000, 1.5


def main():
    started = time.perf_counter()
    results = [measured for database in DATABASES if (measured := run(database))]
    print(machine(results))
    print()
    verdicts = [*views(results), *ratios(results), *exports(results)]
    failed = [name for name, ok in verdicts if not ok]
    print(f"\n{len(verdicts) - len(failed)} of {len(verdicts)} within target; {time.perf_counter() - started:.0f} s")
    for name in failed:
        print(f"  NOT within target: {name}")


def run(database):
    if database == "mariadb" and not _listening("127.0.0.1", 3306):
        print("MariaDB is not listening on 127.0.0.1:3306: measured on SQLite only.\n")
        return None
    done = subprocess.run(  # noqa: S603 - this interpreter, this package
        [sys.executable, "-m", "bench.measure", database],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(done.stdout)


def machine(results):
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo") if line.startswith("model name")), "?")
    databases = ", ".join(f"{result['database_version']}" for result in results)
    first = results[0]
    return (
        f"On {cpu}, {os.cpu_count()} cores; Python {platform.python_version()}; {databases}.\n"
        f"Courses of {' / '.join(f'{size:,}' for size in first['sizes'])} groups "
        "(10 teachers, 10 meetings, 2 adaptations each); median of "
        f"{first['runs']} calls, after one to warm up; queries on the block's own tables."
    )


def views(results):
    print("| view / handler | database | queries | " + " | ".join(_sizes(results)) + " | 10k ÷ 10 | ok |")
    print("|---|---|---|" + "---|" * len(_sizes(results)) + "---|---|")
    for name in results[0]["measures"]:
        for result in results:
            entry = result["measures"][name]
            queries = list(entry["queries"].values())
            times = list(entry["ms"].values())
            references = list(entry["reference_ms"].values())
            growth = (times[-1] / references[-1]) / (times[0] / references[0])
            ok = max(queries) <= MAX_QUERIES and len(set(queries[1:])) == 1 and growth <= MAX_GROWTH
            shown = f"{max(queries)}" if len(set(queries)) == 1 else "/".join(map(str, queries))
            cells = " | ".join(f"{ms:.1f} ms" for ms in times)
            print(f"| {name} | {result['database']} | {shown} | {cells} | {growth:.2f} | {_ok(ok)} |")
            yield f"{name} on {result['database']}", ok
    print(
        f"\nTargets: at most {MAX_QUERIES} queries, the same from 1,000 groups on; 10k ÷ 10 at most {MAX_GROWTH}, "
        "each time taken relative to the poll block's render timed in turn with it (the sizes are measured "
        "minutes apart on a shared machine).\n"
    )


def ratios(results):
    print("| ratio, same run | database | " + " | ".join(_sizes(results)) + " | target | ok |")
    print("|---|---|" + "---|" * len(_sizes(results)) + "---|---|")
    for result in results:
        by_size = _by_size(result, "floors")
        for name, target, pairs in (
            (
                "learner state ÷ its SQL floor",
                MAX_OVER_FLOOR,
                [floors["learner state"] for floors in by_size],
            ),
            (
                "dashboard page ÷ its SQL floor",
                MAX_OVER_FLOOR,
                [floors["dashboard page"] for floors in by_size],
            ),
            (
                "student_view ÷ xblock-poll's",
                MAX_OVER_PEER,
                [(peer["studygroup"], peer["poll"]) for peer in _by_size(result, "peer")],
            ),
            *(
                (f"{read} ÷ prepared", None, [floors[read] for floors in by_size])
                for read in ("learner state, plain querysets", "dashboard page, plain querysets")
            ),
        ):
            values = [ours / theirs for ours, theirs in pairs]
            cells = " | ".join(
                f"{value:.2f} ({ours:.2f} ÷ {theirs:.2f} ms)"
                for value, (ours, theirs) in zip(values, pairs, strict=True)
            )
            if target is None:  # what a setting chooses between: shown, not held to a target
                print(f"| {name} | {result['database']} | {cells} | shown | |")
                continue
            ok = max(values) <= target
            print(f"| {name} | {result['database']} | {cells} | ≤ {target} | {_ok(ok)} |")
            yield f"{name} on {result['database']}", ok
    print(
        "\nPlain querysets: the api's reads with STUDYGROUP_XBLOCK_PREPARED_READS = False, the fallback "
        "of docs/decisions/0012-prepared-reads.rst.\n"
    )


def exports(results):
    print("| export | database | rows | rows/s | peak memory | target | ok |")
    print("|---|---|---|---|---|---|---|")
    for result in results:
        sizes = sorted(result["exports"], key=int)
        if not sizes:  # exports are measured from 1,000 groups on
            continue
        for kind in result["exports"][sizes[0]]:
            figures = [result["exports"][size][kind] for size in sizes]
            flat = figures[-1]["peak_mib"] <= MAX_MEMORY_GROWTH * figures[0]["peak_mib"] + 1
            for place, figure in enumerate(figures):
                ok = figure["rows_per_s"] >= MIN_ROWS_PER_S and (place == 0 or flat)
                print(
                    f"| {kind} | {result['database']} | {figure['rows']:,} | {figure['rows_per_s']:,.0f} | "
                    f"{figure['peak_mib']:.1f} MiB | ≥ {MIN_ROWS_PER_S:,}/s, flat | {_ok(ok)} |"
                )
                yield f"{kind} export of {figure['rows']:,} rows on {result['database']}", ok
    print(f"\nFlat: the peak at the largest size at most {MAX_MEMORY_GROWTH} times the smallest's, plus 1 MiB.")


def _by_size(result, key):
    return [result[key][str(size)] for size in result["sizes"]]


def _sizes(results):
    return [f"{size:,} groups" for size in results[0]["sizes"]]


def _ok(ok):
    return "yes" if ok else "**NO**"


def _listening(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _read(path):
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


if __name__ == "__main__":
    main()

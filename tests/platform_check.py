"""Print the stack a tox environment runs on, and fail if it is not the platform's.

``python -m tests.platform_check ulmo`` checks that every package Ulmo pins and this
environment holds has exactly Ulmo's version: the suites that follow then test the
block on the platform as it is, not on whatever pip preferred.
"""

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PINS = Path(__file__).resolve().parent.parent / "requirements" / "platform"
SHOWN = (
    "XBlock",
    "xblock-sdk",
    "Django",
    "web-fragments",
    "edx-opaque-keys",
    "icalendar",
    "django-countries",
    "babel",
    "event-tracking",
    "edx-event-routing-backends",
)


def pins(platform):
    """``{name: version}`` of a pin file's ``name==version`` lines."""
    lines = (PINS / f"{platform}.txt").read_text().splitlines()
    requirements = [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]
    return {canonicalize_name(req.name): next(iter(req.specifier)).version for req in requirements}


def installed(name):
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def main(platform):
    print(f"{platform}: Python {sys.version.split()[0]}, " + ", ".join(f"{n} {installed(n)}" for n in SHOWN))
    if not (PINS / f"{platform}.txt").is_file():
        return 0
    moved = {
        name: (pinned, installed(name))
        for name, pinned in pins(platform).items()
        if installed(name) not in (None, pinned)
    }
    for name, (pinned, found) in moved.items():
        print(f"  {name}: the platform pins {pinned}, this environment has {found}")
    outside = [req for req in aspects() if not req.specifier.contains(installed(req.name) or "0")]
    for req in outside:
        found = installed(req.name)
        print(f"  {req.name}: Aspects installs {req.specifier} beside the platform, this environment has {found}")
    return 1 if moved or outside else 0


def aspects():
    """What Aspects installs beside the platform (``platform/aspects.txt``), as requirements."""
    lines = (PINS / "aspects.txt").read_text().splitlines()
    return [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

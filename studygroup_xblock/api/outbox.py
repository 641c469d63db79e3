"""The one way work leaves a change: e-mails to send and exports to prepare, once it commits (ADR 11).

The api decides what must go; an adapter decides what runs it. ``apps.py`` connects the
Celery tasks when Django starts, so the api never imports them (the tasks import the api).
"""

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

SEND_MAIL = "send_mail"  # the keys of the e-mails a change queued
MAKE_EXPORT = "make_export"  # the id of a prepared export that waits

_runners: dict[str, Callable[..., object]] = {}


def connect(job: str, runner: Callable[..., object]) -> None:
    """Have ``runner`` take every ``job`` posted from now on."""
    _runners[job] = runner


def post(job: str, *args: object) -> bool:
    """Hand ``job`` to its runner; False where none could take it (none connected, or the broker refused).

    The caller decides what a refusal means: e-mails wait for the next sweep, an export fails at once.
    """
    runner = _runners.get(job)
    if runner is None:
        log.error("Nothing runs %s: is the studygroup_xblock app installed?", job)
        return False
    try:
        runner(*args)
    except Exception:
        log.exception("%s could not be queued", job)
        return False
    return True

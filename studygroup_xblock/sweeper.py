"""Meeting reminders without cron or Celery beat: the platform's own Celery workers ask for them.

Tutor (local, dev and Kubernetes) runs the LMS's and Studio's Celery workers, and no cron
and no beat (decision 0010). So every worker, once Celery says it is ready
(``worker_ready``, in its main process), starts a thread that queues ``tasks.sweep_mail``
every ``STUDYGROUP_MAIL_SWEEP_SECONDS`` (60; 0 switches it off), until the worker shuts
down. Workers ask at most once a period between them (the cache's atomic ``add``); however
often the sweep runs, each reminder is queued once and each e-mail sent once (``api.mail``).
Nothing waits in the broker for its time, so a worker restarted, or a broker emptied, loses
nothing: the next sweep finds what is due in the database.
"""

import logging
import threading

from celery import signals
from django.conf import settings
from django.core.cache import cache
from django.db import close_old_connections

from . import tasks

log = logging.getLogger(__name__)

ASKED = "studygroup_xblock.mail_sweep_asked"
DEFAULT_PERIOD = 60  # seconds: a reminder goes out within about a minute of its time
stopping = threading.Event()


def connect():
    """Start a sweeper in every Celery worker of the LMS or Studio that loads this app, and stop it with it."""
    signals.worker_ready.connect(start, weak=False, dispatch_uid=ASKED)
    signals.worker_shutting_down.connect(stop, weak=False, dispatch_uid=ASKED)


def start(sender=None, **kwargs):
    period = getattr(settings, "STUDYGROUP_MAIL_SWEEP_SECONDS", DEFAULT_PERIOD)
    if period:
        stopping.clear()
        threading.Thread(target=_every, args=(period,), name="studygroup-mail-sweeper", daemon=True).start()


def stop(sender=None, **kwargs):
    stopping.set()


def _every(period):
    while not stopping.wait(period):
        ask_for_a_sweep(period)


def ask_for_a_sweep(period):
    """Queue a sweep, unless another worker did within this period; a broker or cache that fails now is
    asked again next period."""
    try:
        if cache.add(ASKED, True, timeout=max(1, int(period) - 1)):
            tasks.sweep_mail_task.delay()
    except Exception:  # whatever the broker or cache raised, the thread must live to ask again
        log.exception("Could not ask for a sweep of the study group e-mails; asking again in %s s", period)
    finally:
        close_old_connections()

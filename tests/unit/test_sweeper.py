"""Reminders without cron or beat (sweeper.py): every Celery worker asks for a sweep of the e-mails each period."""

import threading
import time

import pytest
from celery import signals
from django.core.cache import cache

from studygroup_xblock import sweeper, tasks

pytestmark = pytest.mark.django_db  # the sweeper lets go of connections its cache may have opened


@pytest.fixture
def asked(monkeypatch):
    """The sweeps queued, by the task's ``delay`` (the broker's side is tests/database/test_worker.py)."""
    queued = []
    monkeypatch.setattr(tasks.sweep_mail_task, "delay", lambda: queued.append("sweep"))
    cache.delete(sweeper.ASKED)
    yield queued
    cache.delete(sweeper.ASKED)


def test_workers_ask_for_one_sweep_a_period_between_them(asked):
    for _worker in ("lms-worker", "cms-worker", "lms-worker-2"):
        sweeper.ask_for_a_sweep(60)
    cache.delete(sweeper.ASKED)  # the period is over
    sweeper.ask_for_a_sweep(60)

    assert asked == ["sweep", "sweep"]


def test_a_broker_that_refuses_now_is_asked_again_next_period(asked, monkeypatch, caplog):
    def refused():
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with monkeypatch.context() as broken:
        broken.setattr(tasks.sweep_mail_task, "delay", refused)
        sweeper.ask_for_a_sweep(60)
    cache.delete(sweeper.ASKED)
    sweeper.ask_for_a_sweep(60)

    assert "Could not ask for a sweep" in caplog.text
    assert asked == ["sweep"]


def test_a_ready_worker_asks_every_period_until_it_shuts_down(monkeypatch, settings):
    """The signals as Celery sends them: ``worker_ready`` from the consumer, ``worker_shutting_down`` on a stop."""
    settings.STUDYGROUP_MAIL_SWEEP_SECONDS = 0.02
    periods = []
    monkeypatch.setattr(sweeper, "ask_for_a_sweep", periods.append)

    signals.worker_ready.send(sender=None)
    (thread,) = [thread for thread in threading.enumerate() if thread.name == "studygroup-mail-sweeper"]
    deadline = time.monotonic() + 5
    while len(periods) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    signals.worker_shutting_down.send(sender=None, sig="SIGTERM", how="Warm", exitcode=0)
    thread.join(timeout=5)

    assert periods[:3] == [0.02] * 3
    assert not thread.is_alive()


def test_it_can_be_switched_off(settings):
    settings.STUDYGROUP_MAIL_SWEEP_SECONDS = 0

    signals.worker_ready.send(sender=None)

    assert "studygroup-mail-sweeper" not in [thread.name for thread in threading.enumerate()]

"""Meeting reminders with no cron and no eager Celery: real worker processes take them from Redis.

As under Tutor: the demo's Celery app (the platform's stand-in) in worker processes of
their own, Redis as broker and shared cache, MariaDB behind them, no cron and no beat.
Each worker's sweeper asks for a sweep every second here (every minute by default). A
meeting whose reminder falls due gets one reminder per member, from whichever worker
sweeps first; a worker killed and another started meanwhile lose none and double none;
a meeting moved or deleted before its reminder is due gets none.
"""

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from email import message_from_bytes
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from studygroup_xblock import api
from studygroup_xblock.data import MailSetting
from studygroup_xblock.models import Mail, Meeting
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY as COURSE
from tests.conftest import make_actor, require, state_after

from .proxy import wait_for

pytestmark = [pytest.mark.mysql, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
BROKER = "redis://127.0.0.1:6379/13"  # databases of their own, emptied before and after
CACHE = "redis://127.0.0.1:6379/14"
SCHOOL = {"school_name": "OŠ Trnsko", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}
MEMBERS = ("ana", "ivan", "marko")


def ignore(name, data):
    """The scene is set through the api; its events are not what is tested."""


@pytest.fixture
def redis_server():
    import redis

    servers = [redis.Redis.from_url(url) for url in (BROKER, CACHE)]
    try:
        servers[0].ping()
    except redis.ConnectionError as error:
        require(False, f"Redis does not answer on 127.0.0.1:6379 ({error})")
    for server in servers:
        server.flushdb()
    yield
    for server in servers:
        server.flushdb()


class Workers:
    """Celery worker processes of the demo's app, each in its own folder (its e-mails land in var/mail)."""

    def __init__(self, folder):
        self.folder = folder
        self.running = {}
        database = {**connection.settings_dict, "CONN_MAX_AGE": 0}
        keys = ("ENGINE", "NAME", "USER", "PASSWORD", "HOST", "PORT", "OPTIONS", "ATOMIC_REQUESTS")
        database = {key: database[key] for key in keys}
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "demo.settings",
            "PYTHONPATH": str(ROOT),
            "WORKBENCH_DATABASES": json.dumps({"default": database}),
            "DEMO_CELERY_BROKER": BROKER,
            "DEMO_CACHE": CACHE,
            "DEMO_MAIL_SWEEP_SECONDS": "1",
        }

    def start(self, name):
        (self.folder / name / "var").mkdir(parents=True)
        log = (self.folder / name / "worker.log").open("w")
        self.running[name] = subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", "demo.celery", "worker", "--hostname", f"{name}@%h"),
                *("--concurrency", "2", "--loglevel", "info", "--without-mingle", "--without-gossip"),
            ],
            env=self.environment,
            cwd=self.folder / name,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for(lambda: self.ready(name), failing=f"{name} did not start")

    def ready(self, name):
        assert self.running[name].poll() is None, (self.folder / name / "worker.log").read_text()
        return " ready." in (self.folder / name / "worker.log").read_text()

    def kill(self, name):
        """Gone at once, as a container is killed: no warm shutdown, nothing handed back."""
        self.running.pop(name).send_signal(signal.SIGKILL)

    def stop_all(self):
        for process in self.running.values():
            process.terminate()
        for process in self.running.values():
            process.wait(timeout=30)

    def reminders(self):
        """Each reminder the workers sent, as (its reader, its meeting's date): from the files of var/mail."""
        sent = []
        for path in self.folder.glob("*/var/mail/*.log"):
            for raw in path.read_bytes().split(b"-" * 79 + b"\n"):
                message = message_from_bytes(raw)
                if "Reminder" in str(message["Subject"] or "") or "Podsjetnik" in str(message["Subject"] or ""):
                    sent.append((message["To"].split("@")[0], message["Subject"]))
        return sorted(sent)


@pytest.fixture
def workers(redis_server, tmp_path):
    running = Workers(tmp_path)
    yield running
    running.stop_all()


def planned(days):
    moment = timezone.now() + timedelta(days=days)
    return {"date": f"{moment:%Y-%m-%d}", "time": "16:00", "time_zone": "UTC", "duration_minutes": 60}


def test_each_reminder_goes_out_once_across_worker_restarts_and_none_for_moved_or_deleted_meetings(workers):
    group = state_after(api.create_group, COURSE, make_actor("ana"), SCHOOL, size_limit=12, publish=ignore).group
    for member in MEMBERS[1:]:
        api.join_group(COURSE, make_actor(member), group.summary.id, publish=ignore)
    for days in (3, 4, 5):
        fields = {**planned(days), "mode": "in_person"}
        api.plan_meeting(COURSE, make_actor("ana"), fields, publish=ignore, mail_setting=MailSetting(remind_hours=24))
    meetings = list(Meeting.objects.order_by("start"))
    workers.start("lms-worker")
    workers.start("cms-worker")

    # As if the day before each had come: their reminders fall due in a few seconds. Two change meanwhile.
    Meeting.objects.update(remind_at=timezone.now() + timedelta(seconds=6))
    api.edit_meeting(COURSE, make_actor("ana"), meetings[1].pk, {**planned(9), "mode": "online"}, publish=ignore)
    api.delete_meeting(COURSE, make_actor("ana"), meetings[2].pk, publish=ignore)
    workers.kill("lms-worker")  # and a worker is restarted
    workers.start("lms-worker-2")

    sent = Mail.objects.filter(kind="reminder", state=Mail.SENT)
    wait_for(lambda: sent.count() >= len(MEMBERS), failing="no worker sent the reminders within a minute")
    time.sleep(4)  # a few more sweeps, by each worker

    reminders = Mail.objects.filter(kind="reminder")
    assert sorted(reminders.values_list("recipient__user_id", "meeting_id", "state")) == [
        (member, meetings[0].pk, Mail.SENT) for member in sorted(MEMBERS)
    ]
    assert [reader for reader, _subject in workers.reminders()] == sorted(MEMBERS)
    assert Meeting.objects.get(pk=meetings[0].pk).remind_at is None
    assert Meeting.objects.get(pk=meetings[1].pk).remind_at > timezone.now() + timedelta(days=7)

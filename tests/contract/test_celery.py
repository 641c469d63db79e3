"""The platform's Celery app finds and runs the block's background tasks with no settings edited."""

import json

import pytest
from celery import Celery, signals

from studygroup_xblock import sweeper, tasks
from studygroup_xblock.models import Learner, PreparedExport

from .conftest import COURSE

pytestmark = pytest.mark.django_db


@pytest.fixture
def platform_celery():
    """The app as ``openedx/core/lib/celery/__init__.py`` makes it for the LMS's and Studio's workers:
    ``Celery('proj')``, configured from Django's settings, tasks discovered in the installed apps
    (plugin apps, ours among them, are installed by their entry points)."""
    app = Celery("proj", set_as_current=False)
    app.config_from_object("django.conf:settings")
    app.autodiscover_tasks()
    app.loader.import_default_modules()
    return app


def test_the_platforms_workers_know_the_blocks_tasks(platform_celery):
    for task in (tasks.make_export_task, tasks.send_mail_task, tasks.sweep_mail_task):
        assert task.name in platform_celery.tasks


def test_a_worker_of_the_platform_starts_the_sweeper_when_ready(platform_celery, monkeypatch):
    """``worker_ready`` is Celery's, whichever app the worker runs: the app connected it when Django set up."""
    started = []
    monkeypatch.setattr(sweeper.threading, "Thread", lambda **thread: started.append(thread["name"]) or Idle())

    signals.worker_ready.send(sender=None)

    assert started == ["studygroup-mail-sweeper"]


class Idle:
    def start(self):
        """Not started: the thread's work is tests/unit/test_sweeper.py's."""


def test_a_worker_runs_it_by_name_with_a_json_argument(platform_celery, settings, tmp_path):
    """The platform's workers take tasks as JSON (``CELERY_TASK_SERIALIZER``): an export's id is all it needs."""
    settings.MEDIA_ROOT = str(tmp_path)
    staff = Learner.objects.create(user_id="7", username="staff")
    export = PreparedExport.objects.create(course_key=COURSE, kind="groups", requested_by=staff)
    task = platform_celery.tasks[tasks.make_export_task.name]

    task.apply(args=json.loads(json.dumps([export.pk]))).get()

    export.refresh_from_db()
    assert (export.state, export.rows) == (PreparedExport.READY, 0)
    assert (tmp_path / export.file_name).read_bytes().startswith("\ufeffgroup_id,".encode())

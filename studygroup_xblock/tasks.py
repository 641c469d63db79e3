"""Background work, run by the platform's Celery workers.

The LMS's Celery app finds a ``tasks`` module in every installed Django app (this one is
installed by its plugin entry point), so its workers run these with no settings to edit.
"""

from celery import shared_task

from .api import reports


@shared_task(name="studygroup_xblock.tasks.make_export")
def make_export_task(export_id):
    """Prepare a large CSV export (see ``api.reports``)."""
    reports.make_export(export_id)

"""Background work, run by the platform's Celery workers.

The LMS's Celery app finds a ``tasks`` module in every installed Django app (this one is
installed by its plugin entry point), so its workers run these with no settings to edit.
"""

from celery import shared_task

from .api import mail, reports


@shared_task(name="studygroup_xblock.tasks.make_export")
def make_export_task(export_id):
    """Prepare a large CSV export (see ``api.reports``)."""
    reports.make_export(export_id)


@shared_task(name="studygroup_xblock.tasks.send_mail")
def send_mail_task(keys):
    """Send the e-mails a change queued (see ``api.mail``); one the mail server refused waits for a sweep."""
    mail.send_waiting(keys)


@shared_task(name="studygroup_xblock.tasks.sweep_mail", ignore_result=True)
def sweep_mail_task():
    """Queue the meeting reminders due and send the e-mails waiting: the workers ask for it every minute
    (``sweeper.py``)."""
    mail.sweep_mail()

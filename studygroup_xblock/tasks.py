"""Background work, run by the platform's Celery workers.

The LMS's Celery app finds a ``tasks`` module in every installed Django app (this one is
installed by its plugin entry point), so its workers run these with no settings to edit.
"""

from celery import shared_task

from .api import mail, reports

RETRY_AFTER_SECONDS = 300  # a mail server that refused an e-mail is asked again after this


@shared_task(name="studygroup_xblock.tasks.make_export")
def make_export_task(export_id):
    """Prepare a large CSV export (see ``api.reports``)."""
    reports.make_export(export_id)


@shared_task(name="studygroup_xblock.tasks.send_mail")
def send_mail_task(keys):
    """Send the e-mails a change queued (see ``api.mail``); those the mail server refused are tried again later."""
    if mail.send_waiting(keys)["waiting"]:
        send_mail_task.apply_async((keys,), countdown=RETRY_AFTER_SECONDS)

"""Queue the meeting reminders that are due and send every study-group e-mail still waiting.

The platform's Celery workers do this every minute by themselves (decision 0010); run it
where none run (``CELERY_ALWAYS_EAGER``), or to see what is due now:
``./manage.py lms send_studygroup_mail``. Running it twice at once, or as the workers do,
sends nothing twice.
"""

from django.core.management.base import BaseCommand

from studygroup_xblock import api


class Command(BaseCommand):
    help = "Queue the study-group meeting reminders that are due, and send the study-group e-mails waiting."

    def handle(self, *args, **options):
        run = api.retrying(api.sweep_mail)
        self.stdout.write(
            f"Reminders: {run.meetings_reminded} meeting(s) due, {run.reminders_queued} e-mail(s) queued.\n"
            f"Of the e-mails this run queued or tried to send: {run.sent} sent, "
            f"{run.to_go} still to go (with a Celery worker, or to be tried again), "
            f"{run.skipped} not needed any more, {run.failed} given up.\n"
            f"Older than the retention period, deleted from the record: {run.deleted} e-mail(s)."
        )

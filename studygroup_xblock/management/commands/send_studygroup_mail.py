"""Queue the meeting reminders that are due and send every study-group e-mail still waiting.

Run it from cron every few minutes, as the platform's own scheduled messages are
(decision 0009): ``./manage.py lms send_studygroup_mail``. Running it twice at once, or
more often than needed, sends nothing twice.
"""

from django.core.management.base import BaseCommand

from studygroup_xblock import api


class Command(BaseCommand):
    help = "Queue the study-group meeting reminders that are due, and send the study-group e-mails waiting."

    def handle(self, *args, **options):
        reminded = api.retrying(api.queue_due_reminders)
        outcome = api.send_waiting()
        self.stdout.write(
            f"Meetings reminded of: {reminded}. E-mails sent: {outcome['sent']}, "
            f"not needed any more: {outcome['skipped']}, to try again: {outcome['waiting']}, "
            f"given up: {outcome['failed']}."
        )

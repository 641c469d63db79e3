"""
What leaves the app once a change commits: e-mails (meeting e-mails, unless a learner opted out,
and course staff's messages to coordinators) and the large exports made in the background.
"""

from django.db import models
from opaque_keys.edx.django.models import CourseKeyField

from .groups import Learner, StudyGroup
from .limits import NUDGE_TEXT_MAX
from .meetings import Meeting
from .proposals import TimeProposal


class PreparedExport(models.Model):
    """A CSV export too large to send at once, made by a background task and kept in the platform's storage.

    ``file_name`` is where Django's default storage holds it (a random folder, as a link to it
    is all a download needs on some storages); the few newest of each course are kept.

    .. pii: A CSV file naming learners (usernames and full names); deleted when one of them is retired.
    .. pii_types: username, name
    .. pii_retirement: local_api
    """

    WAITING, WORKING, READY, FAILED = "waiting", "working", "ready", "failed"
    UNFINISHED = (WAITING, WORKING)

    course_key = CourseKeyField(max_length=255)
    kind = models.CharField(max_length=16)
    requested_by = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    requested = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=8, default=WAITING)
    file_name = models.CharField(max_length=255, blank=True)
    rows = models.PositiveIntegerField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["course_key", "-requested"], name="sg_exports_newest")]

    def __str__(self):
        return f"{self.kind} export of {self.course_key}, {self.requested:%Y-%m-%d %H:%M}"


class Nudge(models.Model):
    """A message course staff sent a group's coordinators, kept on the group's record.

    .. pii: The message the course team wrote to a group's coordinators (free text).
    .. pii_types: other
    .. pii_retirement: retained
    """

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="nudges")
    sent_by = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(max_length=NUDGE_TEXT_MAX)
    sent = models.DateTimeField(auto_now_add=True)
    links = models.JSONField(default=dict, blank=True)

    class Meta:
        indexes = [models.Index(fields=["group", "-sent"], name="sg_nudges_newest")]

    def __str__(self):
        return f"nudge to {self.group_id} at {self.sent:%Y-%m-%d %H:%M}"


class MailOptOut(models.Model):
    """A learner switched off meeting e-mails for a course (from the block, or a link in an e-mail).

    .. no_pii:
    """

    course_key = CourseKeyField(max_length=255)
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course_key", "learner"], name="one_opt_out_per_course")]

    def __str__(self):
        return f"{self.learner} wants no meeting e-mails in {self.course_key}"


class Mail(models.Model):
    """
    One e-mail to one learner, queued in the transaction that called for it and sent after it commits.

    ``key`` names what the e-mail is about (a meeting's version, a reminder of one start, a
    nudge) and who it is for: queuing it twice finds the row already there. Its address is
    looked up when it is sent and never kept; its text is written then, in the learner's
    language. A send that fails leaves it waiting for the next attempt; ``sending`` claims it,
    so two workers never send it both.

    .. no_pii:
    """

    WAITING, SENDING, SENT, SKIPPED, FAILED = "waiting", "sending", "sent", "skipped", "failed"

    class Kind(models.TextChoices):
        INVITATION = "invitation", "invitation"
        UPDATE = "update", "update"
        CANCELLATION = "cancellation", "cancellation"
        REMINDER = "reminder", "reminder"
        NUDGE = "nudge", "nudge"
        PROPOSAL = "proposal", "proposal"
        ANSWER_DUE = "answer_due", "answer due"

    key = models.CharField(max_length=100, unique=True)
    course_key = CourseKeyField(max_length=255)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    recipient = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="+")
    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    nudge = models.ForeignKey(Nudge, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    proposal = models.ForeignKey(TimeProposal, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    sequence = models.PositiveIntegerField(default=0, help_text="The calendar event's version it carries")
    state = models.CharField(max_length=8, default=WAITING)
    attempts = models.PositiveSmallIntegerField(default=0)
    queued = models.DateTimeField(auto_now_add=True)
    tried = models.DateTimeField(null=True, blank=True, help_text="When the latest attempt to send it began")
    sent = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=200, blank=True, help_text="Why the last attempt failed")

    class Meta:
        indexes = [models.Index(fields=["state", "queued"], name="sg_mail_waiting")]

    def __str__(self):
        return f"{self.kind} to {self.recipient_id} ({self.state})"

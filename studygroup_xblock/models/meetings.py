"""
The course's units and a group's meetings: who was there, what they agreed to do, and every edit.
"""

import uuid

from django.db import models
from opaque_keys.edx.django.models import CourseKeyField

from .fields import CaseSensitiveCharField
from .groups import Learner, Revision, StudyGroup
from .limits import (
    ACTION_ITEM_MAX,
    AGENDA_MAX,
    LINK_MAX,
    LOCATION_MAX,
    NOTES_MAX,
    OUTCOMES_MAX,
    TOPICS_MAX,
    UNIT_TITLE_MAX,
)


class Unit(models.Model):
    """A course unit holding a Study Group block, recorded when the block is shown.

    Meetings name the units they discussed; a block only knows its own unit, so the
    course's other units are those whose blocks have been seen.

    .. no_pii:
    """

    course_key = CourseKeyField(max_length=255, db_index=True)
    usage_key = CaseSensitiveCharField(max_length=255, unique=True)
    title = models.CharField(max_length=UNIT_TITLE_MAX)
    # The unit's place in the course outline, where the runtime can tell it ("0002.0001.0004").
    position = models.CharField(max_length=64, blank=True)
    first_seen = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.title


class Meeting(models.Model):
    """A study-group meeting at school: planned ahead, or logged once held.

    .. pii: Where a group met (place, link) and what its members wrote (free text that may name people).
    .. pii_types: location, other
    .. pii_retirement: retained
    """

    class Status(models.TextChoices):
        PLANNED = "planned", "planned"
        HELD = "held", "held"

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", "in person"
        ONLINE = "online", "online"
        HYBRID = "hybrid", "hybrid"

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, help_text="Stable iCalendar UID")
    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="meetings")
    status = models.CharField(max_length=8, choices=Status.choices)
    start = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField()
    mode = models.CharField(max_length=10, choices=Mode.choices)
    location = models.CharField(max_length=LOCATION_MAX, blank=True)
    link = models.CharField(max_length=LINK_MAX, blank=True)
    agenda = models.TextField(max_length=AGENDA_MAX, blank=True)
    guests = models.PositiveSmallIntegerField(default=0, help_text="Colleagues who are not learners")
    topics = models.TextField(max_length=TOPICS_MAX, blank=True)
    notes = models.TextField(max_length=NOTES_MAX, blank=True)
    outcomes = models.TextField(max_length=OUTCOMES_MAX, blank=True)
    units = models.ManyToManyField(Unit, blank=True, related_name="meetings")
    created_by = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    deleted = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(Learner, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    # When its reminder is due; cleared once the reminder is queued, so it goes once.
    remind_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # Where its e-mails lead: the unit it was planned in, and the page that stops meeting e-mails.
    links = models.JSONField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["group", "deleted", "start"])]

    def __str__(self):
        return f"{self.status} meeting of {self.group_id} at {self.start:%Y-%m-%d %H:%M}"


class Attendance(models.Model):
    """A learner recorded as present at a held meeting, and whether they confirmed it themselves.

    .. no_pii:
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    learner = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="attendance")
    confirmed = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "learner"], name="one_attendance_per_meeting")]

    def __str__(self):
        return f"{self.learner} at {self.meeting_id}"


class ActionItem(models.Model):
    """Something a meeting agreed to do; its owner or a coordinator ticks it off.

    .. pii: A task as a member wrote it (free text that may name people).
    .. pii_types: other
    .. pii_retirement: retained
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="action_items")
    text = models.CharField(max_length=ACTION_ITEM_MAX)
    owner = models.ForeignKey(Learner, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    done = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(Learner, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    def __str__(self):
        return self.text


class MeetingRevision(Revision):
    """
    .. pii: A meeting's text as it was before an edit (free text that may name people).
    .. pii_types: location, other
    .. pii_retirement: retained
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="revisions")

    class Meta(Revision.Meta):
        pass

    def __str__(self):
        return f"edit of meeting {self.meeting_id} at {self.edited:%Y-%m-%d %H:%M}"

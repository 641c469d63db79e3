"""
What groups make of the course's units: adaptations, their edits, course staff's moderation,
the marks of learners who found them useful, and the check-ins of the progress board.
"""

from django.db import models

from .groups import Learner, Revision, StudyGroup
from .limits import ADAPTATION_BODY_MAX, ADAPTATION_TITLE_MAX, HIDE_REASON_MAX, LINK_MAX, SUBJECT_MAX
from .meetings import Unit


class Adaptation(models.Model):
    """How a group adapted one unit to its school: shared with the group or the whole course.

    .. pii: An adaptation as its author wrote it (title, description, link; free text that may name people).
    .. pii_types: other
    .. pii_retirement: retained
    """

    class Level(models.IntegerChoices):
        PRIMARY = 1, "ISCED 1"
        LOWER_SECONDARY = 2, "ISCED 2"
        UPPER_SECONDARY = 3, "ISCED 3"

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="adaptations")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="adaptations")
    author = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="adaptations")
    title = models.CharField(max_length=ADAPTATION_TITLE_MAX)
    body = models.TextField(max_length=ADAPTATION_BODY_MAX)
    subject = models.CharField(max_length=SUBJECT_MAX)
    isced_level = models.PositiveSmallIntegerField(choices=Level.choices)
    language = models.CharField(max_length=16)
    link = models.CharField(max_length=LINK_MAX, blank=True)
    course_wide = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    deleted = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(Learner, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    hidden = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(Learner, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    hidden_reason = models.CharField(max_length=HIDE_REASON_MAX, blank=True)
    useful_count = models.PositiveIntegerField(default=0, help_text="Learners who marked it useful")

    class Meta:
        # The gallery's two orders; the other conditions are checked on the way.
        indexes = [
            models.Index(fields=["group", "unit", "created"], name="sg_group_unit"),
            models.Index(fields=["unit", "deleted", "created"], name="sg_gallery_newest"),
            models.Index(fields=["unit", "deleted", "useful_count", "created"], name="sg_gallery_useful"),
        ]

    def __str__(self):
        return self.title


class AdaptationRevision(Revision):
    """
    .. pii: An adaptation's text as it was before an edit.
    .. pii_types: other
    .. pii_retirement: retained
    """

    adaptation = models.ForeignKey(Adaptation, on_delete=models.CASCADE, related_name="revisions")

    class Meta(Revision.Meta):
        pass

    def __str__(self):
        return f"edit of adaptation {self.adaptation_id} at {self.edited:%Y-%m-%d %H:%M}"


class Moderation(models.Model):
    """Course staff hid or showed again an adaptation: the log keeps every such decision and why.

    .. pii: Why the course team hid an adaptation (free text).
    .. pii_types: other
    .. pii_retirement: retained
    """

    adaptation = models.ForeignKey(Adaptation, on_delete=models.CASCADE, related_name="moderations")
    moderator = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    hidden = models.BooleanField(help_text="Hidden (or shown again)")
    reason = models.CharField(max_length=HIDE_REASON_MAX, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{'hid' if self.hidden else 'showed'} {self.adaptation_id} at {self.at:%Y-%m-%d %H:%M}"


class UsefulMark(models.Model):
    """A learner of another school found an adaptation useful (once each).

    .. no_pii:
    """

    adaptation = models.ForeignKey(Adaptation, on_delete=models.CASCADE, related_name="useful_marks")
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["adaptation", "learner"], name="one_useful_mark_per_learner")]

    def __str__(self):
        return f"{self.learner} found {self.adaptation_id} useful"


class CheckIn(models.Model):
    """A learner has worked through a unit: the group's progress board is made of these.

    .. no_pii:
    """

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="check_ins")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="check_ins")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "unit"], name="one_check_in_per_unit")]

    def __str__(self):
        return f"{self.learner} worked through {self.unit_id}"

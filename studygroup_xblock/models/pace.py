"""
A group's pace through the course: from a start date, one unit every few weeks, in the order of the
course outline; each unit's date is kept, so a coordinator may move it and staff can filter on it.
"""

from django.db import models

from .groups import Learner, StudyGroup
from .meetings import Unit


class GroupPace(models.Model):
    """
    The pace a group agreed: from ``start``, one unit every ``weeks_per_unit`` weeks; the day
    each unit is due is a ``PaceDate``.

    .. no_pii:
    """

    group = models.OneToOneField(StudyGroup, on_delete=models.CASCADE, related_name="pace")
    start = models.DateField()
    weeks_per_unit = models.PositiveSmallIntegerField()
    set_by = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    modified = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"pace of {self.group_id}: a unit every {self.weeks_per_unit} weeks from {self.start}"


class PaceDate(models.Model):
    """
    The day the group plans to have worked through a unit: where its rhythm put it, or where a
    coordinator moved it. Kept for every unit, so "who is behind" is one query for any number of groups.

    .. no_pii:
    """

    pace = models.ForeignKey(GroupPace, on_delete=models.CASCADE, related_name="dates")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    due = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["pace", "unit"], name="one_date_per_unit")]
        indexes = [models.Index(fields=["pace", "due"], name="pace_dates_by_day")]

    def __str__(self):
        return f"unit {self.unit_id} by {self.due} for {self.pace_id}"

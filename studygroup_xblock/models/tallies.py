"""
What is kept up to date beside the records, so course-wide pages need not read them all:
the words the search finds groups by, and the dashboard's counts.
"""

from django.db import models
from opaque_keys.edx.django.models import CourseKeyField

from .groups import StudyGroup
from .limits import SORT_KEY_MAX, WORD_MAX


class GroupWord(models.Model):
    """A word of a group's school name or city, folded: the search finds groups by these, through an index.

    .. no_pii:
    """

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="words")
    course_key = CourseKeyField(max_length=255)
    word = models.CharField(max_length=WORD_MAX)
    # The group's name and city, folded: the index holds each word's groups in the search's order,
    # so the first page of a word many schools share is read, not sorted.
    sort_key = models.CharField(max_length=SORT_KEY_MAX, default="")

    class Meta:
        indexes = [models.Index(fields=["course_key", "word", "sort_key", "group"], name="sg_word_in_order")]

    def __str__(self):
        return self.word


class Counter(models.Model):
    """A count of a course, named and put in a bucket, that changes move by a difference."""

    course_key = CourseKeyField(max_length=255)
    name = models.CharField(max_length=16)
    bucket = models.CharField(max_length=16, blank=True)
    value = models.BigIntegerField(default=0)

    class Meta:
        abstract = True


class Tally(Counter):
    """A course-wide count the dashboard shows, kept up to date by every change that moves it.

    ``name`` says what is counted: groups (active), archived groups, learners in groups,
    meetings held, minutes met, adaptations shared; per country (``bucket`` its code) the
    active groups; per hour (``bucket`` the UTC hour, ``2026-11-30T09``) the meetings held.

    .. no_pii:
    """

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course_key", "name", "bucket"], name="one_tally_per_bucket")]

    def __str__(self):
        return f"{self.name} {self.bucket} of {self.course_key}: {self.value}"


class SchoolTally(Counter):
    """How many active groups of a course a school belongs to (``bucket`` a hash of its key), kept
    apart from :class:`Tally`: a course has as many of these as schools, and the dashboard's read of
    its few tallies should not wade through them.

    .. no_pii:
    """

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course_key", "name", "bucket"], name="one_school_tally")]

    def __str__(self):
        return f"school {self.bucket} of {self.course_key}: {self.value}"

"""
Course-wide study-group data.

Only ``api.py`` reads or writes these models; everything else gets the immutable
records of ``data.py``.
"""

from django.db import models
from opaque_keys.edx.django.models import CourseKeyField

SCHOOL_NAME_MAX = 200
CITY_MAX = 100
DESCRIPTION_MAX = 1000
JOIN_CODE_LENGTH = 8


class Learner(models.Model):
    """
    A platform user as this app knows them.

    The name is a snapshot taken when the learner acts, so that colleagues can see who
    is in their group without this app reaching into the platform's user tables. It is
    the only personal data stored here, and retirement scrubs it.
    """

    user_id = models.CharField(max_length=255, unique=True)
    username = models.CharField(max_length=150)
    full_name = models.CharField(max_length=255, blank=True)
    modified = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.username


class StudyGroup(models.Model):
    """A school's (or a few neighbouring schools') study group in one course."""

    course_key = CourseKeyField(max_length=255, db_index=True)
    school_name = models.CharField(max_length=SCHOOL_NAME_MAX)
    city = models.CharField(max_length=CITY_MAX)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code")
    language = models.CharField(max_length=16, help_text="Working language code")
    description = models.TextField(max_length=DESCRIPTION_MAX, blank=True)
    # The school and city folded (case, accents, punctuation) to spot duplicates.
    school_key = models.CharField(max_length=SCHOOL_NAME_MAX + CITY_MAX + 1, db_index=True)
    join_code = models.CharField(max_length=JOIN_CODE_LENGTH, unique=True)
    is_open = models.BooleanField(default=True, help_text="Anyone in the course may join")
    size_limit = models.PositiveSmallIntegerField()
    created_by = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)
    archived = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["course_key", "archived", "school_name"])]

    def __str__(self):
        return f"{self.school_name}, {self.city} ({self.course_key})"


class Membership(models.Model):
    """
    One stay of a learner in a group, from joining to leaving.

    Rows are never deleted, so past meeting records stay true. ``active`` is True while
    the learner is in the group and NULL afterwards: under the plain unique constraint
    below that allows one active group per learner per course on every database,
    MySQL included, which ignores conditional unique indexes.
    """

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", "coordinator"
        MEMBER = "member", "member"

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="memberships")
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="memberships")
    course_key = CourseKeyField(max_length=255)
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MEMBER)
    active = models.BooleanField(null=True, default=True)
    joined = models.DateTimeField()
    left = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(Learner, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course_key", "learner", "active"], name="one_active_group_per_course"),
        ]
        indexes = [models.Index(fields=["group", "active"])]

    def __str__(self):
        return f"{self.learner} in {self.group_id} ({self.role})"

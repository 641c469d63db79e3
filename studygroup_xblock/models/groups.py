"""
Learners and their groups: who is in which group, who asks to join, and the base of every revision.
"""

from django.db import models
from opaque_keys.edx.django.models import CourseKeyField

from .limits import CITY_MAX, DESCRIPTION_MAX, JOIN_CODE_LENGTH, REQUEST_TEXT_MAX, SCHOOL_NAME_MAX


class Learner(models.Model):
    """
    A platform user as this app knows them.

    The name is a snapshot taken when the learner acts, so that colleagues can see who
    is in their group without this app reaching into the platform's user tables. It is
    the only personal data stored here, and retirement scrubs it.

    .. pii: The platform user's id, username and full name, copied for pages and exports; scrubbed on retirement.
    .. pii_types: id, username, name
    .. pii_retirement: local_api
    """

    user_id = models.CharField(max_length=255, unique=True)
    username = models.CharField(max_length=150)
    full_name = models.CharField(max_length=255, blank=True)
    # What the LMS last gave the learner: their e-mails are written in it, unless they chose another
    # (``chosen_language``). Defaults in the
    # database too (as the columns added since), so code of the release before still inserts rows.
    language = models.CharField(max_length=16, blank=True, default="", db_default="")
    time_zone = models.CharField(max_length=64, blank=True, default="", db_default="")
    # The language the learner chose for the block over what the LMS gives (an operator may not have
    # released theirs); empty: as the LMS gives it.
    chosen_language = models.CharField(max_length=16, blank=True, default="", db_default="")
    modified = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.username


class StudyGroup(models.Model):
    """A school's (or a few neighbouring schools') study group in one course.

    .. pii: What its coordinators wrote about the group (free text that may name people).
    .. pii_types: other
    .. pii_retirement: retained
    """

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
    by_request = models.BooleanField(
        default=False, help_text="Not open: learners who find it may ask to join, coordinators decide"
    )
    size_limit = models.PositiveSmallIntegerField()
    created_by = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)
    archived = models.DateTimeField(null=True, blank=True)
    evidence_opened = models.DateTimeField(
        null=True, blank=True, help_text="When a coordinator first opened the evidence report"
    )
    # Kept up to date by every change (under the group's lock), so lists sort and count
    # groups by them without reading every member, meeting and adaptation of the course.
    member_count = models.PositiveIntegerField(default=0, help_text="Active members")
    meeting_count = models.PositiveIntegerField(default=0, help_text="Meetings held (not deleted)")
    held_minutes = models.PositiveIntegerField(default=0, help_text="Minutes of meetings held")
    last_meeting = models.DateTimeField(null=True, blank=True, help_text="Start of the latest meeting held")
    adaptation_count = models.PositiveIntegerField(default=0, help_text="Adaptations shared (not deleted)")
    school_keys = models.TextField(blank=True, default="", help_text="Its active members' schools, as a JSON list")
    school_count = models.PositiveIntegerField(default=0, help_text="How many schools its active members teach at")
    nudge_count = models.PositiveIntegerField(
        default=0, db_default=0, help_text="Messages course staff sent its coordinators"
    )
    pace_behind_from = models.DateField(
        null=True, blank=True, help_text="The earliest day a member owes a unit by the group's pace (api/pace.py)"
    )
    pace_owed_days = models.TextField(
        null=True, blank=True, help_text="Each member's earliest day owing a unit, as a sorted JSON list; null: no pace"
    )

    class Meta:
        # One for each way the search and the dashboard order groups; the key comes first.
        indexes = [
            models.Index(fields=["course_key", "archived", "school_name", "city"], name="sg_live_by_name"),
            models.Index(
                fields=["course_key", "archived", "country", "school_name", "city"], name="sg_live_by_country"
            ),
            models.Index(fields=["course_key", "school_name"], name="sg_by_name"),
            models.Index(fields=["course_key", "country", "school_name"], name="sg_by_country"),
            models.Index(fields=["course_key", "member_count"], name="sg_by_members"),
            models.Index(fields=["course_key", "meeting_count"], name="sg_by_meetings"),
            models.Index(fields=["course_key", "last_meeting"], name="sg_by_last_meeting"),
            models.Index(fields=["course_key", "adaptation_count"], name="sg_by_adaptations"),
            models.Index(fields=["course_key", "pace_behind_from"], name="sg_by_pace_behind"),
        ]

    def __str__(self):
        return f"{self.school_name}, {self.city} ({self.course_key})"


class Membership(models.Model):
    """
    One stay of a learner in a group, from joining to leaving.

    Rows are never deleted, so past meeting records stay true. ``active`` is True while
    the learner is in the group and NULL afterwards: under the plain unique constraint
    below that allows one active group per learner per course on every database,
    MySQL included, which ignores conditional unique indexes.

    .. pii: Which school a member teaches at, when they joined and left: evidence, kept after retirement.
    .. pii_types: other
    .. pii_retirement: retained
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
    # The member's own school: the group's host school unless they name another (a regional group).
    school_name = models.CharField(max_length=SCHOOL_NAME_MAX, blank=True)
    city = models.CharField(max_length=CITY_MAX, blank=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2 code")
    school_key = models.CharField(max_length=SCHOOL_NAME_MAX + CITY_MAX + 1, blank=True)
    guide_dismissed = models.DateTimeField(null=True, blank=True, help_text="The coordinator hid the first steps")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course_key", "learner", "active"], name="one_active_group_per_course"),
        ]
        indexes = [models.Index(fields=["group", "active"]), models.Index(fields=["course_key", "school_key"])]

    def __str__(self):
        return f"{self.learner} in {self.group_id} ({self.role})"


class JoinRequest(models.Model):
    """
    A learner asking to join a group that takes members by request; its coordinators decide.

    ``pending`` is True while the request waits and NULL once it is decided or withdrawn:
    as with ``Membership.active``, the plain unique constraint below then allows a learner
    one waiting request per course on every database.

    .. pii: A learner's message asking to join, and a coordinator's answer; deleted on retirement.
    .. pii_types: other
    .. pii_retirement: local_api
    """

    class State(models.TextChoices):
        PENDING = "pending", "pending"
        ACCEPTED = "accepted", "accepted"
        DECLINED = "declined", "declined"
        WITHDRAWN = "withdrawn", "withdrawn"

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="join_requests")
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="join_requests")
    course_key = CourseKeyField(max_length=255)
    message = models.TextField(max_length=REQUEST_TEXT_MAX, blank=True, help_text="From the learner")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    pending = models.BooleanField(null=True, default=True)
    created = models.DateTimeField(auto_now_add=True)
    decided = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(Learner, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    reason = models.TextField(max_length=REQUEST_TEXT_MAX, blank=True, help_text="Why it was declined")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course_key", "learner", "pending"], name="one_waiting_request_per_course"),
        ]
        # No index of (group, pending): closing a request would then check its group's row for the
        # foreign key, under a shared lock that deadlocked with the coordinator's lock on the group.

    def __str__(self):
        return f"{self.learner} asks {self.group_id} ({self.state})"


class Revision(models.Model):
    """A record as it was before one edit, with who edited it and when: edits lose nothing."""

    edited_by = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    edited = models.DateTimeField(auto_now_add=True)
    previous = models.JSONField()

    class Meta:
        abstract = True
        ordering = ["-edited", "-id"]


class MembershipRevision(Revision):
    """A member's school as it was before they changed it: their school's evidence stays dated.

    .. pii: A member's school as it was before they changed it.
    .. pii_types: other
    .. pii_retirement: retained
    """

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="revisions")

    class Meta(Revision.Meta):
        pass

    def __str__(self):
        return f"school of membership {self.membership_id} until {self.edited:%Y-%m-%d %H:%M}"

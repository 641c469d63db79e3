"""
Course-wide study-group data.

Only ``api.py`` reads or writes these models; everything else gets the immutable
records of ``data.py``.
"""

import uuid

from django.db import models
from opaque_keys.edx.django.models import CourseKeyField

SCHOOL_NAME_MAX = 200
CITY_MAX = 100
DESCRIPTION_MAX = 1000
JOIN_CODE_LENGTH = 8
LOCATION_MAX = 200
LINK_MAX = 500
AGENDA_MAX = 5000
TOPICS_MAX = 2000
NOTES_MAX = 10000
OUTCOMES_MAX = 5000
ACTION_ITEM_MAX = 500
UNIT_TITLE_MAX = 255
ADAPTATION_TITLE_MAX = 200
ADAPTATION_BODY_MAX = 5000
SUBJECT_MAX = 100
HIDE_REASON_MAX = 500
WORD_MAX = 64
REQUEST_TEXT_MAX = 500
NUDGE_TEXT_MAX = 1000


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
        ]

    def __str__(self):
        return f"{self.school_name}, {self.city} ({self.course_key})"


class GroupWord(models.Model):
    """A word of a group's school name or city, folded: the search finds groups by these, through an index.

    .. no_pii:
    """

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="words")
    course_key = CourseKeyField(max_length=255)
    word = models.CharField(max_length=WORD_MAX)

    class Meta:
        indexes = [models.Index(fields=["course_key", "word"], name="sg_word")]

    def __str__(self):
        return self.word


class Tally(models.Model):
    """A course-wide count the dashboard shows, kept up to date by every change that moves it.

    ``name`` says what is counted: groups (active), archived groups, learners in groups,
    meetings held, minutes met, adaptations shared; per country (``bucket`` its code) the
    active groups; per hour (``bucket`` the UTC hour, ``2026-11-30T09``) the meetings held.

    .. no_pii:
    """

    course_key = CourseKeyField(max_length=255)
    name = models.CharField(max_length=16)
    bucket = models.CharField(max_length=16, blank=True)
    value = models.BigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course_key", "name", "bucket"], name="one_tally_per_bucket")]

    def __str__(self):
        return f"{self.name} {self.bucket} of {self.course_key}: {self.value}"


class SchoolTally(models.Model):
    """How many active groups of a course a school belongs to (``bucket`` a hash of its key), kept
    apart from :class:`Tally`: a course has as many of these as schools, and the dashboard's read of
    its few tallies should not wade through them.

    .. no_pii:
    """

    course_key = CourseKeyField(max_length=255)
    name = models.CharField(max_length=16)
    bucket = models.CharField(max_length=16, blank=True)
    value = models.BigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course_key", "name", "bucket"], name="one_school_tally")]

    def __str__(self):
        return f"school {self.bucket} of {self.course_key}: {self.value}"


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


class Unit(models.Model):
    """A course unit holding a Study Group block, recorded when the block is shown.

    Meetings name the units they discussed; a block only knows its own unit, so the
    course's other units are those whose blocks have been seen.

    .. no_pii:
    """

    course_key = CourseKeyField(max_length=255, db_index=True)
    usage_key = models.CharField(max_length=255, unique=True)
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

    key = models.CharField(max_length=100, unique=True)
    course_key = CourseKeyField(max_length=255)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    recipient = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="+")
    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    nudge = models.ForeignKey(Nudge, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
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

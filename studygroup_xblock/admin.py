"""Django admin for every model, so an operator can answer a support ticket without SQL.

It only shows: records change through the course, where every rule, revision and
soft delete applies, never by hand here (that would rewrite the evidence schools rely on).
"""

from django.contrib import admin

from . import models


class ReadOnly:
    """Look, search and filter; never add, change or delete (so no edit widgets are needed either)."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class HistoryAdmin(ReadOnly, admin.ModelAdmin):
    """A model's records, to list, search and open."""


class HistoryInline(ReadOnly, admin.TabularInline):
    """The rows that belong to the record opened, as a table."""

    extra = 0


class MembershipInline(HistoryInline):
    model = models.Membership
    fields = ("learner", "role", "active", "joined", "left", "removed_by", "school_name", "city", "country")


class JoinRequestInline(HistoryInline):
    model = models.JoinRequest
    fk_name = "group"
    fields = ("learner", "state", "message", "created", "decided", "decided_by", "reason")
    readonly_fields = fields


@admin.register(models.StudyGroup)
class StudyGroupAdmin(HistoryAdmin):
    list_display = ("school_name", "city", "country", "course_key", "is_open", "by_request", "size_limit", "archived")
    list_filter = ("country", "is_open", "by_request", "archived")
    search_fields = ("school_name", "city", "course_key", "join_code")
    inlines = [MembershipInline, JoinRequestInline]


class RevisionInline(HistoryInline):
    fields = ("edited_by", "edited", "previous")


class MembershipRevisionInline(RevisionInline):
    model = models.MembershipRevision


@admin.register(models.Membership)
class MembershipAdmin(HistoryAdmin):
    list_display = ("learner", "group", "role", "active", "joined", "left", "school_name", "city")
    list_filter = ("role", "active")
    search_fields = ("learner__username", "group__school_name", "school_name", "course_key")
    inlines = [MembershipRevisionInline]


class MeetingRevisionInline(RevisionInline):
    model = models.MeetingRevision


@admin.register(models.Meeting)
class MeetingAdmin(HistoryAdmin):
    list_display = ("group", "status", "start", "duration_minutes", "mode", "created_by", "deleted")
    list_filter = ("status", "mode", "deleted")
    search_fields = ("group__school_name", "created_by__username", "topics", "outcomes")
    date_hierarchy = "start"
    inlines = [MeetingRevisionInline]


class AdaptationRevisionInline(RevisionInline):
    model = models.AdaptationRevision


class ModerationInline(HistoryInline):
    model = models.Moderation
    fields = ("moderator", "hidden", "reason", "at")


@admin.register(models.Adaptation)
class AdaptationAdmin(HistoryAdmin):
    list_display = ("title", "group", "unit", "author", "course_wide", "created", "hidden", "deleted")
    list_filter = ("course_wide", "isced_level", "language", "hidden", "deleted")
    search_fields = ("title", "body", "subject", "author__username", "group__school_name")
    inlines = [AdaptationRevisionInline, ModerationInline]


@admin.register(models.Moderation)
class ModerationAdmin(HistoryAdmin):
    list_display = ("adaptation", "hidden", "reason", "moderator", "at")
    list_filter = ("hidden",)
    search_fields = ("reason", "moderator__username", "adaptation__title")


class ProposedTimeInline(HistoryInline):
    model = models.ProposedTime
    fields = ("start", "duration_minutes", "mode", "location")


@admin.register(models.TimeProposal)
class TimeProposalAdmin(HistoryAdmin):
    list_display = ("group", "proposed_by", "created", "answer_by", "state", "closed", "meeting")
    list_filter = ("state",)
    search_fields = ("group__school_name", "proposed_by__username")
    inlines = [ProposedTimeInline]


@admin.register(models.Mail)
class MailAdmin(HistoryAdmin):
    """The operator's window on meeting e-mails: what is waiting, what went, what failed and why."""

    list_display = ("kind", "recipient", "group", "state", "attempts", "queued", "sent", "error")
    list_filter = ("state", "kind")
    search_fields = ("recipient__username", "group__school_name", "course_key")
    date_hierarchy = "queued"


# The records without inlines or filters: what each list shows, and what its search box looks in.
LISTS = {
    models.Learner: (("username", "full_name", "user_id", "modified"), ("username", "full_name", "user_id")),
    models.Unit: (("title", "course_key", "position", "first_seen"), ("title", "usage_key", "course_key")),
    models.Attendance: (("learner", "meeting", "confirmed"), ("learner__username", "meeting__group__school_name")),
    models.ActionItem: (("text", "meeting", "owner", "done"), ("text", "owner__username")),
    models.UsefulMark: (("adaptation", "learner", "created"), ("learner__username", "adaptation__title")),
    models.CheckIn: (("learner", "unit", "created"), ("learner__username", "unit__title")),
    models.MeetingRevision: (
        ("meeting", "edited_by", "edited"),
        ("edited_by__username", "meeting__group__school_name"),
    ),
    models.AdaptationRevision: (("adaptation", "edited_by", "edited"), ("edited_by__username", "adaptation__title")),
    models.MembershipRevision: (
        ("membership", "edited_by", "edited"),
        ("edited_by__username", "membership__school_name"),
    ),
    models.JoinRequest: (
        ("learner", "group", "state", "created", "decided"),
        ("learner__username", "group__school_name", "course_key"),
    ),
    models.Nudge: (("group", "sent_by", "sent"), ("group__school_name", "sent_by__username", "text")),
    models.GroupPace: (("group", "start", "weeks_per_unit", "set_by", "modified"), ("group__school_name",)),
    models.PaceDate: (("pace", "unit", "due"), ("pace__group__school_name", "unit__title")),
    models.ProposedTime: (("proposal", "start", "duration_minutes", "mode"), ("proposal__group__school_name",)),
    models.TimeAnswer: (
        ("learner", "time", "answer", "answered"),
        ("learner__username", "time__proposal__group__school_name"),
    ),
    models.MailOptOut: (("learner", "course_key", "created"), ("learner__username", "course_key")),
    models.GroupWord: (("word", "group", "course_key"), ("word", "group__school_name")),
    models.Tally: (("course_key", "name", "bucket", "value"), ("name", "bucket", "course_key")),
    models.SchoolTally: (("course_key", "bucket", "value"), ("bucket", "course_key")),
    models.PreparedExport: (
        ("kind", "course_key", "requested_by", "requested", "state", "rows"),
        ("course_key", "requested_by__username"),
    ),
}
for model, (columns, searched) in LISTS.items():
    admin.site.register(model, HistoryAdmin, list_display=columns, search_fields=searched)

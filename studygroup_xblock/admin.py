"""Django admin for every model, so an operator can answer a support ticket without SQL.

It only shows: records change through the course, where every rule, revision and
soft delete applies, never by hand here (that would rewrite the evidence schools rely on).
"""

from django.contrib import admin

from . import models


class ReadOnlyHistory:
    """Look, search and filter; never add, change or delete."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class MembershipInline(admin.TabularInline):
    model = models.Membership
    fields = ("learner", "role", "active", "joined", "left", "removed_by")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(models.Learner)
class LearnerAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("username", "full_name", "user_id", "modified")
    search_fields = ("username", "full_name", "user_id")


@admin.register(models.StudyGroup)
class StudyGroupAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("school_name", "city", "country", "course_key", "is_open", "size_limit", "created", "archived")
    list_filter = ("country", "is_open", "archived")
    search_fields = ("school_name", "city", "course_key", "join_code")
    inlines = [MembershipInline]


@admin.register(models.Membership)
class MembershipAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("learner", "group", "role", "active", "joined", "left")
    list_filter = ("role", "active")
    search_fields = ("learner__username", "group__school_name", "course_key")
    raw_id_fields = ("learner", "group", "removed_by")


@admin.register(models.Unit)
class UnitAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("title", "course_key", "position", "first_seen")
    search_fields = ("title", "usage_key", "course_key")


class RevisionInline(admin.TabularInline):
    fields = ("edited_by", "edited", "previous")
    readonly_fields = fields
    extra = 0
    can_delete = False


class MeetingRevisionInline(RevisionInline):
    model = models.MeetingRevision


@admin.register(models.Meeting)
class MeetingAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("group", "status", "start", "duration_minutes", "mode", "created_by", "deleted")
    list_filter = ("status", "mode", "deleted")
    search_fields = ("group__school_name", "created_by__username", "topics", "outcomes")
    date_hierarchy = "start"
    raw_id_fields = ("group", "created_by", "deleted_by")
    inlines = [MeetingRevisionInline]


@admin.register(models.Attendance)
class AttendanceAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("learner", "meeting", "confirmed")
    search_fields = ("learner__username", "meeting__group__school_name")
    raw_id_fields = ("learner", "meeting")


@admin.register(models.ActionItem)
class ActionItemAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("text", "meeting", "owner", "done")
    search_fields = ("text", "owner__username")
    raw_id_fields = ("meeting", "owner", "done_by")


class AdaptationRevisionInline(RevisionInline):
    model = models.AdaptationRevision


class ModerationInline(admin.TabularInline):
    model = models.Moderation
    fields = ("moderator", "hidden", "reason", "at")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(models.Adaptation)
class AdaptationAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("title", "group", "unit", "author", "course_wide", "created", "hidden", "deleted")
    list_filter = ("course_wide", "isced_level", "language", "hidden", "deleted")
    search_fields = ("title", "body", "subject", "author__username", "group__school_name")
    raw_id_fields = ("group", "unit", "author", "deleted_by", "hidden_by")
    inlines = [AdaptationRevisionInline, ModerationInline]


@admin.register(models.UsefulMark)
class UsefulMarkAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("adaptation", "learner", "created")
    raw_id_fields = ("adaptation", "learner")


@admin.register(models.CheckIn)
class CheckInAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("learner", "unit", "created")
    search_fields = ("learner__username", "unit__title")
    raw_id_fields = ("learner", "unit")


@admin.register(models.MeetingRevision)
class MeetingRevisionAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("meeting", "edited_by", "edited")
    search_fields = ("edited_by__username", "meeting__group__school_name")
    raw_id_fields = ("meeting", "edited_by")


@admin.register(models.AdaptationRevision)
class AdaptationRevisionAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("adaptation", "edited_by", "edited")
    search_fields = ("edited_by__username", "adaptation__title")
    raw_id_fields = ("adaptation", "edited_by")


@admin.register(models.Moderation)
class ModerationAdmin(ReadOnlyHistory, admin.ModelAdmin):
    list_display = ("adaptation", "hidden", "reason", "moderator", "at")
    list_filter = ("hidden",)
    search_fields = ("reason", "moderator__username", "adaptation__title")
    raw_id_fields = ("adaptation", "moderator")

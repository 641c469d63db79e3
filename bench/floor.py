"""The SQL floor: the same data as the api's learner state and dashboard page, fetched by hand-written SQL.

No ORM, no records: what a page costs the database and the driver alone. The bench
states the api's time as a multiple of this.
"""

from datetime import timedelta

from django.db import connection
from django.utils import timezone

from studygroup_xblock import models
from studygroup_xblock.api.staff import DASHBOARD_PAGE_SIZE, QUIET_AFTER_DAYS

T = {
    model.__name__: connection.ops.quote_name(model._meta.db_table)
    for model in (
        models.Learner,
        models.StudyGroup,
        models.Membership,
        models.Unit,
        models.Meeting,
        models.Attendance,
        models.ActionItem,
        models.MeetingRevision,
        models.Tally,
        models.Adaptation,
        models.CheckIn,
        models.TimeProposal,
        models.ProposedTime,
        models.TimeAnswer,
        models.GroupPace,
        models.PaceDate,
    )
}
MEETING_UNITS = connection.ops.quote_name(models.Meeting.units.through._meta.db_table)


def _rows(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql.format(**T, MeetingUnits=MEETING_UNITS), params)
        return cursor.fetchall()


def _in(ids):
    return ", ".join(["%s"] * len(ids)) or "NULL"


def learner_state(user_id):
    now = timezone.now()
    mine = _rows(
        "SELECT m.id, m.role, m.course_key, g.id, g.school_name, g.city, g.country, g.language, g.is_open, "
        "g.size_limit, g.description, g.join_code, g.created FROM {Membership} m "
        "JOIN {Learner} l ON l.id = m.learner_id JOIN {StudyGroup} g ON g.id = m.group_id "
        "WHERE l.user_id = %s AND m.active = %s",
        [user_id, True],
    )
    (_membership_id, _role, course_key, group_id, *_group) = mine[0]
    members = _rows(
        "SELECT m.id, m.learner_id, l.username, l.full_name, l.user_id, m.role, m.joined FROM {Membership} m "
        "JOIN {Learner} l ON l.id = m.learner_id WHERE m.group_id = %s AND m.active = %s "
        "ORDER BY m.role, m.joined, m.id",
        [group_id, True],
    )
    upcoming = _rows(
        "SELECT id, uid, status, start, duration_minutes, mode, location, link, agenda FROM {Meeting} "
        "WHERE group_id = %s AND deleted IS NULL AND status = 'planned' AND start >= %s ORDER BY start, id LIMIT 1",
        [group_id, connection.ops.adapt_datetimefield_value(now - timedelta(hours=12))],
    )
    page = _rows(
        "SELECT id, uid, status, start, duration_minutes, mode, location, link, agenda, guests, topics, notes, "
        "outcomes, created_by_id, created FROM {Meeting} WHERE group_id = %s AND deleted IS NULL "
        "ORDER BY start DESC, id DESC LIMIT 5",
        [group_id],
    )
    total = _rows("SELECT COUNT(*) FROM {Meeting} WHERE group_id = %s AND deleted IS NULL", [group_id])
    ids = [row[0] for row in page + upcoming]
    details = [
        _rows(
            "SELECT a.meeting_id, a.learner_id, l.username, l.full_name, l.user_id, a.confirmed FROM {Attendance} a "
            f"JOIN {{Learner}} l ON l.id = a.learner_id WHERE a.meeting_id IN ({_in(ids)}) ORDER BY a.id",
            ids,
        ),
        _rows(
            "SELECT i.meeting_id, i.id, i.text, i.owner_id, l.username, l.full_name, l.user_id, i.done "
            "FROM {ActionItem} i LEFT JOIN {Learner} l ON l.id = i.owner_id "
            f"WHERE i.meeting_id IN ({_in(ids)}) ORDER BY i.id",
            ids,
        ),
        _rows(
            "SELECT mu.meeting_id, u.id, u.title FROM {MeetingUnits} mu JOIN {Unit} u ON u.id = mu.unit_id "
            f"WHERE mu.meeting_id IN ({_in(ids)})",
            ids,
        ),
        _rows(
            "SELECT r.meeting_id, r.edited, l.username, l.full_name, l.user_id FROM {MeetingRevision} r "
            f"JOIN {{Learner}} l ON l.id = r.edited_by_id WHERE r.meeting_id IN ({_in(ids)}) ORDER BY r.edited DESC",
            ids,
        ),
    ]
    open_items = _rows(
        "SELECT i.id, i.text, i.owner_id FROM {ActionItem} i JOIN {Meeting} m ON m.id = i.meeting_id "
        "WHERE m.group_id = %s AND m.deleted IS NULL AND i.done IS NULL ORDER BY i.id",
        [group_id],
    )
    units = _rows(
        "SELECT id, title, position FROM {Unit} WHERE course_key = %s ORDER BY position, first_seen, id", [course_key]
    )
    learner_ids = [row[1] for row in members]
    check_ins = _rows(
        f"SELECT learner_id, unit_id FROM {{CheckIn}} WHERE learner_id IN ({_in(learner_ids)})", learner_ids
    )
    proposal = _rows(
        "SELECT t.id, t.start, t.duration_minutes, t.mode, t.location, p.id, p.proposed_by_id, p.created, "
        "p.answer_by FROM {ProposedTime} t JOIN {TimeProposal} p ON p.id = t.proposal_id "
        "WHERE p.group_id = %s AND p.open = %s ORDER BY t.start, t.id",
        [group_id, True],
    )
    time_ids = [row[0] for row in proposal]
    answers = _rows(
        f"SELECT time_id, learner_id, answer FROM {{TimeAnswer}} WHERE time_id IN ({_in(time_ids)})", time_ids
    )
    pace = _rows(
        "SELECT p.start, p.weeks_per_unit, d.unit_id, d.due FROM {GroupPace} p "
        "JOIN {PaceDate} d ON d.pace_id = p.id WHERE p.group_id = %s",
        [group_id],
    )
    return mine, members, upcoming, page, total, details, open_items, units, check_ins, proposal, answers, pace


def dashboard_page(course_key):
    """Totals and the first page by school name, with each group's counts, as the dashboard shows them."""
    since = connection.ops.adapt_datetimefield_value(timezone.now() - timedelta(days=QUIET_AFTER_DAYS))
    totals = _rows(
        "SELECT name, value FROM {Tally} WHERE course_key = %s AND (bucket = '' OR (name = 'country' AND value > 0))",
        [course_key],
    )
    rows = _rows(
        "SELECT id, school_name, city, country, created, archived, member_count, meeting_count, last_meeting, "
        "adaptation_count, pace_owed_days FROM {StudyGroup} WHERE course_key = %s "
        f"ORDER BY school_name, id LIMIT {DASHBOARD_PAGE_SIZE}",
        [course_key],
    )
    ids = [row[0] for row in rows]
    coordinators = _rows(
        "SELECT m.group_id, l.username FROM {Membership} m JOIN {Learner} l ON l.id = m.learner_id "
        f"WHERE m.group_id IN ({_in(ids)}) AND m.role = 'coordinator' AND m.active = %s ORDER BY m.joined, m.id",
        [*ids, True],
    )
    recent = _rows(
        f"SELECT group_id, COUNT(*) FROM {{Meeting}} WHERE group_id IN ({_in(ids)}) AND status = 'held' "
        "AND deleted IS NULL AND start >= %s GROUP BY group_id",
        [*ids, since],
    )
    return totals, rows, coordinators, recent

"""The counts that let course-wide pages cost the same for ten groups or ten thousand.

Each group keeps its own counts (active members, meetings held and their minutes, the
latest one, adaptations shared), each adaptation how many found it useful; the course
keeps tallies (active and archived groups, learners in groups, meetings, minutes,
adaptations, active groups per country, meetings held per UTC hour). A change that can
move them runs inside :func:`counting`, under the group's lock: the group's counts are
taken again from its rows, and the course's tallies move by the difference, in one
statement that locks their rows in index order.
:func:`recount` rebuilds all of a course's counts from its rows (a migration, a repair).
"""

import hashlib
import json
from contextlib import contextmanager
from datetime import UTC, date

from django.apps import apps as installed_apps
from django.apps.registry import Apps
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, F, Max, OuterRef, Q, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce, TruncHour
from opaque_keys.edx.keys import CourseKey

from ..data import owed_from, utc_day
from ..models import Tally
from ..validation import fold
from .prepared import JSONRows, Prepared, json_list, json_moment, json_rows

GROUPS, ARCHIVED, LEARNERS, MEETINGS, MINUTES, ADAPTATIONS = (
    "groups",
    "archived",
    "learners",
    "meetings",
    "minutes",
    "adaptations",
)
COUNTRY, HELD = "country", "held"
# Per school (``bucket`` a hash of its key) the active groups it belongs to; and how many such schools.
SCHOOL, SCHOOLS = "school", "schools"
COURSE_TALLIES = (GROUPS, ARCHIVED, LEARNERS, MEETINGS, MINUTES, ADAPTATIONS, SCHOOLS)
# A group's counts, and the course tally each adds to (the latest meeting adds to none).
COUNTS = {
    "member_count": LEARNERS,
    "meeting_count": MEETINGS,
    "held_minutes": MINUTES,
    "last_meeting": None,
    "adaptation_count": ADAPTATIONS,
}


def hour_of(moment):
    """The UTC hour a meeting held at ``moment`` is tallied under."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H")


class Change:
    """What one change did to a locked group, carried into the counts when it is done."""

    def __init__(self, group, model_of, new):
        self.group, self.model_of = group, model_of
        counts = {name: getattr(group, name) for name in COUNTS}
        self.before = {} if new else _share(group.archived, group.country, counts)
        self.schools = set() if new else set(json_list(group.school_keys))
        self.moved = {}

    def held(self, moment, delta):
        """A meeting held at ``moment`` now counts (+1) or no longer does (-1)."""
        _move(self.moved, (HELD, hour_of(moment)), delta)

    def finish(self):
        groups = self.model_of("StudyGroup").objects.filter(pk=self.group.pk)
        counted = groups.annotate(**{f"new_{name}": value for name, value in _counted(self.model_of).items()})
        paced = PACE_ROWS if f"new_{PACE_ROWS[0]}" in counted.query.annotations else ()
        archived, country, members_schools, *values = counted.values_list(
            "archived", "country", "new_schools", *(f"new_{name}" for name in (*COUNTS, *paced))
        ).get()
        counts = dict(zip(COUNTS, values[: len(COUNTS)], strict=True))
        if values[len(COUNTS) :]:
            counts.update(pace_fields(*values[len(COUNTS) :]))
        schools = set() if archived else {key for (key,) in json_list(members_schools)}
        if schools != self.schools:
            counts.update(school_keys=json.dumps(sorted(schools)), school_count=len(schools))
        if any(getattr(self.group, name) != value for name, value in counts.items()):
            groups.update(**counts)
            for name, value in counts.items():
                setattr(self.group, name, value)
        after = _share(archived, country, counts)
        for key in after.keys() | self.before.keys():
            _move(self.moved, key, after.get(key, 0) - self.before.get(key, 0))
        add(self.group.course_key, self.moved, self.model_of)
        moved = {(SCHOOL, school_bucket(key)): 1 if key in schools else -1 for key in schools ^ self.schools}
        _count_schools(self.group.course_key, moved, self.model_of)


@contextmanager
def counting(group, *, new=False, apps=installed_apps):
    """Around a change to ``group`` (locked, or ``new``): its counts and the course's tallies follow it."""
    change = Change(group, _models(apps), new)
    yield change
    change.finish()


def add(course_key, moved, model_of, model="Tally"):
    """Move the course's tallies (of ``model``) by ``moved`` ({(name, bucket): delta}), creating those not there yet."""
    moved = {key: delta for key, delta in sorted(moved.items()) if delta}
    tallies = model_of(model).objects.filter(course_key=course_key)

    def increase(keys):
        rows = tallies.filter(_any(Q(name=name, bucket=bucket) for name, bucket in keys))
        by = Case(*(When(name=name, bucket=bucket, then=Value(moved[name, bucket])) for name, bucket in keys))
        return rows.update(value=F("value") + by)

    if not moved or increase(moved) == len(moved):
        return
    # This change's own update saw (and locked) the tallies there were; make the others.
    there = set(tallies.filter(_any(Q(name=n, bucket=b) for n, b in moved)).values_list("name", "bucket"))
    for name, bucket in moved.keys() - there:
        try:
            with transaction.atomic():
                tallies.create(course_key=course_key, name=name, bucket=bucket, value=moved[name, bucket])
        except IntegrityError:
            increase([(name, bucket)])  # a concurrent change made it first


def school_bucket(key):
    """A school's tally bucket: its key (up to 301 characters) hashed to the bucket's 16."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _count_schools(course_key, moved, model_of):
    """Move the schools' tallies by ``moved``; a school that has just joined its first group, or left its
    last, moves the course's count of schools (read under the row locks the update holds)."""
    if not moved:
        return
    add(course_key, moved, model_of, model="SchoolTally")
    buckets = {bucket: delta for (_name, bucket), delta in moved.items()}
    now = model_of("SchoolTally").objects.filter(course_key=course_key, name=SCHOOL, bucket__in=buckets)
    values = dict(now.values_list("bucket", "value"))
    delta = sum(
        (1 if values.get(bucket) == 1 else 0) if moved_by > 0 else (-1 if not values.get(bucket) else 0)
        for bucket, moved_by in buckets.items()
    )
    add(course_key, {(SCHOOLS, ""): delta}, model_of)


def totals(course_key):
    """The course's tallies by name; ``country`` is how many countries have active groups."""
    found = dict.fromkeys((*COURSE_TALLIES, COUNTRY), 0)
    for name, value in _totals(course_key=str(course_key)):
        found[name] += (value > 0) if name == COUNTRY else value
    return found


def value(course_key, name, bucket=""):
    """One tally of the course (0 if nothing has moved it yet)."""
    rows = _value(course_key=str(course_key), name=name, bucket=bucket)
    return rows[0].value if rows else 0


def held_by_week(course_key, starts):
    """Meetings held in each week beginning at ``starts`` (aware times, in order), summed by the
    database from the hourly tallies: the list of counts."""
    hours = {f"start{n}": hour_of(start) for n, start in enumerate(starts)}
    counts = [0] * len(starts)
    for week, count in _held(shape=(len(starts),), course_key=str(course_key), **hours):
        counts[week] = count
    return counts


def _totals_query(shape, course_key):
    rows = Tally.objects.filter(course_key=course_key, name__in=(*COURSE_TALLIES, COUNTRY))
    return rows.values_list("name", "value", named=True)


def _value_query(shape, course_key, name, bucket):
    return Tally.objects.filter(course_key=course_key, name=name, bucket=bucket).values_list("value", named=True)


def _held_query(shape, course_key, **starts):
    """Each hour's tally counts in the last week whose start it is not before (hours compare as text)."""
    (weeks,) = shape
    week = Case(*(When(bucket__gte=starts[f"start{n}"], then=Value(n)) for n in reversed(range(weeks))))
    rows = Tally.objects.filter(course_key=course_key, name=HELD, bucket__gte=starts["start0"])
    return rows.annotate(week=week).values("week").annotate(count=Sum("value")).values_list("week", "count", named=True)


_totals, _value, _held = Prepared(_totals_query), Prepared(_value_query), Prepared(_held_query)


def words_of(school_name, city):
    """The folded words of a group's school name and city, as the search matches them."""
    from ..models import WORD_MAX

    return sorted({word[:WORD_MAX] for word in f"{fold(school_name)} {fold(city)}".split()})


def sort_key(school_name, city):
    """A group's place in the search's order: its school's name, then its city, folded (two spaces
    come before any word, so a name that begins another comes first)."""
    from ..models import SORT_KEY_MAX

    return f"{fold(school_name)}  {fold(city)}"[:SORT_KEY_MAX]


def index_words(group, apps=installed_apps):
    """Make the search's word index of ``group`` match its schools' names and cities: the host
    school's and those its members name as their own."""
    model_of = _models(apps)
    words = model_of("GroupWord").objects
    schools = {(group.school_name, group.city)}
    membership = model_of("Membership")
    if hasattr(membership, "school_name"):  # members name their schools from migration 0007 on
        members = membership.objects.filter(group_id=group.pk, active=True).exclude(school_name="")
        schools.update(members.values_list("school_name", "city").distinct())
    words.filter(group_id=group.pk).delete()
    placed = _placing(words.model)(group.school_name, group.city)
    words.bulk_create(
        words.model(group_id=group.pk, course_key=group.course_key, word=word, **placed)
        for word in sorted({word for school in schools for word in words_of(*school)})
    )


def _placing(word_model):
    """How to place a group's words in the search's order: the fields, from its name and city (none
    before migration 0014)."""
    if "sort_key" in {field.name for field in word_model._meta.get_fields()}:
        return lambda school_name, city: {"sort_key": sort_key(school_name, city)}
    return lambda school_name, city: {}


def recount(course_key: CourseKey, apps: Apps = installed_apps) -> None:
    """Take all of a course's counts again from its rows: each group's, the tallies, the word index."""
    model_of = _models(apps)
    groups = model_of("StudyGroup").objects.filter(course_key=course_key)
    marks = model_of("UsefulMark").objects.filter(adaptation=OuterRef("pk")).values("adaptation")
    counted = _counted(model_of)
    members_schools = counted.pop("schools", None)
    paced = [counted.pop(name) for name in PACE_ROWS if name in counted]
    with transaction.atomic():
        groups.update(**counted)
        if paced:
            recount_paces(groups, apps)
        model_of("Adaptation").objects.filter(group__course_key=course_key).update(
            useful_count=Coalesce(Subquery(marks.annotate(n=Count("pk")).values("n")), 0)
        )
        shares: dict[tuple[str, str], int] = {}
        for archived, country, *values in groups.values_list("archived", "country", *COUNTS).iterator():
            for key, value in _share(archived, country, dict(zip(COUNTS, values, strict=True))).items():
                _move(shares, key, value)
        held = model_of("Meeting").objects.filter(group__course_key=course_key, status="held", deleted__isnull=True)
        by_hour = held.annotate(hour=TruncHour("start", tzinfo=UTC)).values("hour").annotate(n=Count("pk"))
        for hour, count in by_hour.values_list("hour", "n"):
            _move(shares, (HELD, hour_of(hour)), count)
        if members_schools is not None:
            _recount_schools(course_key, groups, model_of, shares)
        tally = model_of("Tally")
        tally.objects.filter(course_key=course_key).delete()
        tally.objects.bulk_create(
            tally(course_key=course_key, name=name, bucket=bucket, value=value)
            for (name, bucket), value in shares.items()
            if value
        )
        _reindex_words(course_key, groups, model_of)


def _reindex_words(course_key, groups, model_of):
    """The course's word index, from its groups' schools: each host school's and its members'."""
    word = model_of("GroupWord")
    placing, found, placed = _placing(word), {}, {}
    for pk, name, city in groups.values_list("pk", "school_name", "city"):
        found[pk], placed[pk] = set(words_of(name, city)), placing(name, city)
    membership = model_of("Membership")
    if hasattr(membership, "school_name"):  # members name their schools from migration 0007 on
        members = membership.objects.filter(group__in=groups, active=True).exclude(school_name="")
        for pk, name, city in members.values_list("group_id", "school_name", "city").distinct().iterator():
            found[pk].update(words_of(name, city))
    word.objects.filter(course_key=course_key).delete()
    word.objects.bulk_create(
        (
            word(group_id=pk, course_key=course_key, word=text, **placed[pk])
            for pk, texts in found.items()
            for text in sorted(texts)
        ),
        batch_size=1000,
    )


def _recount_schools(course_key, groups, model_of, shares):
    """Each group's schools (its active members'), the schools' tallies and the course's count of
    schools (into ``shares``), from the rows."""
    members = model_of("Membership").objects.filter(group__in=groups, active=True, group__archived__isnull=True)
    by_group: dict[int, set[str]] = {}
    for group_id, key in members.values_list("group_id", "school_key").iterator():
        by_group.setdefault(group_id, set()).add(key)
    counted, schools = [], {}
    for group in groups.only("pk"):
        keys = by_group.get(group.pk, set())
        group.school_keys, group.school_count = json.dumps(sorted(keys)), len(keys)
        counted.append(group)
        for key in keys:
            _move(schools, school_bucket(key), 1)
    model_of("StudyGroup").objects.bulk_update(counted, ["school_keys", "school_count"], batch_size=500)
    tally = model_of("SchoolTally")
    tally.objects.filter(course_key=course_key).delete()
    tally.objects.bulk_create(
        tally(course_key=course_key, name=SCHOOL, bucket=bucket, value=value) for bucket, value in schools.items()
    )
    _move(shares, (SCHOOLS, ""), len(schools))


def _share(archived, country, counts):
    """What one group adds to its course's tallies."""
    share = {(tally, ""): counts[name] for name, tally in COUNTS.items() if tally}
    if archived is None:
        return {**share, (GROUPS, ""): 1, (COUNTRY, country): 1}
    return {**share, (ARCHIVED, ""): 1}


def _counted(model_of):
    """Each count of a group (the outer query's row) taken from its rows."""
    held = model_of("Meeting").objects.filter(group=OuterRef("pk"), status="held", deleted__isnull=True).values("group")
    members = model_of("Membership").objects.filter(group=OuterRef("pk"), active=True).values("group")
    shared = model_of("Adaptation").objects.filter(group=OuterRef("pk"), deleted__isnull=True).values("group")
    schools, pace = {}, {}
    if hasattr(model_of("StudyGroup"), "school_keys"):  # from migration 0008 on
        schools["schools"] = Subquery(members.annotate(rows=JSONRows("school_key")).values("rows"))
    if hasattr(model_of("StudyGroup"), "pace_behind_from"):  # from migration 0012 on
        checks = model_of("CheckIn").objects.filter(
            learner__memberships__group=OuterRef("pk"), learner__memberships__active=True
        )
        pace = {
            "pace_dates": json_rows(model_of("PaceDate").objects, "pace__group", "unit_id", "due"),
            "pace_members": Subquery(members.annotate(rows=JSONRows("learner_id", "joined")).values("rows")),
            "pace_checks": Subquery(
                checks.values("learner__memberships__group")
                .annotate(rows=JSONRows("learner_id", "unit_id"))
                .values("rows")
            ),
        }
    return {
        **schools,
        **pace,
        "member_count": Coalesce(Subquery(members.annotate(n=Count("pk")).values("n")), 0),
        "meeting_count": Coalesce(Subquery(held.annotate(n=Count("pk")).values("n")), 0),
        "held_minutes": Coalesce(Subquery(held.annotate(n=Sum("duration_minutes")).values("n")), 0),
        "last_meeting": Subquery(held.annotate(n=Max("start")).values("n")),
        "adaptation_count": Coalesce(Subquery(shared.annotate(n=Count("pk")).values("n")), 0),
    }


PACE_ROWS = ("pace_dates", "pace_members", "pace_checks")


def recount_paces(groups, apps=installed_apps):
    """The pace fields of ``groups`` (a queryset), taken again from their rows: after a change to many
    groups at once (a unit the course shows for the first time), or in a recount of the course."""
    model_of = _models(apps)
    pace = {name: _counted(model_of)[name] for name in PACE_ROWS}
    groups.filter(pace__isnull=True).exclude(pace_owed_days=None).update(pace_owed_days=None, pace_behind_from=None)
    paced = groups.filter(pace__isnull=False).annotate(**pace).values_list("pk", *PACE_ROWS)
    changed = [model_of("StudyGroup")(pk=pk, **pace_fields(*rows)) for pk, *rows in paced.iterator()]
    model_of("StudyGroup").objects.bulk_update(changed, PACE_FIELDS, batch_size=500)


PACE_FIELDS = ("pace_owed_days", "pace_behind_from")


def pace_fields(dates, members, checks):
    """A group's pace fields from the JSON rows :func:`_counted` read with it: each member's earliest
    day owing a unit (those who owe one), sorted, and the first of them; nothing without a pace."""
    dates = {unit_id: date.fromisoformat(day) for unit_id, day in json_list(dates)}
    if not dates:
        return dict.fromkeys(PACE_FIELDS)
    done = {}
    for learner_id, unit_id in json_list(checks):
        done.setdefault(learner_id, set()).add(unit_id)
    owed = (
        owed_from(dates, done.get(learner_id, set()), utc_day(json_moment(joined)))
        for learner_id, joined in json_list(members)
    )
    days = sorted(filter(None, owed))
    return {
        "pace_owed_days": json.dumps([day.isoformat() for day in days]),
        "pace_behind_from": days[0] if days else None,
    }


def _move(moved, key, delta):
    if delta:
        moved[key] = moved.get(key, 0) + delta


def _any(conditions):
    combined = Q(pk__in=[])
    for condition in conditions:
        combined |= condition
    return combined


def _models(apps):
    return lambda name: apps.get_model("studygroup", name)

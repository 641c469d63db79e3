"""A course of any size, fast: rows written with one multi-row insert per table and chunk.

Each group has ten teachers (one coordinates), ten meetings (nine held over the past
weeks, six present at each, two action items, one unit discussed; one planned), three times
proposed for the next one (half the teachers have answered), and two adaptations of the
course's units; each teacher has checked in on three units; three groups in four keep a pace
through the course, two of them with every teacher a unit behind. The course grows in place
(``grow(1000)`` adds what 1,000 groups need beyond what is there), so one database serves
every size the bench measures.
"""

import json
import random
import uuid
from datetime import timedelta

from django.apps import apps
from django.db import connection
from django.utils import timezone

from studygroup_xblock.api import tallies
from studygroup_xblock.api.groups import MEMBER_SCHOOL
from studygroup_xblock.api.pace import rhythm_day
from studygroup_xblock.models import (
    ActionItem,
    Adaptation,
    Attendance,
    CheckIn,
    GroupPace,
    Learner,
    Meeting,
    Membership,
    PaceDate,
    ProposedTime,
    StudyGroup,
    TimeAnswer,
    TimeProposal,
    Unit,
    UsefulMark,
)
from studygroup_xblock.validation import fold
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY

MEMBERS, MEETINGS, HELD, PRESENT, ACTION_ITEMS, ADAPTATIONS, CHECK_INS = 10, 10, 9, 6, 2, 2, 3
PROPOSED, ANSWERING = 3, 5  # times proposed for the next meeting; teachers who answered them
UNITS = 12
COUNTRIES = ("HR", "DE", "IT", "MT", "NL", "PT", "RO", "ES")
# Each country's kinds of school, as often as a region has them (most Croatian schools are an
# "Osnovna škola ..."), in the shapes its schools are named in, and its cities: the words a search
# finds in hundreds of groups of a large course, as it would in a real one.
KINDS = {
    "HR": {"Osnovna škola {}": 7, "Gimnazija {}": 1, "Srednja škola {}": 1, "Strukovna škola {}": 1},
    "DE": {"Grundschule {}": 5, "Gymnasium {}": 1, "{}-Gymnasium": 1, "Realschule {}": 2, "Gesamtschule {}": 1},
    "IT": {"Istituto Comprensivo {}": 4, "Scuola Primaria {}": 3, "Liceo Scientifico {}": 2, "Istituto Tecnico {}": 1},
    "MT": {"{} Primary School": 5, "St {} College": 3, "{} Middle School": 2},
    "NL": {"Basisschool {}": 4, "Openbare Basisschool {}": 2, "Christelijke Basisschool {}": 2, "Lyceum {}": 2},
    "PT": {"Escola Básica {}": 6, "Escola Secundária {}": 3, "Agrupamento de Escolas {}": 1},
    "RO": {"Școala Gimnazială {}": 6, "Liceul Teoretic {}": 2, "Colegiul Național {}": 2},
    "ES": {"CEIP {}": 6, "IES {}": 3, "Colegio {}": 1},
}
KIND_CYCLES = {code: [kind for kind, times in kinds.items() for _ in range(times)] for code, kinds in KINDS.items()}
CITIES = {
    "HR": ("Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Pula", "Slavonski Brod", "Karlovac", "Varaždin", "Šibenik"),
    "DE": ("Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bonn", "Münster", "Freiburg", "Kiel"),
    "IT": ("Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Bari", "Lecce", "Verona", "Padova"),
    "MT": ("Valletta", "Birkirkara", "Mosta", "Qormi", "Żabbar", "Sliema", "Naxxar", "Rabat", "Żejtun", "Fgura"),
    "NL": (
        "Amsterdam",
        "Rotterdam",
        "Utrecht",
        "Eindhoven",
        "Groningen",
        "Zwolle",
        "Delft",
        "Leiden",
        "Breda",
        "Tilburg",
    ),
    "PT": ("Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Aveiro", "Faro", "Évora", "Viseu", "Leiria"),
    "RO": (
        "București",
        "Cluj-Napoca",
        "Iași",
        "Timișoara",
        "Brașov",
        "Constanța",
        "Craiova",
        "Sibiu",
        "Oradea",
        "Arad",
    ),
    "ES": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Granada", "Bilbao", "Soria", "Murcia"),
}
# Schools are also named after people, as many are: 53 first names and 210 surnames name 11,130 schools apart.
FIRST_NAMES = [
    f"{start}{end}"
    for start in ("An", "Iv", "Mar", "Luk", "Ev", "Tom", "Nin", "Jos", "Kat")
    for end in ("a", "o", "ina", "ko", "ek", "ija")
][:53]
SURNAMES = [
    f"{start}{end}"
    for start in (
        "Kov",
        "Hor",
        "Bab",
        "Mar",
        "Nov",
        "Jur",
        "Kne",
        "Pet",
        "Vuk",
        "Tom",
        "Bar",
        "Lip",
        "Mat",
        "Ros",
        "Zup",
    )
    for end in ("ač", "vat", "ić", "ek", "ović", "ar", "inski", "elli", "mann", "ero", "ard", "sky", "oni", "ens")
]


def country(group):
    return COUNTRIES[group % len(COUNTRIES)]


def school_name(group):
    """The name of the ``group``-th school: a kind of school of its country and the person it is named after."""
    person = f"{FIRST_NAMES[group % len(FIRST_NAMES)]} {SURNAMES[group // len(FIRST_NAMES) % len(SURNAMES)]}"
    kinds = KIND_CYCLES[country(group)]
    return kinds[group // len(COUNTRIES) % len(kinds)].format(person)


def city(group):
    """The ``group``-th school's city, one of its country's, spread over its kinds of school."""
    cities = CITIES[country(group)]
    return cities[(group * 2654435761 >> 16) % len(cities)]


CHUNK = 5000


def learner_id(group, member):
    return f"t{group}x{member}"


def units(bench_unit_id):
    """The course's units: the bench block's own first, then the rest."""
    existing = list(
        Unit.objects.filter(course_key=WORKBENCH_COURSE_KEY).order_by("position").values_list("pk", flat=True)
    )
    if len(existing) < UNITS:
        _insert(
            Unit,
            ("course_key", "usage_key", "title", "position", "first_seen"),
            [
                (str(WORKBENCH_COURSE_KEY), f"bench-unit-{n}", f"Unit {n}", f"{n:04d}", _at(timezone.now()))
                for n in range(len(existing) + 1, UNITS)
            ],
        )
    return [
        bench_unit_id,
        *Unit.objects.exclude(pk=bench_unit_id).filter(course_key=WORKBENCH_COURSE_KEY).values_list("pk", flat=True),
    ]


def grow(groups, unit_ids):
    """Add groups (and all they hold) until the course has ``groups`` of them, then count them and
    let the database take its statistics, as a production database keeps them."""
    first = StudyGroup.objects.filter(course_key=WORKBENCH_COURSE_KEY).count()
    for start in range(first, groups, CHUNK // MEMBERS):
        _add_groups(range(start, min(groups, start + CHUNK // MEMBERS)), unit_ids)
    tallies.recount(WORKBENCH_COURSE_KEY)
    tables = [model._meta.db_table for model in apps.get_app_config("studygroup").get_models()]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
        else:
            cursor.execute("ANALYZE TABLE " + ", ".join(map(connection.ops.quote_name, tables)))
            cursor.fetchall()


def _add_groups(numbers, unit_ids):
    now = timezone.now()
    rng = random.Random(numbers.start)
    course = str(WORKBENCH_COURSE_KEY)
    _insert(
        Learner,
        ("user_id", "username", "full_name", "modified"),
        [(learner_id(g, m), learner_id(g, m), f"Teacher {g} {m}", _at(now)) for g in numbers for m in range(MEMBERS)],
    )
    learners = dict(
        Learner.objects.filter(user_id__in=[learner_id(g, m) for g in numbers for m in range(MEMBERS)]).values_list(
            "user_id", "pk"
        )
    )
    person = {(g, m): learners[learner_id(g, m)] for g in numbers for m in range(MEMBERS)}
    created = now - timedelta(weeks=HELD + 1)
    _insert(
        StudyGroup,
        (
            "course_key",
            "school_name",
            "city",
            "country",
            "language",
            "description",
            "school_key",
            "join_code",
            "is_open",
            "by_request",
            "size_limit",
            "created_by_id",
            "created",
            "modified",
            "member_count",
            "meeting_count",
            "held_minutes",
            "adaptation_count",
            "school_keys",
            "school_count",
        ),
        [
            (
                course,
                school_name(g),
                city(g),
                country(g),
                "en",
                "",
                f"{fold(school_name(g))}|{fold(city(g))}",
                f"B{g:07d}",
                True,
                False,
                12,
                person[g, 0],
                _at(created),
                _at(created),
                0,
                0,
                0,
                0,
                "",  # counted by tallies.recount
                0,
            )
            for g in numbers
        ],
    )
    group_pk = dict(
        StudyGroup.objects.filter(join_code__in=[f"B{g:07d}" for g in numbers]).values_list("join_code", "pk")
    )
    group_of = {g: group_pk[f"B{g:07d}"] for g in numbers}
    _insert(
        Membership,
        ("group_id", "learner_id", "course_key", "role", "active", "joined", *MEMBER_SCHOOL),
        [
            (
                group_of[g],
                person[g, m],
                course,
                "coordinator" if m == 0 else "member",
                True,
                _at(created),
                school_name(g),
                city(g),
                country(g),
                f"{fold(school_name(g))}|{fold(city(g))}",
            )
            for g in numbers
            for m in range(MEMBERS)
        ],
    )
    meetings = [(g, k, uuid.uuid4().hex) for g in numbers for k in range(MEETINGS)]
    _insert(
        Meeting,
        (
            "uid",
            "group_id",
            "status",
            "start",
            "duration_minutes",
            "mode",
            "location",
            "link",
            "agenda",
            "guests",
            "topics",
            "notes",
            "outcomes",
            "created_by_id",
            "created",
        ),
        [
            (
                uid,
                group_of[g],
                "held" if k < HELD else "planned",
                _at(now - timedelta(weeks=HELD - k, hours=rng.randrange(48)) if k < HELD else now + timedelta(days=6)),
                60,
                "in_person",
                "Library",
                "",
                "1. Unit\n2. Pupils",
                0,
                "Topics " * 5,
                "Notes " * 40,
                "Outcomes " * 8,
                person[g, 0],
                _at(now),
            )
            for g, k, uid in meetings
        ],
    )
    meeting_pk = dict(Meeting.objects.filter(uid__in=[uid for _g, _k, uid in meetings]).values_list("uid", "pk"))
    held = [(g, k, meeting_pk[uuid.UUID(uid)]) for g, k, uid in meetings if k < HELD]
    _insert(
        Attendance,
        ("meeting_id", "learner_id", "confirmed"),
        [(pk, person[g, m], _at(now) if m % 2 else None) for g, _k, pk in held for m in range(PRESENT)],
    )
    _insert(
        ActionItem,
        ("meeting_id", "text", "owner_id", "done", "done_by_id"),
        [
            (
                pk,
                f"Try the idea of unit {k} in class",
                person[g, a + 1],
                _at(now) if k < HELD - 1 else None,
                person[g, a + 1] if k < HELD - 1 else None,
            )
            for g, k, pk in held
            for a in range(ACTION_ITEMS)
        ],
    )
    units_table = Meeting.units.through
    _insert(units_table, ("meeting_id", "unit_id"), [(pk, unit_ids[k % len(unit_ids)]) for _g, k, pk in held])
    _insert(
        Adaptation,
        (
            "group_id",
            "unit_id",
            "author_id",
            "title",
            "body",
            "subject",
            "isced_level",
            "language",
            "link",
            "course_wide",
            "created",
            "hidden_reason",
            "useful_count",
        ),
        [
            (
                group_of[g],
                unit_ids[(g + a) % len(unit_ids)],
                person[g, a],
                f"Exit tickets, school {g}",
                "How we used them. " * 20,
                ("Mathematics", "Languages", "Science")[(g + a) % 3],
                1 + (g + a) % 3,
                ("hr", "de", "it", "en")[g % 4],
                "",
                True,
                _at(now - timedelta(days=(g * 7 + a) % 60)),
                "",
                0,
            )
            for g in numbers
            for a in range(ADAPTATIONS)
        ],
    )
    adaptation_pks = list(Adaptation.objects.filter(group_id__in=group_of.values()).values_list("pk", "group_id"))
    number_of = {pk: g for g, pk in group_of.items()}
    _insert(
        UsefulMark,
        ("adaptation_id", "learner_id", "created"),
        [
            (pk, person[_neighbour(number_of[group], numbers), m], _at(now))
            for pk, group in adaptation_pks
            for m in range(rng.randrange(3))
        ],
    )
    _insert(
        CheckIn,
        ("learner_id", "unit_id", "created"),
        [(person[g, m], unit_ids[c], _at(now)) for g in numbers for m in range(MEMBERS) for c in range(CHECK_INS)],
    )
    _add_proposals(group_of, person, now)
    _add_paces(group_of, person, unit_ids, now)


def _add_paces(group_of, person, unit_ids, now):
    """A pace in three groups of four, a unit every two weeks over the course's units: from eight weeks
    ago (four units due, so every teacher is one behind), from four weeks ago (on track), or none."""
    starts = {g: now.date() - timedelta(weeks=8 if g % 4 < 2 else 4) for g in group_of if g % 4 < 3}
    _insert(
        GroupPace,
        ("group_id", "start", "weeks_per_unit", "set_by_id", "modified"),
        [(group_of[g], _day(start), 2, person[g, 0], _at(now)) for g, start in starts.items()],
    )
    paces = dict(GroupPace.objects.filter(group_id__in=group_of.values()).values_list("group_id", "pk"))
    _insert(
        PaceDate,
        ("pace_id", "unit_id", "due"),
        [
            (paces[group_of[g]], unit_id, _day(rhythm_day(start, 2, place)))
            for g, start in starts.items()
            for place, unit_id in enumerate(unit_ids)
        ],
    )
    # Every teacher worked through the first units (CHECK_INS), and joined before the pace started.
    for start in set(starts.values()):
        paced = [group_of[g] for g, begun in starts.items() if begun == start]
        owed = rhythm_day(start, 2, CHECK_INS)
        days = json.dumps([owed.isoformat()] * MEMBERS)
        StudyGroup.objects.filter(pk__in=paced).update(pace_behind_from=owed, pace_owed_days=days)


def _add_proposals(group_of, person, now):
    """Each group's open proposal: three times in the coming weeks, answered by half its teachers."""
    _insert(
        TimeProposal,
        ("group_id", "proposed_by_id", "created", "links", "state", "open"),
        [(pk, person[g, 1], _at(now), "{}", "open", True) for g, pk in group_of.items()],
    )
    proposals = dict(TimeProposal.objects.filter(group_id__in=group_of.values()).values_list("group_id", "pk"))
    _insert(
        ProposedTime,
        ("proposal_id", "start", "duration_minutes", "mode", "location"),
        [
            (proposals[pk], _at(now + timedelta(days=7 + t)), 60, "in_person", "Staff room")
            for pk in group_of.values()
            for t in range(PROPOSED)
        ],
    )
    number_of = {pk: g for g, pk in group_of.items()}
    times = ProposedTime.objects.filter(proposal_id__in=proposals.values()).values_list("pk", "proposal__group_id")
    _insert(
        TimeAnswer,
        ("time_id", "learner_id", "answer", "answered"),
        [
            (pk, person[number_of[group], m], ("yes", "if_need_be", "no")[(pk + m) % 3], _at(now))
            for pk, group in times
            for m in range(ANSWERING)
        ],
    )


def _neighbour(number, numbers):
    """Another group of the same batch, whose teachers mark this one's adaptations."""
    return numbers.start + (number - numbers.start + 1) % len(numbers)


def _insert(model, columns, rows):
    """Multi-row INSERTs (as many rows as SQLite's 32,766 parameters allow), bypassing the ORM's per-object work."""
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    per_statement = min(CHUNK, 32000 // len(columns))
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            values = ", ".join(["(" + ", ".join(["%s"] * len(columns)) + ")"] * len(chunk))
            cursor.execute(f"INSERT INTO {table} ({names}) VALUES {values}", [v for row in chunk for v in row])


def _at(moment):
    return connection.ops.adapt_datetimefield_value(moment)


def _day(day):
    return connection.ops.adapt_datefield_value(day)

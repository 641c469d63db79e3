"""Reads whose SQL the ORM writes once per process and database connection.

Django compiles a queryset to SQL every time it runs one: about 0.2 ms, ten times what
SQLite (and as much as MySQL) takes to answer the small, fixed-shape reads a page makes.
A :class:`Prepared` read builds its queryset once, with a stand-in for each value, keeps
the SQL and the positions of the stand-ins, and from then on only binds values and runs
it, converting the columns as Django would.

Preparing reads the compiler's own records (``compiler.select``, ``Query.selected``),
which a Django release may change. So every read is a plain queryset first: with the
setting ``STUDYGROUP_XBLOCK_PREPARED_READS = False``, or where a read cannot be prepared
on this Django (logged once), the ORM runs it as any queryset, in the same queries.
"""

import itertools
import json
import logging
import operator
from collections import namedtuple
from datetime import UTC, date, datetime, timedelta
from weakref import WeakKeyDictionary

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Aggregate, Func, OuterRef, Subquery, TextField

_serial = itertools.count(1)
PROOF_READS = 3
log = logging.getLogger(__name__)


def prepared_reads_on():
    """Whether reads are prepared (the default) or run as plain querysets (``STUDYGROUP_XBLOCK_PREPARED_READS``)."""
    return getattr(settings, "STUDYGROUP_XBLOCK_PREPARED_READS", True)


class Prepared:
    """A ``values_list(..., named=True)`` read, compiled on first use per connection and ``shape``.

    ``build(**values)`` returns the queryset; each value is an int, a str (also in a
    ``contains``-like lookup) or an aware datetime (a stand-in when compiling), and a shape
    need not use them all. What changes the SQL itself (a slice, a sort, which filters
    apply) goes in ``shape``, a tuple of plain values passed to ``build`` as ``shape=``.
    Rows are named tuples, prepared or not.
    """

    def __init__(self, build):
        self.build = build
        self._plans = WeakKeyDictionary()

    def __call__(self, shape=(), **values):
        if not prepared_reads_on():
            return self.plainly(shape, values)
        connection = connections[DEFAULT_DB_ALIAS]
        plans = self._plans.setdefault(connection, {})
        key = (shape, tuple(sorted(values)))
        if key not in plans:
            plans[key], rows = self._proven_plan(connection, shape, values)
            return rows
        plan = plans[key]
        return plan.run(connection, values) if plan else self.plainly(shape, values)

    def plainly(self, shape, values):
        """The read as the ORM runs any queryset, compiled again each time."""
        return list(self.build(shape=shape, **values))

    def _proven_plan(self, connection, shape, values):
        """The read's plan and its first rows. On first use the plan must give the ORM's rows, names
        and values; else (logged, once) it is None, and the read stays a plain queryset on this
        connection. Django reads MySQL under READ COMMITTED, so a row written between the two reads
        tells them apart as well: only a difference that persists over ``PROOF_READS`` reads counts."""
        stand_ins = {name: _stand_in(value) for name, value in values.items()}
        with transaction.atomic(savepoint=False):
            rows = self.plainly(shape, values)
            try:
                plan = _Plan(connection, self.build, shape, stand_ins)
                for _ in range(PROOF_READS):
                    if _same_rows(plan.run(connection, values), rows):
                        return plan, rows
                    rows = self.plainly(shape, values)
            except (AttributeError, IndexError, KeyError, TypeError, ValueError):
                log.warning("Cannot prepare %s on this Django: it runs as a plain queryset.", self.build, exc_info=True)
                return None, rows
        log.warning("Prepared, %s reads other rows than the ORM: it runs as a plain queryset.", self.build)
        return None, rows


def _same_rows(prepared, plain):
    """The same values under the same names."""
    return prepared == plain and all(mine._fields == theirs._fields for mine, theirs in zip(prepared, plain))  # noqa: B905 - equal lengths


class _Plan:
    def __init__(self, connection, build, shape, stand_ins):
        queryset = build(shape=shape, **stand_ins)
        compiler = queryset.query.get_compiler(connection=connection)
        self.sql, params = compiler.as_sql()
        adapted = {_adapt(connection, stand_in): name for name, stand_in in stand_ins.items()}
        self.params = list(params)
        self.slots = []  # (position, name, around): around is None, or the text a LIKE pattern puts around it
        for position, param in enumerate(params):
            if _hashable(param) in adapted:
                self.slots.append((position, adapted[param], None))
            elif isinstance(param, str):
                self.slots.extend(
                    (position, name, param.split(stand_in))
                    for name, stand_in in stand_ins.items()
                    if isinstance(stand_in, str) and stand_in in param
                )
        self.compiler = compiler
        self.converters = compiler.get_converters([column[0] for column in compiler.select[: compiler.col_count]])
        query = queryset.query
        # The columns in the order the SQL selects them: Django 5.2 keeps values_list()'s own
        # order (``Query.selected``), older releases the fields, then the annotations.
        selected = getattr(query, "selected", None)
        names = list(selected) if selected else [*query.extra_select, *query.values_select, *query.annotation_select]
        wanted = [*queryset._fields, *(name for name in query.annotation_select if name not in queryset._fields)]
        self.reorder = None if wanted == names else operator.itemgetter(*[names.index(name) for name in wanted])
        self.row = namedtuple("Row", wanted)._make

    def run(self, connection, values):
        params = list(self.params)
        for position, name, around in self.slots:
            if around is None:
                params[position] = _adapt(connection, values[name])
            else:
                params[position] = connection.ops.prep_for_like_query(values[name]).join(around)
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if self.converters:
            rows = self.compiler.apply_converters(rows, self.converters)
        if self.reorder:
            rows = map(self.reorder, rows)
        return [self.row(row) for row in rows]


def _stand_in(value):
    serial = next(_serial)
    if isinstance(value, bool):
        raise TypeError("a flag changes a query's shape: pass it in shape")
    if isinstance(value, int):
        return 32000 + serial % 767  # within every integer column's range, where Django checks it
    if isinstance(value, str):
        return f"course-v1:Prepared+StandIn{serial}+Run"  # a valid course key too, for CourseKeyField
    if isinstance(value, datetime):
        return datetime(1901, 1, 1, tzinfo=UTC) + timedelta(seconds=serial)
    if isinstance(value, date):
        return date(1901, 1, 1) + timedelta(days=serial % 36500)
    raise TypeError(f"cannot prepare a read on a {type(value).__name__}")


def _adapt(connection, value):
    """A value as the ORM sends it to the database."""
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, date):
        return connection.ops.adapt_datefield_value(value)
    return value


def _hashable(value):
    try:
        hash(value)
    except TypeError:
        return None
    return value


class JSONRows(Aggregate):
    """The rows of a group as one JSON array of arrays (``[[a, b], ...]``), or NULL for none.

    So one query can carry each meeting's attendees, action items and units along with it.
    """

    function = "JSON_ARRAYAGG"  # MySQL 5.7.22+, MariaDB 10.5+
    row_function = "JSON_ARRAY"
    output_field = TextField()

    def __init__(self, *expressions):
        super().__init__(Func(*expressions, function=self.row_function, output_field=TextField()))

    def as_sqlite(self, compiler, connection, **extra_context):
        row = Func(*self.get_source_expressions()[0].get_source_expressions(), function="json_array")
        return Func(row, function="json_group_array").as_sql(compiler, connection, **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        row = Func(*self.get_source_expressions()[0].get_source_expressions(), function="json_build_array")
        return Func(row, function="json_agg").as_sql(compiler, connection, **extra_context)


def allow_long_json_lists(sender, connection, **kwargs):
    """Let MariaDB's ``JSON_ARRAYAGG`` make lists as long as a row may be, on each new connection.

    MariaDB builds it with ``GROUP_CONCAT`` and cuts it silently at ``group_concat_max_len`` (1 MiB
    by default, less where a server is set lower): a member list cut short would read as broken JSON.
    MySQL's has no such limit, so its connections are left as they are. Connected to Django's
    ``connection_created`` by the app.
    """
    if connection.vendor == "mysql" and connection.mysql_is_mariadb:
        with connection.cursor() as cursor:
            cursor.execute(
                "SET SESSION group_concat_max_len = GREATEST(@@SESSION.group_concat_max_len, @@max_allowed_packet)"
            )


def json_rows(rows, key, *columns, outer="pk"):
    """For each row of the outer query, ``columns`` of the ``rows`` (a queryset) whose ``key`` points to
    it (to its ``outer`` field), as JSON."""
    related = rows.filter(**{key: OuterRef(outer)}).values(key)
    return Subquery(related.annotate(rows=JSONRows(*columns)).values("rows"))


def json_list(value):
    """The rows :func:`json_rows` made, as lists."""
    return json.loads(value) if value else []


def json_moment(text):
    """A time as the database writes it into JSON: UTC, without a zone."""
    return datetime.fromisoformat(f"{text}+00:00") if text else None

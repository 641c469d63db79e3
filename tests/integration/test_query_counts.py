"""Every view and handler the bench measures costs at most 12 queries, the same in a small course and a
larger one (the bench times them at 10,000 groups: make bench)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench import seed
from bench.views import COURSE, Blocks, Change, measures
from studygroup_xblock import api
from tests.conftest import make_actor

pytestmark = pytest.mark.django_db

MOST = 12


def own_queries(call):
    """Queries on the block's own tables, once caches are warm (the workbench's field storage stands in
    for the LMS's)."""
    measured = call.call if isinstance(call, Change) else call
    measured()
    if isinstance(call, Change):
        call.undo()
    with CaptureQueriesContext(connection) as captured:
        measured()
    if isinstance(call, Change):
        call.undo()
    return sum(1 for query in captured.captured_queries if "studygroup_" in query["sql"])


@pytest.fixture(params=[True, False], ids=["prepared", "plain querysets"])
def prepared_reads(request, settings):
    """Both ways the api's reads run (``api/prepared.py``): prepared, and as plain querysets."""
    settings.STUDYGROUP_XBLOCK_PREPARED_READS = request.param
    return request.param


def test_each_costs_at_most_twelve_queries_whatever_the_course_size(prepared_reads):
    blocks = Blocks()
    units = seed.units(api.register_unit(COURSE, make_actor("ana"), blocks.studygroup, "Unit 1", "0000"))
    seed.grow(5, units)
    calls = measures(blocks, api.search_groups(COURSE, seed.school_name(0)).results[0].id)
    small = {name: own_queries(call) for name, call in calls.items()}
    seed.grow(120, units)  # past the page sizes and the counting limit
    larger = {name: own_queries(call) for name, call in calls.items()}

    assert larger == small
    assert {name: count for name, count in larger.items() if count > MOST} == {}


def test_prepared_reads_answer_as_plain_querysets_do(settings):
    blocks = Blocks()
    units = seed.units(api.register_unit(COURSE, make_actor("ana"), blocks.studygroup, "Unit 1", "0000"))
    seed.grow(30, units)
    calls = measures(blocks, api.search_groups(COURSE, seed.school_name(0)).results[0].id)
    reads = {name: call for name, call in calls.items() if not isinstance(call, Change)}
    answers = {}
    for prepared_reads in (True, False, True):  # the second time prepared, from plans made the first
        settings.STUDYGROUP_XBLOCK_PREPARED_READS = prepared_reads
        answers.setdefault(prepared_reads, []).append({name: call() for name, call in reads.items()})

    assert answers[True][0] == answers[False][0] == answers[True][1]

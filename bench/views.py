"""The views and handlers the bench measures, as the LMS serves them: the block loaded afresh per call.

The tests count the same calls' queries (tests/integration/test_query_counts.py).
"""

import json
from urllib.parse import urlencode

from webob import Request
from workbench.runtime import WorkbenchRuntime

from bench import seed
from studygroup_xblock.api import state
from studygroup_xblock.data import Actor
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY

COURSE = WORKBENCH_COURSE_KEY
COMMON_SEARCHES = {
    "two common words": "Osnovna škola",
    "a common word": "Gymnasium",
    "a common word's start": "gimn",
    "common words and a city": "Osnovna škola Zagreb",
    "a common word and a rare one": f"škola {seed.SURNAMES[0]}",
}
MEMBER, NEWCOMER, STAFF = seed.learner_id(0, 1), "newcomer", "staff"


class Blocks:
    """The bench's blocks, each loaded afresh for every call as the LMS loads one per request."""

    def __init__(self, with_peer=False):
        runtime = WorkbenchRuntime(STAFF)
        self.studygroup = runtime.parse_xml_string('<studygroup display_name="Study group"/>')
        self.poll = runtime.parse_xml_string("<poll/>") if with_peer else None  # the platform's bundled poll

    @staticmethod
    def load(usage_id, student):
        runtime = WorkbenchRuntime(student)
        return runtime.get_block(usage_id)

    def view(self, student, usage_id=None):
        return lambda: self.load(usage_id or self.studygroup, student).render("student_view").body_html()

    def handler(self, student, name, *, query=None, payload=None):
        """A call of handler ``name``: a GET with ``query``, else a JSON POST of ``payload``."""

        def call():
            block = self.load(self.studygroup, student)
            if query is not None:
                request = Request.blank("/?" + urlencode(query))
            else:
                request = Request.blank("/", method="POST", body=json.dumps(payload or {}).encode())
                request.content_type = "application/json"
            response = block.runtime.handle(block, name, request)
            if response.status_code != 200:
                raise RuntimeError(f"{name} answered {response.status_code}: {response.body[:300]!r}")
            return response.body

        return call


def measures(blocks, group_id):
    member = Actor(user_id=MEMBER, username=MEMBER)
    gallery = {"gallery": {"sort": "newest"}}
    return {
        "student_view, member": blocks.view(MEMBER),
        "student_view, no group": blocks.view(NEWCOMER),
        "student_view, staff": blocks.view(STAFF),
        "learner state": blocks.handler(MEMBER, "student_view_user_state", payload={}),
        "search by name": blocks.handler(NEWCOMER, "search_groups", query={"q": seed.school_name(0)}),
        # Words that name hundreds of a large course's schools, as "Osnovna škola" does in Croatia's.
        **{
            f"search, {what}": blocks.handler(NEWCOMER, "search_groups", query={"q": words})
            for what, words in COMMON_SEARCHES.items()
        },
        "search by country": blocks.handler(NEWCOMER, "search_groups", query={"country": "MT"}),
        "search, all groups": blocks.handler(NEWCOMER, "search_groups", query={}),
        "meeting history, page 2": blocks.handler(MEMBER, "meeting_history", payload={"page": 2}),
        "gallery, newest": blocks.handler(MEMBER, "unit_adaptations", payload=gallery),
        "gallery, most useful": blocks.handler(MEMBER, "unit_adaptations", payload={"gallery": {"sort": "useful"}}),
        "progress board": lambda: state.Reader.of(COURSE, member).progress(),
        "participation record": blocks.handler(MEMBER, "participation_record", query={}),
        "dashboard, by school": blocks.handler(STAFF, "staff_dashboard", query={"sort": "school"}),
        "dashboard, busiest first": blocks.handler(STAFF, "staff_dashboard", query={"sort": "-meetings"}),
        "dashboard, behind their pace": blocks.handler(STAFF, "staff_dashboard", query={"pace": "behind"}),
        "group record": blocks.handler(STAFF, "group_record", query={"group_id": group_id}),
        # A change is measured alone, and undone after each time: joining by code, then leaving.
        "join by code": Change(
            blocks.handler("joiner", "join_by_code", payload={"code": "B0000002"}),
            undo=blocks.handler("joiner", "leave_group", payload={}),
        ),
        "leave": Change(
            blocks.handler("leaver", "leave_group", payload={}),
            undo=blocks.handler("leaver", "join_by_code", payload={"code": "B0000002"}),
            undo_first=True,
        ),
    }


class Change:
    """A handler that changes something, and the one that puts it back (not measured)."""

    def __init__(self, call, *, undo, undo_first=False):
        self.call, self.undo = call, undo
        if undo_first:
            undo()

    def __call__(self):
        result = self.call()
        self.undo()
        return result

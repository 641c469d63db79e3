"""Staff viewing the demo course as a learner, over HTTP: the demo plays the LMS's masquerade (demo/masquerade.py).

The unit pages come with the learner as the request's user and the staff member on
``real_user``, as ``render_xblock`` serves them; handler calls keep the staff member as the
request's user, as ``get_block_by_usage_id`` does. Walked over every page and handler as
a coordinator, a member and a learner without a group: no row of any table changes.
"""

from datetime import date, timedelta

import pytest
import requests

from demo.roster import PEOPLE
from studygroup_xblock.block import StudyGroupXBlock
from studygroup_xblock.models import Meeting, StudyGroup
from tests.conftest import every_row, handlers_of, learner_on_page, reading_requests

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = ("studygroup.0", "studygroup.1")
# The course's first view for each (see demo/seed.py): a coordinator, a member, someone in no group.
ZAGREB = "Osnovna škola Augusta Šenoe"
LEARNERS = {"ana": (ZAGREB, "coordinator"), "ivan": (ZAGREB, "member"), "maria": (None, None)}


@pytest.fixture
def course(workbench):
    from demo import seed

    seed.seed()
    zagreb = StudyGroup.objects.get(memberships__learner__user_id="ana")
    meeting = Meeting.objects.filter(group=zagreb).first()
    return zagreb, meeting


def viewing_as(workbench, learner):
    """Staff's browser once they chose to view the course as ``learner``: the first page starts it."""
    http = requests.Session()
    first = http.get(workbench.page_url(learner) + "&masquerading=staff", timeout=30)
    first.raise_for_status()
    return http, first.text


@pytest.mark.parametrize("learner", LEARNERS)
def test_every_page_and_handler_as_a_masquerading_staff_member_changes_no_row(workbench, course, learner):
    group, meeting = course
    http, first_page = viewing_as(workbench, learner)
    before = every_row()

    pages = [http.get(workbench.page_url(learner, scenario), timeout=30) for scenario in PAGES]
    reads = reading_requests(group.id, meeting.id, (date.today() + timedelta(days=1)).isoformat())
    answers = {
        name: http.get(workbench.handler_url(learner, name), params=query, timeout=30) for name, query in reads.items()
    }
    headers = {"Content-Type": "application/json", "X-CSRFToken": http.cookies["csrftoken"]}
    changes = {
        name: http.post(workbench.handler_url(learner, name), data="{}", headers=headers, timeout=30)
        for name, writes in handlers_of(StudyGroupXBlock).items()
        if writes
    }

    notice = f"You are viewing the course as {PEOPLE[learner].full_name}"
    assert all(notice in page.text and '"read_only": true' in page.text for page in [*pages])
    assert notice in first_page
    assert [learner_on_page(page) for page in (first_page, *[page.text for page in pages])] == [LEARNERS[learner]] * 3
    assert {name: answer.status_code for name, answer in answers.items() if answer.status_code >= 500} == {}
    assert answers["student_view_user_state"].status_code == 200
    assert {name: (answer.status_code, answer.json()["error"]) for name, answer in changes.items()} == {
        name: (403, "staff_only" if name == "nudge_coordinators" else "read_only") for name in changes
    }
    assert every_row() == before


def test_ending_the_masquerade_gives_the_staff_members_own_view_back(workbench, course):
    http, _page = viewing_as(workbench, "ana")

    ended = http.get(workbench.page_url("ana") + "&masquerading=", timeout=30)

    assert "You are viewing the course as" not in ended.text
    assert '"read_only": false' in ended.text

"""The privacy rule on every answer: a learner never receives the full name of someone outside their group.

Every handler of the block and both units' pages are walked over HTTP as Lena and
Jonas of the Berlin school, in the seeded demo course where other schools' teachers
have also edited what they shared and recorded. Their JSON (and the JSON the pages
start from) may name people outside the Berlin group by username only.
"""

import json
import re
from datetime import date, timedelta

import pytest

from demo.roster import PEOPLE
from demo.schools import SCHOOLS
from studygroup_xblock import api
from studygroup_xblock.block import StudyGroupXBlock
from studygroup_xblock.data import Actor
from studygroup_xblock.models import ActionItem, Adaptation, Meeting, Membership, ProposedTime, StudyGroup, TimeProposal
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY

pytestmark = pytest.mark.django_db(transaction=True)

BERLIN = {"lena", "jonas"}
LAST_WEEK = (date.today() - timedelta(days=7)).isoformat()
NEXT_WEEK = (date.today() + timedelta(days=7)).isoformat()
IN_TWO_WEEKS = (date.today() + timedelta(days=14)).isoformat()
MEETING = {"date": NEXT_WEEK, "time": "16:00", "time_zone": "Europe/Berlin", "duration_minutes": 60, "mode": "online"}
ADAPTATION = {
    "title": "Karten",
    "body": "Sechs Karten.",
    "subject": "Science",
    "isced_level": 2,
    "language": "de",
    "course_wide": True,
}
SCRIPT_JSON = re.compile(r'<script[^>]*type="application/json"[^>]*>(.*?)</script>', re.DOTALL)


def actor(user_id):
    return Actor(user_id=user_id, username=user_id, full_name=PEOPLE[user_id].full_name)


def ignore(name, data):
    """Setting the scene publishes nothing."""


@pytest.fixture
def course(workbench):
    """The demo course, after other schools edited what they shared and recorded (edits name the editor)."""
    from demo import seed

    seed.seed()
    unit = seed.get_unit()
    zagreb_shared = Adaptation.objects.get(author__user_id="ivan", course_wide=True)
    changed = {**ADAPTATION, "title": "Exit tickets, revised", "language": "hr", "subject": "Mathematics"}
    api.edit_adaptation(
        WORKBENCH_COURSE_KEY, actor("ivan"), unit, zagreb_shared.id, changed, sharing_on=True, publish=ignore
    )
    zagreb = StudyGroup.objects.get(memberships__learner__user_id="ana")
    zagreb_meeting = Meeting.objects.filter(group=zagreb, status="held").first()
    berlin = StudyGroup.objects.get(memberships__learner__user_id="lena")
    return {
        "zagreb": zagreb,
        "zagreb_code": zagreb.join_code,
        "zagreb_meeting": zagreb_meeting.id,
        "zagreb_item": ActionItem.objects.filter(meeting__group=zagreb).first().id,
        "zagreb_adaptation": zagreb_shared.id,
        "zagreb_member": Membership.objects.filter(group=zagreb).first().id,
        "berlin": berlin,
        "berlin_meeting": Meeting.objects.filter(group=berlin).first().id,
        "jonas": Membership.objects.get(group=berlin, learner__user_id="jonas").id,
        "lena_learner": Membership.objects.get(group=berlin, learner__user_id="lena").learner_id,
        "zagreb_proposal": TimeProposal.objects.get(group=zagreb).id,
        "zagreb_time": ProposedTime.objects.filter(proposal__group=zagreb).first().id,
    }


def requests_for(course):
    """Each handler with what a learner of Berlin might send it (refused ones answer JSON errors)."""
    return {
        "student_view_user_state": [{}],
        "search_groups": [{"q": ""}, {"q": "zagreb"}],
        "create_group": [{"group": {**ADAPTATION, "school_name": "X", "city": "Y", "country": "DE", "is_open": True}}],
        "join_group": [{"group_id": course["zagreb"].id}],
        "join_by_code": [{"code": course["zagreb_code"]}],
        "leave_group": [{}],
        "ask_to_join": [{"group_id": course["zagreb"].id, "message": "Lena from Berlin"}],
        "withdraw_request": [{}],
        "dismiss_guide": [{}],
        "decide_request": [{"request_id": 1, "accept": True}, {"request_id": 1, "accept": False}],
        "set_my_school": [{"school": {"school_name": "Schule am See", "city": "Potsdam", "country": "DE"}}],
        "update_group": [
            {"group": {"school_name": "Heinrich-Heine-Gymnasium", "city": "Berlin", "country": "DE", "language": "de"}}
        ],
        "rotate_code": [{}],
        "remove_member": [{"membership_id": course["zagreb_member"]}],
        "set_role": [{"membership_id": course["jonas"], "role": "member"}],
        "hand_over": [{"membership_id": course["zagreb_member"]}],
        "plan_meeting": [{"meeting": MEETING}],
        "log_meeting": [{"meeting": {**MEETING, "date": LAST_WEEK, "attendees": [course["lena_learner"]]}}],
        "edit_meeting": [{"meeting_id": course["zagreb_meeting"], "meeting": MEETING}],
        "delete_meeting": [{"meeting_id": course["zagreb_meeting"]}],
        "confirm_attendance": [{"meeting_id": course["zagreb_meeting"]}],
        "set_action_item_done": [{"action_item_id": course["zagreb_item"], "done": True}],
        "propose_times": [
            {"proposal": {"times": [{**MEETING, "date": day} for day in (NEXT_WEEK, IN_TWO_WEEKS)], "time_zone": "UTC"}}
        ],
        "answer_times": [{"proposal_id": course["zagreb_proposal"], "answers": {course["zagreb_time"]: "yes"}}],
        "pick_time": [{"proposal_id": course["zagreb_proposal"], "time_id": course["zagreb_time"]}],
        "withdraw_proposal": [{"proposal_id": course["zagreb_proposal"]}],
        "set_pace": [{"pace": {"start": NEXT_WEEK, "weeks_per_unit": 2}}],
        "clear_pace": [{}],
        "meeting_history": [{"page": 1}],
        "members_on": [{"date": LAST_WEEK, "time_zone": "Europe/Berlin"}],
        "set_meeting_mail": [{"on": False}, {"on": True}],
        "choose_language": [{"language": "de"}, {"language": ""}],
        "stop_meeting_mail": [{"token": "not-a-token"}],
        "nudge_coordinators": [{"group_ids": [course["zagreb"].id], "text": "Time to meet?"}],
        "meeting_calendar": [{"meeting_id": course["berlin_meeting"]}, {"meeting_id": course["zagreb_meeting"]}],
        "unit_adaptations": [{}, {"sort": "useful"}],
        "share_adaptation": [{"adaptation": ADAPTATION}],
        "edit_adaptation": [{"adaptation_id": course["zagreb_adaptation"], "adaptation": ADAPTATION}],
        "delete_adaptation": [{"adaptation_id": course["zagreb_adaptation"]}],
        "mark_useful": [{"adaptation_id": course["zagreb_adaptation"], "useful": True}],
        "hide_adaptation": [{"adaptation_id": course["zagreb_adaptation"], "reason": "x"}],
        "unhide_adaptation": [{"adaptation_id": course["zagreb_adaptation"]}],
        "check_in": [{"done": True}],
        "staff_dashboard": [{}],
        "group_record": [{"group_id": course["berlin"].id}, {"group_id": course["zagreb"].id}],
        "participation_record": [{}],
        "export_csv": [{"kind": "memberships"}],
        "prepared_export": [{"export_id": 1}],
        "submit_studio_edits": [{"values": {}, "defaults": []}],  # Studio's, from the editing mixin
    }


def handlers():
    return {
        name for name in dir(StudyGroupXBlock) if getattr(getattr(StudyGroupXBlock, name), "_is_xblock_handler", False)
    }


def strings_in(response):
    """Every string a response carries: JSON decoded (names are \\u-escaped in it), and the page's own text."""
    texts = [response.text]
    bodies = (
        [response.text] if "json" in response.headers.get("Content-Type", "") else SCRIPT_JSON.findall(response.text)
    )
    for body in bodies:
        stack = [json.loads(body)]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, str):
                texts.append(value)
    return texts


@pytest.mark.parametrize("viewer", sorted(BERLIN))
def test_no_answer_names_anyone_outside_the_viewers_group(workbench, course, viewer):
    outsiders = [person.full_name for person in PEOPLE.values() if person.user_id not in BERLIN]
    outsiders += [name for school in SCHOOLS for name in school.teachers]
    requests = requests_for(course)
    assert set(requests) == handlers(), "walk every handler: add the new one to requests_for()"
    session = workbench.session(viewer)
    answers = {
        "page, unit 1": session.page,
        "page, unit 2": session.http.get(workbench.page_url(viewer, "studygroup.1")),
    }
    for handler, payloads in requests.items():
        for number, payload in enumerate(payloads):
            answers[f"{handler} #{number}"] = session.post(handler, payload)

    assert {name: answer.status_code for name, answer in answers.items() if answer.status_code >= 500} == {}
    leaks = {
        name: sorted({outsider for outsider in outsiders for text in strings_in(answer) if outsider in text})
        for name, answer in answers.items()
    }
    assert {name: found for name, found in leaks.items() if found} == {}
    assert any("Ivan Horvat" in text for text in strings_in(workbench.session("ana").post("unit_adaptations")))

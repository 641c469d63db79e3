"""Seed the demo course with three schools' study groups and their meetings (``make demo``).

Goes through ``api.py`` like the block does, so the seeded data obeys every rule; only
the groups' start dates are moved back six weeks first, so that there is a history to
log meetings into. Running it again changes nothing.
"""

import os
from datetime import timedelta
from zoneinfo import ZoneInfo

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")
django.setup()

from django.utils import timezone  # noqa: E402
from workbench.scenarios import get_scenarios  # noqa: E402

from studygroup_xblock import api  # noqa: E402
from studygroup_xblock.data import Actor, MailSetting  # noqa: E402
from studygroup_xblock.models import Membership, StudyGroup  # noqa: E402
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY  # noqa: E402

from .roster import PEOPLE  # noqa: E402
from .schools import ACTION_ITEMS, ACTIVE, CLOSED, QUIET, REGIONAL_TEACHERS, TOPICS, username  # noqa: E402
from .schools import SCHOOLS as MORE_SCHOOLS  # noqa: E402

SCHOOLS = [
    {
        "coordinator": "ana",
        "members": ["ivan"],
        "time_zone": "Europe/Zagreb",
        "meetings": [
            {
                "weeks_ago": 4,
                "topics": "Why we take the course together; what each of us hopes to try in class.",
                "outcomes": "Meet every second Wednesday after the last lesson, in the library.",
                "action_items": [("Book the library for the term", "ana", True)],
            },
            {
                "weeks_ago": 2,
                "topics": "Unit 1: exit tickets in years 5 and 6.",
                "outcomes": "Ivan tries exit tickets in maths; Ana in Croatian.",
                "action_items": [("Share an exit-ticket template", "ivan", False)],
                "confirmed_by": ["ivan"],
            },
        ],
        "plan_in_days": 5,
        "adaptations": [
            (
                "ivan",
                "Exit tickets in years 5 and 6",
                "Mathematics",
                1,
                "hr",
                True,
                "Three questions on a slip at the end of each lesson, in Croatian; we sort them by the next morning "
                "and start the next lesson with the most common mistake.",
            ),
            (
                "ana",
                "A reading corner for the unit's texts",
                "Croatian language",
                1,
                "hr",
                False,
                "We translated two of the unit's short texts and keep them in the library corner for our group.",
            ),
        ],
        "check_ins": ["ana", "ivan"],
        "group": {
            "school_name": "Osnovna škola Augusta Šenoe",
            "city": "Zagreb",
            "country": "HR",
            "language": "hr",
            "description": "Six teachers of years 5 to 8. We meet on Wednesdays after the last lesson in the library.",
            "is_open": True,
        },
    },
    {
        "coordinator": "lena",
        "members": ["jonas"],
        "time_zone": "Europe/Berlin",
        "adaptations": [
            (
                "jonas",
                "Inquiry cards for year 7 science",
                "Science",
                2,
                "de",
                True,
                "We turned the unit's inquiry cycle into six cards pupils draw in pairs; the Grundschule colleagues "
                "use a simpler set of four in year 4.",
            ),
        ],
        "check_ins": ["lena"],
        "meetings": [
            {
                "weeks_ago": 3,
                "topics": "Inquiry-based science with the Grundschule colleagues.",
                "outcomes": "Joint lesson plan for year 4 and year 7.",
                "guests": 2,
                "action_items": [("Draft the joint lesson", "jonas", False)],
            },
        ],
        "group": {
            "school_name": "Heinrich-Heine-Gymnasium",
            "city": "Berlin",
            "country": "DE",
            "language": "de",
            "description": "Science and maths department, with colleagues from the Grundschule next door.",
            "is_open": False,
        },
    },
    {
        "coordinator": "lucia",
        "members": ["pablo"],
        "time_zone": "Europe/Madrid",
        "adaptations": [
            (
                "lucia",
                "Checklist in Valencian and Spanish",
                "Languages",
                3,
                "ca",
                True,
                "The unit's self-assessment checklist, in both languages of our school, for upper secondary.",
            ),
        ],
        "check_ins": [],
        "meetings": [
            {
                "weeks_ago": 1,
                "topics": "Unit 1 in Valencian and Spanish classes.",
                "outcomes": "Translate the unit's checklist into Valencian.",
                "action_items": [],
                "confirmed_by": ["pablo"],
            },
        ],
        "group": {
            "school_name": "IES Lluís Vives",
            "city": "València",
            "country": "ES",
            "language": "es",
            "description": "",
            "is_open": True,
        },
    },
]


UNIT_ONE = "Study group: why study together"
UNIT_TWO = "Study group: adapting to your school"

DEMO_URL = "http://127.0.0.1:8000"  # where make demo serves the course: the e-mails link back to it


def actor(user_id, language="", time_zone=""):
    """A demo learner; ``language`` and ``time_zone`` are those they use the course in (their e-mails' too)."""
    person = PEOPLE[user_id]
    return Actor(person.user_id, person.user_id, person.full_name, language=language, time_zone=time_zone)


def ignore(event_name, data):
    """Seeding is not learner activity: no tracking events."""


def seed():
    if api.count_groups(WORKBENCH_COURSE_KEY):
        print("The demo course already has study groups; nothing to seed.")
        return
    unit = get_unit()
    for school in SCHOOLS:
        local = (school["group"]["language"], school["time_zone"])
        coordinator = actor(school["coordinator"], *local)
        group_id = api.create_group(WORKBENCH_COURSE_KEY, coordinator, school["group"], size_limit=12, publish=ignore)
        join_code = api.get_learner_state(WORKBENCH_COURSE_KEY, coordinator).group.join_code
        for member in school["members"]:
            api.join_group_by_code(WORKBENCH_COURSE_KEY, actor(member, *local), join_code, publish=ignore)
        six_weeks_ago = timezone.now() - timedelta(weeks=6)
        StudyGroup.objects.filter(pk=group_id).update(created=six_weeks_ago)
        Membership.objects.filter(group_id=group_id).update(joined=six_weeks_ago)
        for meeting in school["meetings"]:
            log(school, meeting, unit)
        if school.get("plan_in_days"):
            plan(school, school["plan_in_days"])
            print(f"Mailed the meeting planned in {school['group']['city']} to its members: see var/mail/.")
        for author, title, subject, level, language, course_wide, body in school["adaptations"]:
            fields = {
                "title": title,
                "body": body,
                "subject": subject,
                "isced_level": level,
                "language": language,
                "course_wide": course_wide,
            }
            api.share_adaptation(WORKBENCH_COURSE_KEY, actor(author), unit, fields, sharing_on=True, publish=ignore)
        for user_id in school["check_ins"]:
            api.check_in(WORKBENCH_COURSE_KEY, actor(user_id), unit, True, publish=ignore)
        print(f"Seeded {school['group']['school_name']} (join code {join_code}).")
    mark_useful_ones()
    seed_proposal()
    print("Seeded times proposed in Zagreb for the next meeting, Ana's answers in, Ivan's to come.")
    seed_pace()
    print("Seeded Zagreb's pace: a unit every two weeks, from the Monday two weeks ago.")
    seed_more_schools(unit)
    print(f"Seeded {len(MORE_SCHOOLS)} more schools in the pilot countries, one quiet and one closed.")
    seed_regional_group(unit)
    print("Seeded a regional group of Valletta and Sliema that takes members by request.")


# Weeks ago each kind of group met; the quiet one stopped seven weeks ago, the closed one earlier.
MEETING_WEEKS = {ACTIVE: (12, 9, 6, 4, 2), QUIET: (13, 10, 7), CLOSED: (12, 10)}


def seed_more_schools(unit):
    """Thirty more groups across the pilot countries (``schools.py``), each with a few months of history."""
    for number, school in enumerate(MORE_SCHOOLS):
        teachers = [Actor(user_id=username(name), username=username(name), full_name=name) for name in school.teachers]
        fields = {
            "school_name": school.name,
            "city": school.city,
            "country": school.country,
            "language": school.language,
            "is_open": True,
        }
        group_id = api.create_group(WORKBENCH_COURSE_KEY, teachers[0], fields, size_limit=12, publish=ignore)
        for teacher in teachers[1:]:
            api.join_group(WORKBENCH_COURSE_KEY, teacher, group_id, publish=ignore)
        started = timezone.now() - timedelta(weeks=14)
        StudyGroup.objects.filter(pk=group_id).update(created=started)
        Membership.objects.filter(group_id=group_id).update(joined=started)
        ids = [member.learner_id for member in api.get_learner_state(WORKBENCH_COURSE_KEY, teachers[0]).group.members]
        for turn, weeks_ago in enumerate(MEETING_WEEKS[school.story][number % 2 :]):
            topics, outcomes = TOPICS[(number + turn) % len(TOPICS)]
            moment = timezone.now() - timedelta(weeks=weeks_ago, days=number % 3)
            local = moment.astimezone(ZoneInfo(school.time_zone))
            record = {
                "date": f"{local:%Y-%m-%d}",
                "time": f"{14 + number % 3:02d}:{'30' if turn % 2 else '00'}",
                "time_zone": school.time_zone,
                "duration_minutes": (45, 60, 75)[(number + turn) % 3],
                "mode": "in_person",
                "location": ("Staff room", "School library", "Room 12")[number % 3],
                "attendees": ids if turn % 2 else ids[: max(2, len(ids) - 1)],
                "units": [unit],
                "topics": topics,
                "outcomes": outcomes,
                "action_items": [
                    {"text": ACTION_ITEMS[(number + turn) % len(ACTION_ITEMS)], "owner": ids[-1], "done": turn < 2}
                ],
            }
            meeting_id = api.log_meeting(WORKBENCH_COURSE_KEY, teachers[0], record, publish=ignore)
            if turn % 2:
                api.confirm_attendance(WORKBENCH_COURSE_KEY, teachers[1], meeting_id, publish=ignore)
        if school.adaptation:
            title, subject, body = school.adaptation
            fields = {
                "title": title,
                "body": body,
                "subject": subject,
                "isced_level": school.level,
                "language": school.language,
                "course_wide": True,
            }
            api.share_adaptation(WORKBENCH_COURSE_KEY, teachers[-1], unit, fields, sharing_on=True, publish=ignore)
        for teacher in teachers if school.story == ACTIVE else ():
            api.check_in(WORKBENCH_COURSE_KEY, teacher, unit, True, publish=ignore)
        for teacher in reversed(teachers) if school.story == CLOSED else ():
            api.leave_group(WORKBENCH_COURSE_KEY, teacher, publish=ignore)


REGIONAL = {
    "school_name": "St Albert the Great College",
    "city": "Valletta",
    "country": "MT",
    "language": "en",
    "description": "Teachers of Valletta and Sliema, meeting in turn at each school on Thursdays.",
    "admission": "request",
}
SLIEMA = {"school_name": "St Joseph School", "city": "Sliema", "country": "MT"}


def seed_regional_group(unit):
    """Valletta's group, joined by request by a teacher of Sliema, who named her own school; a second
    Sliema teacher's request waits for the coordinator."""
    carmen, joanne, claire = (
        Actor(user_id=username(name), username=username(name), full_name=name) for name in REGIONAL_TEACHERS
    )
    group_id = api.create_group(WORKBENCH_COURSE_KEY, carmen, REGIONAL, size_limit=12, publish=ignore)
    api.ask_to_join(WORKBENCH_COURSE_KEY, joanne, group_id, "I teach year 4 at St Joseph, Sliema.", publish=ignore)
    (request,) = api.get_learner_state(WORKBENCH_COURSE_KEY, carmen).requests
    api.decide_request(WORKBENCH_COURSE_KEY, carmen, request.id, True, publish=ignore)
    api.set_my_school(WORKBENCH_COURSE_KEY, joanne, SLIEMA, publish=ignore)
    started = timezone.now() - timedelta(weeks=8)
    StudyGroup.objects.filter(pk=group_id).update(created=started)
    Membership.objects.filter(group_id=group_id).update(joined=started)
    ids = [member.learner_id for member in api.get_learner_state(WORKBENCH_COURSE_KEY, carmen).group.members]
    for weeks_ago, place in ((6, "St Albert, staff room"), (3, "St Joseph, library")):
        local = (timezone.now() - timedelta(weeks=weeks_ago)).astimezone(ZoneInfo("Europe/Malta"))
        record = {
            "date": f"{local:%Y-%m-%d}",
            "time": "14:30",
            "time_zone": "Europe/Malta",
            "duration_minutes": 60,
            "mode": "in_person",
            "location": place,
            "attendees": ids,
            "units": [unit],
            "topics": "Unit 1 in two schools: what works in Maltese and in English lessons.",
            "outcomes": "Each of us tries one exit ticket a week and brings three back.",
        }
        api.log_meeting(WORKBENCH_COURSE_KEY, carmen, record, publish=ignore)
    fields = {
        "title": "Exit tickets in two languages",
        "body": "Year 4 answer in Maltese or English, as they like; we count both.",
        "subject": "Maltese",
        "isced_level": 1,
        "language": "mt",
        "course_wide": True,
    }
    api.share_adaptation(WORKBENCH_COURSE_KEY, joanne, unit, fields, sharing_on=True, publish=ignore)
    message = "Joanne told me about your group: I teach year 5 at St Joseph too."
    api.ask_to_join(WORKBENCH_COURSE_KEY, claire, group_id, message, publish=ignore)


def mark_useful_ones():
    """Colleagues of other schools found Zagreb's exit tickets useful."""
    view = api.unit_adaptations(WORKBENCH_COURSE_KEY, actor("lena"), get_unit(), is_staff=False, sharing_on=True)
    zagreb = next(a for a in view.gallery.adaptations if a.title.startswith("Exit tickets"))
    for user_id in ("lena", "lucia", "pablo"):
        api.mark_useful(WORKBENCH_COURSE_KEY, actor(user_id), zagreb.id, True, publish=ignore)


def seed_pace():
    """Zagreb agreed a unit every two weeks from the Monday two weeks ago: the first unit was due last Friday,
    the second is next week's."""
    api.register_unit(WORKBENCH_COURSE_KEY, actor("ana"), get_scenarios()["studygroup.1"].usage_id, UNIT_TWO)
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=2)
    fields = {"start": f"{start:%Y-%m-%d}", "weeks_per_unit": 2}
    api.set_pace(WORKBENCH_COURSE_KEY, actor(SCHOOLS[0]["coordinator"]), fields, publish=ignore)


def get_unit():
    return api.register_unit(WORKBENCH_COURSE_KEY, actor("ana"), get_scenarios()["studygroup.0"].usage_id, UNIT_ONE)


def learner_ids(user_id):
    members = api.get_learner_state(WORKBENCH_COURSE_KEY, actor(user_id)).group.members
    return {member.username: member.learner_id for member in members}


def at(school, moment, hour):
    local = moment.astimezone(ZoneInfo(school["time_zone"]))
    return {"date": f"{local:%Y-%m-%d}", "time": f"{hour:02d}:30", "time_zone": school["time_zone"]}


def log(school, meeting, unit):
    ids = learner_ids(school["coordinator"])
    fields = {
        **at(school, timezone.now() - timedelta(weeks=meeting["weeks_ago"]), 14),
        "duration_minutes": 60,
        "mode": "in_person",
        "location": "School library",
        "attendees": list(ids.values()),
        "guests": meeting.get("guests", 0),
        "units": [unit],
        "topics": meeting["topics"],
        "outcomes": meeting["outcomes"],
        "action_items": [
            {"text": text, "owner": ids[owner], "done": done} for text, owner, done in meeting["action_items"]
        ],
    }
    meeting_id = api.log_meeting(WORKBENCH_COURSE_KEY, actor(school["coordinator"]), fields, publish=ignore)
    for user_id in meeting.get("confirmed_by", []):
        api.confirm_attendance(WORKBENCH_COURSE_KEY, actor(user_id), meeting_id, publish=ignore)


def seed_proposal():
    """Ivan proposes three times for Zagreb's next meeting; Ana has answered, Ivan has not yet."""
    zagreb = SCHOOLS[0]
    times = [
        {**at(zagreb, timezone.now() + timedelta(days=days), hour), "duration_minutes": 60, "mode": "in_person"}
        for days, hour in ((9, 14), (10, 15), (12, 14))
    ]
    answer_by = (timezone.now() + timedelta(days=6)).astimezone(ZoneInfo(zagreb["time_zone"]))
    fields = {"times": times, "time_zone": zagreb["time_zone"], "answer_by": f"{answer_by:%Y-%m-%d}"}
    fields["times"][0]["location"] = "School library"
    proposal_id = api.propose_times(WORKBENCH_COURSE_KEY, actor("ivan"), fields, publish=ignore, mail_setting=links())
    offered = [time.id for time in api.get_learner_state(WORKBENCH_COURSE_KEY, actor("ana")).proposal.times]
    answers = dict(zip(offered, ("yes", "if_need_be", "no"), strict=True))
    api.answer_times(WORKBENCH_COURSE_KEY, actor("ana"), proposal_id, answers, publish=ignore)


def links():
    """Where the demo's e-mails lead: its first unit, and the page that stops them."""
    usage_id = get_scenarios()["studygroup.0"].usage_id
    return MailSetting(
        unit_url=f"{DEMO_URL}/scenario/studygroup.0/",
        stop_url=f"{DEMO_URL}/unauth_handler/{usage_id}/stop_meeting_mail/",
    )


def plan(school, days):
    fields = {
        **at(school, timezone.now() + timedelta(days=days), 15),
        "duration_minutes": 60,
        "mode": "hybrid",
        "location": "School library",
        "link": "https://meet.example.org/study-group",
        "agenda": "1. Check-in\n2. Unit 2: adapting the course to our school\n3. Next steps",
    }
    api.plan_meeting(WORKBENCH_COURSE_KEY, actor(school["coordinator"]), fields, publish=ignore, mail_setting=links())


if __name__ == "__main__":
    seed()

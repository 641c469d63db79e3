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
from studygroup_xblock.data import Actor  # noqa: E402
from studygroup_xblock.models import Membership, StudyGroup  # noqa: E402
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY  # noqa: E402

from .roster import PEOPLE  # noqa: E402

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


def actor(user_id):
    person = PEOPLE[user_id]
    return Actor(user_id=person.user_id, username=person.user_id, full_name=person.full_name)


def ignore(event_name, data):
    """Seeding is not learner activity: no tracking events."""


def seed():
    if api.count_groups(WORKBENCH_COURSE_KEY):
        print("The demo course already has study groups; nothing to seed.")
        return
    unit = get_unit()
    for school in SCHOOLS:
        state = api.create_group(
            WORKBENCH_COURSE_KEY, actor(school["coordinator"]), school["group"], size_limit=12, publish=ignore
        )
        for member in school["members"]:
            api.join_group_by_code(WORKBENCH_COURSE_KEY, actor(member), state.group.join_code, publish=ignore)
        six_weeks_ago = timezone.now() - timedelta(weeks=6)
        StudyGroup.objects.filter(pk=state.group.summary.id).update(created=six_weeks_ago)
        Membership.objects.filter(group_id=state.group.summary.id).update(joined=six_weeks_ago)
        for meeting in school["meetings"]:
            log(school, meeting, unit)
        if school.get("plan_in_days"):
            plan(school, school["plan_in_days"])
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
        print(f"Seeded {school['group']['school_name']} (join code {state.group.join_code}).")
    mark_useful_ones()
    seed_more_schools()
    print(f"Seeded {len(MORE_SCHOOLS)} more schools, so the staff dashboard has more than one page.")


MORE_SCHOOLS = [
    (f"{kind} {name}", city, country)
    for kind, name in (
        ("Scuola", "Dante"),
        ("Escola", "Camões"),
        ("Liceul", "Eminescu"),
        ("Basisschool", "De Regenboog"),
        ("St Paul's", "School"),
        ("OŠ", "Kralja Tomislava"),
    )
    for city, country in (("Milano", "IT"), ("Porto", "PT"), ("Cluj", "RO"), ("Utrecht", "NL"), ("Mosta", "MT"))
]


def seed_more_schools():
    """Thirty more groups across the pilot countries; every third has met recently, the others are quiet."""
    for number, (school, city, country) in enumerate(MORE_SCHOOLS):
        coordinator = Actor(
            user_id=f"teacher_{number:02d}", username=f"teacher_{number:02d}", full_name=f"Teacher {number:02d}"
        )
        fields = {"school_name": school, "city": city, "country": country, "language": "en", "is_open": True}
        state = api.create_group(WORKBENCH_COURSE_KEY, coordinator, fields, size_limit=12, publish=ignore)
        group_id = state.group.summary.id
        StudyGroup.objects.filter(pk=group_id).update(created=timezone.now() - timedelta(weeks=8))
        Membership.objects.filter(group_id=group_id).update(joined=timezone.now() - timedelta(weeks=8))
        weeks_ago = 1 if number % 3 == 0 else 6
        moment = timezone.now() - timedelta(weeks=weeks_ago)
        record = {
            "date": f"{moment:%Y-%m-%d}",
            "time": "15:00",
            "time_zone": "UTC",
            "duration_minutes": 45,
            "mode": "online",
            "attendees": [state.group.members[0].learner_id],
            "outcomes": "Planned unit 2.",
        }
        api.log_meeting(WORKBENCH_COURSE_KEY, coordinator, record, publish=ignore)


def mark_useful_ones():
    """Colleagues of other schools found Zagreb's exit tickets useful."""
    view = api.unit_adaptations(WORKBENCH_COURSE_KEY, actor("lena"), get_unit(), is_staff=False, sharing_on=True)
    zagreb = next(a for a in view.gallery.adaptations if a.title.startswith("Exit tickets"))
    for user_id in ("lena", "lucia", "pablo"):
        api.mark_useful(WORKBENCH_COURSE_KEY, actor(user_id), zagreb.id, True, publish=ignore)


def get_unit():
    return api.register_unit(WORKBENCH_COURSE_KEY, get_scenarios()["studygroup.0"].usage_id, UNIT_ONE)


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
    state = api.log_meeting(WORKBENCH_COURSE_KEY, actor(school["coordinator"]), fields, publish=ignore)
    for user_id in meeting.get("confirmed_by", []):
        api.confirm_attendance(WORKBENCH_COURSE_KEY, actor(user_id), state.meetings.meetings[0].id, publish=ignore)


def plan(school, days):
    fields = {
        **at(school, timezone.now() + timedelta(days=days), 15),
        "duration_minutes": 60,
        "mode": "hybrid",
        "location": "School library",
        "link": "https://meet.example.org/study-group",
        "agenda": "1. Check-in\n2. Unit 2: adapting the course to our school\n3. Next steps",
    }
    api.plan_meeting(WORKBENCH_COURSE_KEY, actor(school["coordinator"]), fields, publish=ignore)


if __name__ == "__main__":
    seed()

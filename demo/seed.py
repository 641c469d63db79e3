"""Seed the demo course with three schools' study groups (run by ``make demo``).

Goes through ``api.py`` like the block does, so the seeded data obeys every rule.
Running it again changes nothing.
"""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")
django.setup()

from studygroup_xblock import api  # noqa: E402
from studygroup_xblock.data import Actor  # noqa: E402
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY  # noqa: E402

from .roster import PEOPLE  # noqa: E402

SCHOOLS = [
    {
        "coordinator": "ana",
        "members": ["ivan"],
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


def actor(user_id):
    person = PEOPLE[user_id]
    return Actor(user_id=person.user_id, username=person.user_id, full_name=person.full_name)


def ignore(event_name, data):
    """Seeding is not learner activity: no tracking events."""


def seed():
    if api.count_groups(WORKBENCH_COURSE_KEY):
        print("The demo course already has study groups; nothing to seed.")
        return
    for school in SCHOOLS:
        state = api.create_group(
            WORKBENCH_COURSE_KEY, actor(school["coordinator"]), school["group"], size_limit=12, publish=ignore
        )
        code = state.group.join_code
        for member in school["members"]:
            api.join_group_by_code(WORKBENCH_COURSE_KEY, actor(member), code, publish=ignore)
        print(f"Seeded {school['group']['school_name']} (join code {code}).")


if __name__ == "__main__":
    seed()

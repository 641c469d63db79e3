"""The demo course as a person finds it: everyone it seeds signs in under their own name."""

import pytest

from demo.roster import PEOPLE
from studygroup_xblock import api
from studygroup_xblock.models import Learner
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY

pytestmark = pytest.mark.django_db(transaction=True)


def test_everyone_seeded_is_on_the_roster_and_keeps_their_name_after_a_change(workbench):
    from demo import seed

    seed.seed()
    seeded = dict(Learner.objects.values_list("user_id", "full_name"))
    for person in ("carmen.farrugia", "claire.azzopardi", "marija.babic"):
        answer = workbench.session(person).post("set_meeting_mail", {"on": False})
        assert answer.status_code == 200

    assert {user_id: name for user_id, name in seeded.items() if PEOPLE.get(user_id, None) is None} == {}
    assert {
        user_id: (name, PEOPLE[user_id].full_name)
        for user_id, name in seeded.items()
        if PEOPLE[user_id].full_name != name
    } == {}
    assert Learner.objects.get(user_id="carmen.farrugia").full_name == "Carmen Farrugia"
    assert Learner.objects.get(user_id="marija.babic").full_name == "Marija Babić"
    pace = api.get_learner_state(WORKBENCH_COURSE_KEY, seed.actor("ana")).pace
    assert [entry.title for entry in pace.dates] == [seed.UNIT_ONE, seed.UNIT_TWO]
    assert pace.due_next.title == seed.UNIT_TWO  # the first unit is due: the board shows who is behind

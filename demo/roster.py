"""The demo course's people, everyone the seed makes a teacher of it; ``?student=<id>`` in a workbench URL picks one."""

from dataclasses import dataclass

from .schools import REGIONAL_TEACHERS, SCHOOLS, username


@dataclass(frozen=True)
class Person:
    user_id: str
    full_name: str
    role: str = "student"


PEOPLE = {
    person.user_id: person
    for person in (
        Person("ana", "Ana Kovač"),  # Zagreb: coordinator
        Person("ivan", "Ivan Horvat"),  # Zagreb: member
        Person("lena", "Lena Schmidt"),  # Berlin: coordinator
        Person("jonas", "Jonas Weber"),  # Berlin: member
        Person("lucia", "Lucía García"),  # Valencia: coordinator
        Person("pablo", "Pablo Ruiz"),  # Valencia: member
        Person("maria", "Maria Borg"),  # no group yet
        Person("staff", "Sam Staff", role="staff"),
        # The thirty more schools' teachers and the regional group's (demo/schools.py), signed in as marija.babic.
        *(Person(username(name), name) for name in (*REGIONAL_TEACHERS, *(t for s in SCHOOLS for t in s.teachers))),
    )
}
ANONYMOUS = "anonymous"


def addresses(user_ids):
    """Where the demo's e-mails go (the LMS reads its users' own): every demo learner is at school.example."""
    return {user_id: f"{user_id}@school.example" for user_id in user_ids if user_id != ANONYMOUS}

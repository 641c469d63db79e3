"""Learners and groups: who acts, a group as searchers and members see it, its members and colleagues,
and the requests to join it."""

from dataclasses import dataclass
from datetime import datetime

from .common import Named, Paging


@dataclass(frozen=True)
class Actor(Named):
    """A learner as the runtime vouches for them; never built from browser input."""

    user_id: str
    username: str
    full_name: str = ""
    language: str = ""  # what the LMS gives them; their e-mails are written in it, unless they chose another
    time_zone: str = ""  # their zone (the LMS preference, else their browser's), for times in e-mails
    # Someone else looks through their eyes (course staff viewing the course as them): shown, never changed.
    read_only: bool = False


def has_room(member_count, size_limit):
    """The size rule: a group takes a new member while it has fewer than its limit."""
    return member_count < size_limit


@dataclass(frozen=True)
class GroupSummary:
    """What anyone in the course may see of a group when looking for one."""

    derived = ("is_full",)

    id: int
    school_name: str
    city: str
    country: str
    language: str
    is_open: bool
    by_request: bool
    member_count: int
    size_limit: int

    @property
    def is_full(self):
        return not has_room(self.member_count, self.size_limit)


@dataclass(frozen=True)
class School:
    """A school by its name and place: a group's host school, or the one a member teaches at."""

    school_name: str
    city: str
    country: str


@dataclass(frozen=True)
class Member(Named):
    """An active member as their colleagues see them, with the school they teach at."""

    membership_id: int
    learner_id: int
    username: str
    full_name: str
    role: str
    joined: datetime
    is_you: bool
    school: School


@dataclass(frozen=True)
class GroupDetail:
    """A group as its own members see it, join code included."""

    summary: GroupSummary
    description: str
    join_code: str
    created: datetime
    members: tuple[Member, ...]


@dataclass(frozen=True)
class SearchPage(Paging):
    """One page of groups matching a search."""

    results: tuple[GroupSummary, ...]


@dataclass(frozen=True)
class Participant(Named):
    """A colleague as a meeting record names them (also after they left the group)."""

    learner_id: int
    username: str
    full_name: str
    is_you: bool


@dataclass(frozen=True)
class JoinRequestRecord:
    """A request to join a group: the learner's own (with the group it asks to join), or one waiting
    for the answer of that group's coordinators (with who asks)."""

    id: int
    state: str
    message: str
    reason: str
    created: datetime
    group: GroupSummary | None = None
    person: Participant | None = None

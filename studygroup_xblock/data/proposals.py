"""Finding a meeting time together: the times a member proposed, and who answered what."""

from dataclasses import dataclass
from datetime import date, datetime

from .groups import Participant


@dataclass(frozen=True)
class ProposedTimeRecord:
    """One proposed time with the group's answers to it; ``mine`` is the viewer's answer ("" for none),
    ``best`` marks the time with the most yes (then if need be) answers, the earliest of a tie."""

    id: int
    start: datetime
    duration_minutes: int
    mode: str
    location: str
    yes: tuple[Participant, ...]
    if_need_be: tuple[Participant, ...]
    no: tuple[Participant, ...]
    mine: str
    best: bool


@dataclass(frozen=True)
class ProposalRecord:
    """The times the group is answering; ``waiting_for`` the members who have not answered yet,
    ``can_pick`` whether the viewer may plan the meeting at one of them (or withdraw them)."""

    id: int
    proposed_by: Participant | None  # None once they left the group
    created: datetime
    answer_by: date | None
    times: tuple[ProposedTimeRecord, ...]
    waiting_for: tuple[Participant, ...]
    can_pick: bool

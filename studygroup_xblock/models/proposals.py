"""
Finding a meeting time together: a member proposes a few times, colleagues answer each, and a
coordinator (or the member who proposed) plans the meeting at the time that suits most.
"""

from django.db import models

from .groups import Learner, StudyGroup
from .limits import LOCATION_MAX
from .meetings import Meeting


class TimeProposal(models.Model):
    """
    A few times a member proposed for the group's next meeting, open for answers until one is
    picked (it becomes a planned meeting), the proposal is withdrawn, or all its times have
    passed (it lapses when the next one is proposed).

    ``open`` is True while it takes answers and NULL once closed: with the unique constraint
    below, a group has one open proposal at a time on every database.

    .. no_pii:
    """

    class State(models.TextChoices):
        OPEN = "open", "open"
        PICKED = "picked", "picked"
        WITHDRAWN = "withdrawn", "withdrawn"
        LAPSED = "lapsed", "lapsed"

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="time_proposals")
    proposed_by = models.ForeignKey(Learner, on_delete=models.PROTECT, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    answer_by = models.DateField(null=True, blank=True, help_text="The last day to answer, in the proposer's zone")
    remind_at = models.DateTimeField(
        null=True, blank=True, help_text="When those who have not answered are reminded; cleared once they are"
    )
    links = models.JSONField(default=dict, blank=True, help_text="Where its e-mails lead: the unit, stopping them")
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    open = models.BooleanField(null=True, default=True)
    closed = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(Learner, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", help_text="Planned at the pick"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["group", "open"], name="one_open_proposal_per_group")]
        indexes = [models.Index(fields=["remind_at"], name="sg_proposal_remind")]

    def __str__(self):
        return f"times proposed to {self.group_id} ({self.state})"


class ProposedTime(models.Model):
    """
    One of the times a proposal offers: when, for how long, and optionally how and where.

    .. pii: Where the group might meet (free text).
    .. pii_types: location
    .. pii_retirement: retained
    """

    proposal = models.ForeignKey(TimeProposal, on_delete=models.CASCADE, related_name="times")
    start = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField()
    mode = models.CharField(max_length=10, choices=Meeting.Mode.choices)
    location = models.CharField(max_length=LOCATION_MAX, blank=True)

    def __str__(self):
        return f"{self.start:%Y-%m-%d %H:%M} proposed in {self.proposal_id}"


class TimeAnswer(models.Model):
    """
    A member's answer to one proposed time: yes, if need be, or no; deleted on retirement.

    .. no_pii:
    """

    class Answer(models.TextChoices):
        YES = "yes", "yes"
        IF_NEED_BE = "if_need_be", "if need be"
        NO = "no", "no"

    time = models.ForeignKey(ProposedTime, on_delete=models.CASCADE, related_name="answers")
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="+")
    answer = models.CharField(max_length=10, choices=Answer.choices)
    answered = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["time", "learner"], name="one_answer_per_time")]

    def __str__(self):
        return f"{self.learner} answers {self.answer} to {self.time_id}"

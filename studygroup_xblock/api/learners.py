"""What a learner chooses for themself, in every course: the language the block speaks to them."""

from collections.abc import Collection
from functools import partial

from django.db import transaction
from opaque_keys.edx.keys import CourseKey

from .. import validation
from ..data import Actor
from ..models import Learner
from .common import Publish, Untrusted, change, upsert_learner


def chosen_language(user_id: str) -> str:
    """The language the learner chose for the block, if they chose one (else "")."""
    chosen = Learner.objects.filter(user_id=user_id).values_list("chosen_language", flat=True).first()
    return chosen or ""


@change
def choose_language(
    course_key: CourseKey, actor: Actor, language: Untrusted, *, offered: Collection[str], publish: Publish
) -> str:
    """Speak ``language`` (one of those ``offered``) to the learner from now on, in the block and in their
    e-mails, whatever the LMS gives; "" goes back to what it gives. The language chosen."""
    language = validation.choice(language, "language", ["", *offered])
    with transaction.atomic():
        learner = upsert_learner(actor)
        Learner.objects.filter(pk=learner.pk).update(chosen_language=language)
        event = {"course_id": str(course_key), "language": language}
        transaction.on_commit(partial(publish, "edx.studygroup.language.chosen", event))
    return language

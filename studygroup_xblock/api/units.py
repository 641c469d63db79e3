"""The course's units that hold a Study Group block, recorded as blocks are shown, in outline order."""

from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey, UsageKey

from .. import models, validation
from ..data import (
    Actor,
    UnitRecord,
)
from ..errors import (
    InvalidInput,
)
from ..models import (
    Unit,
)
from . import common, pace
from .common import change, read
from .prepared import Prepared


@read
def find_unit(course_key: CourseKey, actor: Actor, usage_key: UsageKey | str) -> int | None:
    """The id of the unit a block sits in, if it was ever recorded: what an onlooker's view refers to
    (nothing refers to a unit never recorded)."""
    known = _unit_by_key(usage_key=str(usage_key))
    return known[0].id if known else None


@change
def register_unit(
    course_key: CourseKey, actor: Actor, usage_key: UsageKey | str, title: str | None = None, position: str = ""
) -> int:
    """Record the unit a block sits in (or its new title or place), as ``actor`` is shown it, so other
    units can name it; its id.

    Without a title, an already recorded unit is only looked up: handlers need its id,
    not the work of finding its name and place in the outline.
    """
    known = _unit_by_key(usage_key=str(usage_key))
    if known and title is None:
        return known[0].id
    title = validation.single_spaced(str(title or ""))[: models.UNIT_TITLE_MAX] or str(usage_key)
    if known:
        if (known[0].title, known[0].position) != (title, position):
            Unit.objects.filter(pk=known[0].id).update(title=title, position=position)
        return known[0].id
    unit, created = Unit.objects.get_or_create(
        usage_key=str(usage_key), defaults={"course_key": course_key, "title": title, "position": position}
    )
    if created:
        pace.date_new_unit(course_key, unit.id)
    return unit.id


def course_units(course_key: CourseKey) -> tuple[UnitRecord, ...]:
    """The course's units with a Study Group block, in course order where known, else as first seen."""
    return common.course_units(course_key)


def unit_in(course_key, unit_id):
    """The unit ``unit_id`` of the course (its ``id``, ``title`` and ``usage_key``); InvalidInput if it is none
    of its units."""
    found = _unit_in_course(unit_id=validation.positive_int(unit_id, "unit_id"), course_key=str(course_key))
    if not found:
        raise InvalidInput(gettext_noop("Choose units from the list."), field="unit_id")
    return found[0]


_unit_by_key = Prepared(
    lambda shape, usage_key: Unit.objects.filter(usage_key=usage_key).values_list("id", "title", "position", named=True)
)
_unit_in_course = Prepared(
    lambda shape, unit_id, course_key: Unit.objects.filter(pk=unit_id, course_key=course_key).values_list(
        "id", "title", "usage_key", named=True
    )
)

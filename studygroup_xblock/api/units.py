"""The course's units that hold a Study Group block, recorded as blocks are shown, in outline order."""

from django.db.models import (
    Case,
    Value,
    When,
)
from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey, UsageKey

from .. import models, validation
from ..data import (
    UnitRecord,
)
from ..errors import (
    InvalidInput,
)
from ..models import (
    Unit,
)


def register_unit(
    course_key: CourseKey, usage_key: UsageKey | str, title: str | None = None, position: str = ""
) -> int:
    """Record the unit a block sits in (or its new title or place), so other units can name it.

    Without a title, an already recorded unit is only looked up: handlers need its id,
    not the work of finding its name and place in the outline.
    """
    if title is None:
        known = Unit.objects.filter(usage_key=str(usage_key)).values_list("pk", flat=True).first()
        if known is not None:
            return known
    title = validation.single_spaced(str(title or ""))[: models.UNIT_TITLE_MAX] or str(usage_key)
    unit, created = Unit.objects.get_or_create(
        usage_key=str(usage_key), defaults={"course_key": course_key, "title": title, "position": position}
    )
    if not created and (unit.title, unit.position) != (title, position):
        Unit.objects.filter(pk=unit.pk).update(title=title, position=position)
    return unit.id


def course_units(course_key: CourseKey) -> tuple[UnitRecord, ...]:
    """The course's units with a Study Group block, in course order where known, else as first seen."""
    return tuple(UnitRecord(id=unit.id, title=unit.title) for unit in units_in_order(course_key))


def units_in_order(course_key):
    """Units in course-outline order where the runtime told us it; the others after, as first seen."""
    placed = Case(When(position="", then=Value(1)), default=Value(0))
    return Unit.objects.filter(course_key=course_key).order_by(placed, "position", "first_seen", "id")


def unit_in(course_key, unit_id):
    unit = Unit.objects.filter(pk=validation.positive_int(unit_id, "unit_id"), course_key=course_key).first()
    if unit is None:
        raise InvalidInput(gettext_noop("Choose units from the list."), field="unit_id")
    return unit

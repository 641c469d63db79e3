"""What every record shares: paging, a person's name as shown, hours met, and the records as JSON."""

import dataclasses
from dataclasses import dataclass
from datetime import date


def hours(minutes):
    """Minutes of meeting as hours to the tenth, as every total of time met is shown."""
    return round(minutes / 60, 1)


@dataclass(frozen=True, kw_only=True)
class Paging:
    """Where a page of a longer list stands: its number, how many pages there are, how many items in all.

    Long lists are counted only so far: ``more`` says there are more than ``total``.
    """

    page: int
    num_pages: int
    total: int
    more: bool = False


class Named:
    """A person's name as colleagues see it: their full name where they may see it, else the username."""

    derived = ("display_name",)

    @property
    def display_name(self):
        return self.full_name or self.username


def to_json(record):
    """A record as JSON-ready data, with dates in ISO 8601 and derived flags included."""
    if dataclasses.is_dataclass(record):
        names = [field.name for field in dataclasses.fields(record)] + list(getattr(record, "derived", ()))
        return {name: to_json(getattr(record, name)) for name in names}
    if isinstance(record, dict):
        return {key: to_json(value) for key, value in record.items()}
    if isinstance(record, (tuple, list)):
        return [to_json(item) for item in record]
    if isinstance(record, date):  # and datetime
        return record.isoformat()

    return record

"""CSV for course staff: streamed a row at a time, and safe to open in a spreadsheet."""

import csv
import io
from datetime import datetime
from itertools import chain

# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    """A value as CSV text: dates in ISO 8601, yes/no for flags, formulas defused with a leading quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = value.isoformat() if isinstance(value, datetime) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def stream(header, rows):
    """UTF-8 CSV (with the byte-order mark spreadsheets need for non-Latin text), one line at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    yield "\ufeff".encode()
    for row in chain([header], rows):
        writer.writerow([cell(value) for value in row])
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()

"""CSV for course staff: streamed a few hundred rows at a time, and safe to open in a spreadsheet."""

import csv
import io
from itertools import chain, count, islice

from django.utils.text import slugify

# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ROWS_PER_WRITE = 500


def defused(text):
    """People's text as a spreadsheet may show it: a leading quote keeps a formula from running."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def file_name(course_key, kind, day):
    """What an export is saved as: ``studygroups-<export>-<course id>-<date>.csv``."""
    return f"studygroups-{kind}-{slugify(str(course_key))}-{day:%Y-%m-%d}.csv"


def stream(header, rows):
    """UTF-8 CSV (with the byte-order mark spreadsheets need for non-Latin text) of rows ready to write
    (see ``api.export_rows``), ``ROWS_PER_WRITE`` rows a piece."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    yield "\ufeff".encode()
    rows = chain([header], rows)
    while piece := list(islice(rows, ROWS_PER_WRITE)):
        writer.writerows(piece)
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()


def write(header, rows, file):
    """Write the CSV of ``stream`` to ``file``; how many rows it holds."""
    numbers = count()  # advanced once per row taken, so its next number is how many were
    for piece in stream(header, (row for row, _ in zip(rows, numbers, strict=False))):
        file.write(piece)
    return next(numbers)

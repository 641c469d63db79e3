"""Large CSV exports, made in the background the way Open edX makes its course reports.

The LMS holds a handler's whole answer in a web worker's memory before sending it, so an
export of more than ``LARGE_EXPORT`` rows is written by a Celery task in the platform's
workers instead (``tasks.py``), to Django's default storage (S3, GCS or the media folder,
as the operator configured it), and listed on the dashboard for course staff to download.
"""

import logging
import tempfile
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from opaque_keys.edx.keys import CourseKey

from .. import data, exports, validation
from ..errors import UnknownExport
from ..models import PreparedExport
from . import outbox
from .common import Publish, Untrusted, change, delete_prepared_exports, refuse_unless_staff, upsert_learner
from .exports import EXPORTS, SOURCES_OF, export_rows

log = logging.getLogger(__name__)

LARGE_EXPORT = 5000  # rows above which an export is prepared in the background
KEPT = 10  # the newest prepared exports of a course kept; older files are deleted
LOST_AFTER = timedelta(hours=2)  # an export not finished by then lost its task (a worker restarted)
FOLDER = "studygroup-exports"
MAX_NAME = PreparedExport._meta.get_field("file_name").max_length  # a long course id shortens the file's name
CHUNK = 64 * 1024


def is_large_export(course_key: CourseKey, kind: Untrusted, *, is_staff: bool) -> bool:
    """Whether an export has more than ``LARGE_EXPORT`` rows (counted no further than that)."""
    refuse_unless_staff(is_staff)
    rows = SOURCES_OF[validation.choice(kind, "kind", EXPORTS)](course_key)
    return rows[: LARGE_EXPORT + 1].count() > LARGE_EXPORT


@change
def request_export(
    course_key: CourseKey, actor: data.Actor, kind: Untrusted, *, is_staff: bool, publish: Publish
) -> data.PreparedExport:
    """Have an export prepared in the background; staff only.

    Asking again while one of that kind is being prepared (a reload, a second click) gives
    that one rather than starting another.
    """
    refuse_unless_staff(is_staff)
    kind = validation.choice(kind, "kind", EXPORTS)
    with transaction.atomic():
        learner = upsert_learner(actor)
        unfinished = _newest(course_key).filter(kind=kind, state__in=PreparedExport.UNFINISHED)
        export = unfinished.filter(requested__gt=_lost_before()).first()
        if export is None:
            export = PreparedExport.objects.create(course_key=course_key, kind=kind, requested_by=learner)
            export_id = export.pk
            payload = {"course_id": str(course_key), "export_id": export_id, "kind": kind}
            transaction.on_commit(lambda: _start(export_id))
            transaction.on_commit(lambda: publish("edx.studygroup.export.requested", payload))
    return _record(export)


def prepared_exports(course_key: CourseKey, *, is_staff: bool) -> tuple[data.PreparedExport, ...]:
    """The course's prepared exports, newest first; staff only."""
    refuse_unless_staff(is_staff)
    return tuple(_record(export) for export in _newest(course_key)[:KEPT])


def export_file(course_key: CourseKey, export_id: Untrusted, *, is_staff: bool) -> data.ExportFile:
    """A ready export of the course, to download; staff only. UnknownExport if it is not ready or not kept."""
    refuse_unless_staff(is_staff)
    export_id = validation.positive_int(export_id, "export_id")
    export = PreparedExport.objects.filter(course_key=course_key, pk=export_id, state=PreparedExport.READY).first()
    if export is None:
        raise UnknownExport(field="export_id")
    name = exports.file_name(course_key, export.kind, export.requested)
    return data.ExportFile(name=name, url=_served_at(export.file_name), chunks=_chunks(export.file_name))


def make_export(export_id: int) -> None:
    """Write a requested export to the default storage (the background task's work).

    A task delivered twice, or after another worker took it, finds the export no longer
    waiting and does nothing. A failure is logged and shown as failed; nothing is retried,
    as the same data would fail the same way: staff can ask again.
    """
    with transaction.atomic():
        export = PreparedExport.objects.select_for_update().filter(pk=export_id).first()
        if export is None or export.state != PreparedExport.WAITING:
            return
        export.state = PreparedExport.WORKING
        export.save(update_fields=["state"])
    try:
        file_name, rows = _write(export)
    except Exception:
        log.exception("The %s export %s of %s failed", export.kind, export.pk, export.course_key)
        _finish(export, PreparedExport.FAILED)
        return
    kept = False
    try:
        kept = _finish(export, PreparedExport.READY, file_name=file_name, rows=rows)
    finally:
        if not kept:
            # Deleted meanwhile (a learner's retirement), or not recorded: no row would ever delete the file.
            default_storage.delete(file_name)
    if kept:
        _forget_old(export.course_key)


def _start(export_id):
    """Queue the export; if nothing can take it, it fails at once, so staff can ask again."""
    if not outbox.post(outbox.MAKE_EXPORT, export_id):
        log.error("The export %s could not be queued", export_id)
        PreparedExport.objects.filter(pk=export_id, state=PreparedExport.WAITING).update(
            state=PreparedExport.FAILED, finished=timezone.now()
        )


def _write(export):
    """The export written to a temporary file (memory holds a chunk), then saved to the storage."""
    header, rows = export_rows(export.course_key, export.kind, is_staff=True)
    with tempfile.TemporaryFile() as file:
        written = exports.write(header, rows, file)
        file.seek(0)
        name = f"{FOLDER}/{uuid.uuid4().hex}/{exports.file_name(export.course_key, export.kind, export.requested)}"
        return default_storage.save(name, File(file), max_length=MAX_NAME), written


def _finish(export, state, **fields):
    """Record how the export ended; whether its row was still there to record it."""
    return PreparedExport.objects.filter(pk=export.pk).update(state=state, finished=timezone.now(), **fields) == 1


def _forget_old(course_key):
    """Delete the files and rows of the course's finished exports older than the ``KEPT`` newest."""
    finished = (PreparedExport.READY, PreparedExport.FAILED)
    delete_prepared_exports(_newest(course_key).filter(state__in=finished)[KEPT:])


def _newest(course_key):
    return PreparedExport.objects.filter(course_key=course_key).select_related("requested_by").order_by("-requested")


def _lost_before():
    """Exports requested before this and still unfinished lost their task."""
    return timezone.now() - LOST_AFTER


def _record(export):
    lost = export.state in PreparedExport.UNFINISHED and export.requested <= _lost_before()
    return data.PreparedExport(
        id=export.pk,
        kind=export.kind,
        username=export.requested_by.username,
        full_name=export.requested_by.full_name,
        requested=export.requested,
        state=PreparedExport.FAILED if lost else export.state,
        rows=export.rows,
        finished=export.finished,
    )


def _served_at(file_name):
    """The address the storage serves a file at: S3 and GCS sign one; the media folder has one
    where the site serves it (``MEDIA_URL``, /media/ in the LMS). Else "": the block sends the file."""
    try:
        url = default_storage.url(file_name)
    except NotImplementedError:
        return ""
    served_media = settings.MEDIA_URL.strip("/") and url.startswith(settings.MEDIA_URL)
    return url if url.startswith(("https://", "http://")) or served_media else ""


def _chunks(file_name):
    with default_storage.open(file_name, "rb") as file:
        while chunk := file.read(CHUNK):
            yield chunk

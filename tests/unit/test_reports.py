"""Large exports prepared in the background (api/reports.py, tasks.py), with Celery running eagerly."""

import csv
import io
from datetime import timedelta

import pytest
from django.test import TestCase
from django.utils import timezone
from opaque_keys.edx.keys import CourseKey

from studygroup_xblock import api, exports
from studygroup_xblock.api import reports
from studygroup_xblock.models import PreparedExport
from tests.conftest import make_actor

pytestmark = pytest.mark.django_db

STAFF = make_actor("staff_member", "Staff Member")
OTHER_COURSE = CourseKey.from_string("course-v1:Other+X+2026")


@pytest.fixture(autouse=True)
def storage(settings, tmp_path):
    """The default storage in a folder of the test's own, serving no address (as in the workbench)."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.MEDIA_URL = ""
    return tmp_path


@pytest.fixture
def course(course_key, events):
    """Two groups of three: six memberships."""
    for school, people in (("North", ("ana", "ivan", "marko")), ("South", ("lena", "jonas", "eva"))):
        fields = {"school_name": school, "city": school, "country": "HR", "language": "hr", "is_open": True}
        group_id = api.create_group(course_key, make_actor(people[0]), fields, size_limit=12, publish=events)
        for person in people[1:]:
            api.join_group(course_key, make_actor(person), group_id, publish=events)


def ask(course_key, events, kind="memberships", *, run=True):
    """Ask for an export as one request does; its task runs once the request commits, unless not ``run``."""
    with TestCase.captureOnCommitCallbacks(execute=run):
        return api.request_export(course_key, STAFF, kind, is_staff=True, publish=events)


def csv_rows(chunks):
    return list(csv.DictReader(io.StringIO(b"".join(chunks).decode("utf-8-sig"))))


def test_an_export_is_large_above_the_threshold(course_key, course, monkeypatch):
    assert not api.is_large_export(course_key, "memberships", is_staff=True)

    monkeypatch.setattr(reports, "LARGE_EXPORT", 5)

    assert api.is_large_export(course_key, "memberships", is_staff=True)
    assert not api.is_large_export(course_key, "groups", is_staff=True)


def test_a_prepared_export_holds_what_the_streamed_one_does(course_key, course, events):
    export = ask(course_key, events)

    (listed,) = api.prepared_exports(course_key, is_staff=True)
    assert (listed.id, listed.state, listed.rows, listed.display_name) == (export.id, "ready", 6, "Staff Member")
    assert events.names[-1] == "edx.studygroup.export.requested"
    assert events[-1][1] == {"course_id": str(course_key), "export_id": export.id, "kind": "memberships"}
    file = api.export_file(course_key, export.id, is_staff=True)
    assert file.url == ""
    assert file.name == exports.file_name(course_key, "memberships", listed.requested)
    header, rows = api.export_rows(course_key, "memberships", is_staff=True)
    assert csv_rows(file.chunks) == csv_rows(exports.stream(header, rows))


def test_a_storage_that_serves_files_is_linked_to(course_key, course, events, settings):
    settings.MEDIA_URL = "/media/"

    export = ask(course_key, events)

    url = api.export_file(course_key, export.id, is_staff=True).url
    assert url.startswith("/media/studygroup-exports/")
    assert url.endswith(exports.file_name(course_key, "memberships", timezone.now()))


def test_asking_again_while_one_is_being_prepared_starts_nothing_new(course_key, course, events):
    first = ask(course_key, events, run=False)
    again = ask(course_key, events, run=False)
    other_kind = ask(course_key, events, "groups", run=False)

    assert again.id == first.id != other_kind.id
    assert again.state == "waiting"
    assert PreparedExport.objects.count() == 2


def test_an_export_whose_task_was_lost_fails_and_can_be_asked_for_again(course_key, course, events):
    lost = ask(course_key, events, run=False)
    PreparedExport.objects.filter(pk=lost.id).update(requested=timezone.now() - timedelta(hours=3))

    again = ask(course_key, events)

    assert again.id != lost.id
    states = {export.id: export.state for export in api.prepared_exports(course_key, is_staff=True)}
    assert states == {again.id: "ready", lost.id: "failed"}


def test_a_task_delivered_twice_writes_once(course_key, course, events, storage):
    export = ask(course_key, events)
    written = list(storage.rglob("*.csv"))

    reports.make_export(export.id)

    assert list(storage.rglob("*.csv")) == written
    assert len(written) == 1


def test_a_failing_export_is_shown_as_failed(course_key, course, events, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(reports, "export_rows", broken)

    export = ask(course_key, events)

    (listed,) = api.prepared_exports(course_key, is_staff=True)
    assert (listed.state, listed.rows) == ("failed", None)
    assert f"The memberships export {export.id}" in caplog.text
    with pytest.raises(api.UnknownExport):
        api.export_file(course_key, export.id, is_staff=True)


def test_only_the_newest_exports_are_kept(course_key, course, events, storage):
    asked = [ask(course_key, events, kind) for kind in ["groups", "memberships"] * 6]

    kept = api.prepared_exports(course_key, is_staff=True)

    assert [export.id for export in kept] == [export.id for export in reversed(asked)][: reports.KEPT]
    assert PreparedExport.objects.count() == reports.KEPT
    assert len(list(storage.rglob("*.csv"))) == reports.KEPT


def test_exports_are_for_course_staff_only(course_key, course, events):
    export = ask(course_key, events)

    for refused in (
        lambda: api.is_large_export(course_key, "groups", is_staff=False),
        lambda: api.request_export(course_key, STAFF, "groups", is_staff=False, publish=events),
        lambda: api.prepared_exports(course_key, is_staff=False),
        lambda: api.export_file(course_key, export.id, is_staff=False),
    ):
        with pytest.raises(api.StaffOnly):
            refused()


@pytest.mark.parametrize("export_id", ["abc", "-1", "", None])
def test_bad_export_ids_are_refused(course_key, course, export_id):
    with pytest.raises(api.InvalidInput):
        api.export_file(course_key, export_id, is_staff=True)


def test_an_export_of_another_course_is_unknown(course_key, course, events):
    export = ask(course_key, events)

    with pytest.raises(api.UnknownExport):
        api.export_file(OTHER_COURSE, export.id, is_staff=True)
    with pytest.raises(api.InvalidInput):
        api.request_export(course_key, STAFF, "passwords", is_staff=True, publish=events)


def test_csv_files_count_their_rows_not_their_lines():
    buffer = io.BytesIO()

    written = exports.write(("a", "b"), iter([["one", "two\nlines"], ["three", "four"]]), buffer)

    assert written == 2
    assert len(list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8-sig"))))) == 3


def test_retirement_deletes_the_prepared_exports_that_name_the_learner(course_key, course, events, storage):
    ask(course_key, events)
    api.request_export(OTHER_COURSE, STAFF, "groups", is_staff=True, publish=events)

    api.retire_learner("ivan", publish=events)

    assert [export.course_key for export in PreparedExport.objects.all()] == [OTHER_COURSE]
    assert list(storage.rglob("*.csv")) == []


def test_an_export_deleted_while_it_is_written_leaves_no_file(course_key, course, events, storage, monkeypatch):
    """A learner retired while the task writes: the task's file, named by no row, is deleted too."""
    written = reports._write

    def retired_meanwhile(export):
        saved = written(export)
        api.retire_learner("ivan", publish=events)
        return saved

    monkeypatch.setattr(reports, "_write", retired_meanwhile)

    ask(course_key, events)

    assert PreparedExport.objects.count() == 0
    assert list(storage.rglob("*.csv")) == []


def test_an_export_the_broker_cannot_take_fails_at_once(course_key, course, events, monkeypatch, caplog):
    from studygroup_xblock import tasks

    def broker_down(*args, **kwargs):
        raise ConnectionError("the broker is not there")

    monkeypatch.setattr(tasks.make_export_task, "delay", broker_down)

    export = ask(course_key, events)

    (listed,) = api.prepared_exports(course_key, is_staff=True)
    assert (listed.id, listed.state) == (export.id, "failed")
    assert events.names[-1] == "edx.studygroup.export.requested"
    assert f"The export {export.id} could not be queued" in caplog.text
    assert ask(course_key, events).id != export.id  # asking again starts afresh


def test_a_long_course_id_shortens_the_stored_name(events, storage):
    long_course = CourseKey.from_string(f"course-v1:{'Org' * 30}+{'Course' * 20}+{'Run' * 20}")
    staff_fields = {"school_name": "S", "city": "C", "country": "HR", "language": "hr", "is_open": True}
    api.create_group(long_course, make_actor("ana"), staff_fields, size_limit=12, publish=events)

    ask(long_course, events, "groups")

    (export,) = PreparedExport.objects.all()
    assert export.state == PreparedExport.READY
    assert len(export.file_name) <= 255

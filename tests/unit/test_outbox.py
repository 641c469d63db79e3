"""The outbox: the api's one way to hand work to what runs it once a change commits (ADR 11)."""

from studygroup_xblock import tasks
from studygroup_xblock.api import outbox


def test_the_app_connects_each_job_to_its_celery_task(monkeypatch):
    taken = []
    monkeypatch.setattr(tasks.send_mail_task, "delay", lambda keys: taken.append(("mail", keys)))
    monkeypatch.setattr(tasks.make_export_task, "delay", lambda export_id: taken.append(("export", export_id)))

    assert outbox.post(outbox.SEND_MAIL, ["k1", "k2"])
    assert outbox.post(outbox.MAKE_EXPORT, 7)
    assert taken == [("mail", ["k1", "k2"]), ("export", 7)]


def test_a_job_nothing_runs_or_the_broker_refuses_is_said_not_taken(monkeypatch, caplog):
    def broker_down(*args):
        raise ConnectionError("the broker is not there")

    monkeypatch.setattr(outbox, "_runners", {outbox.MAKE_EXPORT: broker_down})

    assert outbox.post(outbox.SEND_MAIL, ["k1"]) is False
    assert outbox.post(outbox.MAKE_EXPORT, 7) is False
    assert "Nothing runs send_mail" in caplog.text
    assert "make_export could not be queued" in caplog.text

"""Every event the block publishes, through the LMS and event-routing-backends, as an xAPI statement
that Ralph (the LRS Aspects runs, whose xAPI models share no code with tincan) accepts, and that
carries no name, e-mail address or text a person wrote (ADR 15).

Each event also has a pair of fixtures, as event-routing-backends keeps for its own events: the
event as its transformer receives it (``fixtures/current``) and the statement it must make
(``fixtures/expected``). The story below checks the fixtures still look like what the block
publishes; ``STUDYGROUP_XAPI_FIXTURES=write`` writes them again from it.
"""

import json
import os
import re
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock
from uuid import UUID

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from event_routing_backends import helpers
from event_routing_backends.processors.xapi.registry import XApiTransformersRegistry
from eventtracking.processors.exceptions import NoTransformerImplemented
from isodate import parse_duration
from ralph.models.xapi.base.statements import BaseXapiStatement

from studygroup_xblock.xapi.vocabulary import STATEMENTS
from tests.contract.conftest import COURSE
from tests.unit.test_public_contracts import EVENTS

from . import platform, story
from .conftest import COURSE_NAME, EVENT

pytestmark = pytest.mark.django_db(transaction=True)

FIXTURES = Path(__file__).parent / "fixtures"
ANONYMOUS_ID = UUID("32e08e30-f8ae-4ce2-94a8-c2bfe38a70cb")  # as event-routing-backends' own fixtures have it
WHEN = "2026-12-07T15:00:00.000000+00:00"
SESSION = "6ad0a24d8303f49d14409a669d430b6f"
FIXTURE_USER = 9001


@pytest.fixture
def lived(lms, people, statements, monkeypatch):
    """The story of a study group, lived in the LMS: each event as event-routing-backends' transformer
    received it, and the statements it made."""
    received = []
    get_transformer = XApiTransformersRegistry.get_transformer.__func__

    def recording(cls, event):
        received.append(event)
        return get_transformer(cls, event)

    monkeypatch.setattr(XApiTransformersRegistry, "get_transformer", classmethod(recording))
    story.every_event(COURSE, people, lms)
    return received, statements.made


def test_every_event_becomes_one_statement_ralph_accepts(lived):
    received, made = lived

    assert {event["name"] for event in received} == EVENTS == set(STATEMENTS)
    assert [statement["context"]["extensions"][EVENT] for statement in made] == [e["name"] for e in received]
    for statement in made:
        BaseXapiStatement.model_validate(statement)


def test_statements_name_learners_by_their_anonymous_id_only(lived, people):
    _received, made = lived
    issued = {str(external.external_user_id) for external in platform.ExternalId.issued.values()}
    personal = [
        text
        for user in vars(people).values()
        for text in (user.username, user.first_name, user.last_name, user.email, user.email.split("@")[1])
    ]

    for statement in made:
        written = json.dumps(statement, ensure_ascii=False)
        assert statement["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": "https://lms.example.org", "name": statement["actor"]["account"]["name"]},
        }
        assert statement["actor"]["account"]["name"] in issued
        assert [text for text in (*personal, *story.WRITTEN) if text in written] == []


def test_statements_say_when_and_in_what(lived):
    received, made = lived

    for event, statement in zip(received, made, strict=True):
        assert datetime.fromisoformat(statement["timestamp"]) == event["timestamp"]
        assert statement["object"]["id"].startswith("https://lms.example.org/")
        parents = statement["context"]["contextActivities"]["parent"]
        related = [
            activity["id"] for activity in parents + statement["context"]["contextActivities"].get("grouping", [])
        ]
        assert f"https://lms.example.org/course/{COURSE}" in related
        if "group_id" in event["data"]:
            assert f"https://lms.example.org/studygroup/group/{event['data']['group_id']}" in [
                statement["object"]["id"],
                *related,
            ]
            assert statement["context"]["language"] == "hr"


def test_a_logged_meeting_says_how_long_and_how_many_were_there(lived):
    received, made = lived
    (logged,) = [e for e in received if e["name"] == "edx.studygroup.meeting.logged"]
    (statement,) = [s for s in made if s["context"]["extensions"][EVENT] == "edx.studygroup.meeting.logged"]

    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attended"
    assert parse_duration(statement["result"]["duration"]) == timedelta(minutes=logged["data"]["duration_minutes"])
    assert statement["result"]["extensions"]["https://w3id.org/studygroup-xblock/xapi/extensions/attendees"] >= 1
    start = statement["context"]["extensions"]["https://w3id.org/studygroup-xblock/xapi/extensions/meeting-start"]
    assert start == logged["data"]["start"]


def test_the_fixtures_look_like_what_the_block_publishes(lived):
    """Each event's data and context keys, and the parts of its statement, as its fixtures have them."""
    received, made = list(lived[0]), list(lived[1])
    differ = {}
    for event, statement in zip(received, made, strict=True):
        name = event["name"]
        if os.environ.get("STUDYGROUP_XAPI_FIXTURES") == "write":
            _write_fixtures(name, event)
        current, expected = _fixture("current", name), _fixture("expected", name)
        if (sorted(event["data"]), sorted(event["context"]), _paths(statement)) != (
            sorted(current["data"]),
            sorted(current["context"]),
            _paths(expected),
        ):
            differ[name] = _paths(statement) ^ _paths(expected)

    assert differ == {}


@pytest.mark.parametrize("name", sorted(EVENTS))
def test_each_fixture_event_makes_its_expected_statement(db, name):
    """As event-routing-backends tests its own transformers: the raw event in, the statement out."""
    platform.COURSE_NAMES[str(COURSE)] = COURSE_NAME

    assert _statement_of(_fixture("current", name)) == _fixture("expected", name)


def test_an_event_it_does_not_know_is_left_alone(lms, people, statements):
    """An event no transformer claims (a newer block's, a typo) makes no statement and no error."""
    unknown = {"course_id": str(COURSE), "group_id": 1, "language": "hr"}
    lms(people.ana)("edx.studygroup.group.renamed", unknown)

    assert statements.made == []
    with pytest.raises(NoTransformerImplemented):
        XApiTransformersRegistry.get_transformer({"name": "edx.studygroup.group.renamed", "data": unknown})


def _statement_of(event):
    """The statement event-routing-backends makes of a fixture's event, for the fixtures' learner ("edx",
    as in that library's fixtures) with its anonymous id fixed, and that library's version as its own
    tests give it (every release the matrix runs makes the same statements)."""
    get_user_model().objects.get_or_create(id=FIXTURE_USER, defaults={"username": "edx"})
    helpers.get_anonymous_user_id.cache_clear()
    platform.ExternalId.issued.clear()
    with mock.patch("uuid.uuid4", return_value=ANONYMOUS_ID), override_settings(RUNNING_WITH_TEST_SETTINGS=True):
        return json.loads(XApiTransformersRegistry.get_transformer(event).transform().to_json())


def _fixture(kind, name):
    return json.loads((FIXTURES / kind / f"{name}.json").read_text())


def _paths(value, prefix=""):
    """Where a statement has values: every path to a leaf, with list positions left out."""
    if isinstance(value, dict):
        return {path for key, item in value.items() for path in _paths(item, f"{prefix}/{key}")}
    if isinstance(value, list):
        return {path for item in value for path in _paths(item, prefix)}
    return {prefix}


def _write_fixtures(name, event):
    """The event with what changes from run to run made fixed, and the statement it makes."""
    fixed = json.loads(json.dumps(event, default=str))
    fixed["timestamp"] = WHEN
    fixed["context"].update(session=SESSION, user_id=FIXTURE_USER, username="edx")
    if fixed["data"].get("start"):
        fixed["data"]["start"] = "2026-12-03T15:00:00+00:00"
    text = json.dumps(fixed, indent=2, ensure_ascii=False, sort_keys=True)
    (FIXTURES / "current").mkdir(parents=True, exist_ok=True)
    (FIXTURES / "current" / f"{name}.json").write_text(re.sub(r"[0-9a-f]{32}", SESSION, text) + "\n")
    (FIXTURES / "expected").mkdir(parents=True, exist_ok=True)
    expected = json.dumps(_statement_of(fixed), indent=2, ensure_ascii=False, sort_keys=True)
    (FIXTURES / "expected" / f"{name}.json").write_text(expected + "\n")


def test_an_event_from_outside_a_course_still_makes_a_statement(db):
    """A tracking log replayed without its course context (``transform_tracking_logs`` reads old logs)."""
    event = _fixture("current", "edx.studygroup.meeting_mail.switched_off")
    del event["context"]["course_id"]

    statement = _statement_of(event)

    BaseXapiStatement.model_validate(statement)
    assert "contextActivities" not in statement["context"]

"""
The guards every handler of the block passes, named for what they guard, and how it answers.

A request is taken apart here (method, size, JSON), refused here if the viewer may not
take part, and run through the api's retry policy (the api itself refuses every change to
those who may only look); refusals come back as
``{"error": code, "message": text in the viewer's language}`` with the status the api
chose, so nothing reaches the browser as a 500 for bad input. Most handlers are one api
call with fields of the request: ``change_handler`` and ``query_handler`` build those.
"""

import functools
import json

from webob import Response
from xblock.core import XBlock

from . import api, i18n
from .data import to_json
from .viewer import NOT_ENROLLED, OUTSIDE_COURSE, PREVIEW, SIGNED_OUT


def _(text):
    """Mark text for translation; the block's ``ugettext`` translates it when shown."""
    return text


MAX_REQUEST_BYTES = 64 * 1024  # the largest honest request (a group's details) is a few KiB
BARRIER_MESSAGES = {
    SIGNED_OUT: _("Sign in and enrol in this course to take part in a study group."),
    NOT_ENROLLED: _("Sign in and enrol in this course to take part in a study group."),
    PREVIEW: _("Study groups cannot be changed from Studio's preview."),
    OUTSIDE_COURSE: _("Study groups work only inside a course."),
}


def in_viewer_language(view):
    """Render ``view`` in the viewer's language, whatever the runtime's i18n service can do."""

    @functools.wraps(view)
    def wrapper(block, *args, **kwargs):
        with i18n.activated(block.viewer.language, block.viewer.pulled_catalogues):
            return view(block, *args, **kwargs)

    return wrapper


def json_change(method):
    """A JSON handler that changes something: POST only (the api refuses it to those who may only look)."""
    return _handler(method, methods=("POST",), writes=True)


def json_query(method):
    """A JSON handler that only reads: GET (query parameters as the payload) or POST."""
    return _handler(method, methods=("GET", "POST"), writes=False)


def page_query(method):
    """A handler that answers a page or a file (``method`` returns a webob ``Response``), written in the
    viewer's language; it only reads. (JSON answers carry no text but refusals, which are translated as
    they are answered: they need no language until then.)"""
    return _handler(in_viewer_language(method), methods=("GET", "POST"), writes=False)


def link_page(method):
    """A page a link in an e-mail opens, signed in or not (the platform's handler without authentication):
    ``method`` gets the request and checks what the link carries; refusals come as JSON."""

    @XBlock.handler
    @functools.wraps(method)
    @in_viewer_language
    def handler(block, request, suffix=""):
        return _refusals_answered(block, lambda: method(block, request))

    return handler


def staff_only(method):
    """Refused to all but course staff, by the api's rule, before ``method`` runs."""

    @functools.wraps(method)
    def guarded(block, payload):
        api.refuse_unless_staff(block.viewer.is_staff)
        return method(block, payload)

    return guarded


def error_response(block, status, code, message, params=None, details=None):
    """A refusal as JSON: its code, and its message in the viewer's language."""
    text = block.ugettext(message)
    if params:
        text = text % params
    body = {"error": code, "message": text, **to_json(details or {})}
    return Response(json.dumps(body), status=status, content_type="application/json", charset="utf-8")


def _handler(method, *, methods, writes):
    @XBlock.handler
    @functools.wraps(method)
    def handler(block, request, suffix=""):
        if request.method not in methods:
            return error_response(block, 405, "method_not_allowed", _("Send this request as a POST."))
        if len(request.body) > MAX_REQUEST_BYTES:
            return error_response(block, 400, "too_large", _("The request is too large."))
        try:
            payload = (
                json.loads(request.body.decode("utf-8") or "{}") if request.method == "POST" else dict(request.GET)
            )
        except (ValueError, RecursionError):
            return error_response(block, 400, "bad_json", _("The request was not valid JSON."))
        if not isinstance(payload, dict):
            return error_response(block, 400, "bad_json", _("The request must be a JSON object."))
        barrier = block.viewer.barrier
        if barrier:
            return error_response(block, 403, barrier, BARRIER_MESSAGES[barrier])
        result = _refusals_answered(block, lambda: method(block, payload))
        if isinstance(result, Response):
            return result
        return Response(json.dumps(to_json(result)), content_type="application/json", charset="utf-8")

    handler.writes = writes
    return handler


def _refusals_answered(block, call):
    """``call`` under the api's retry policy; a refusal is answered as JSON in the viewer's language."""
    try:
        return api.retrying(call)
    except api.StudyGroupError as error:
        return error_response(block, error.status, error.code, error.message, error.params, error.details)


def change_handler(change, *fields, **named_fields):
    """A handler making one api change as the viewer, with these fields of the request as its arguments;
    it answers with the learner's state as the change left it."""

    def handler(block, payload):
        args, kwargs = _arguments(payload, fields, named_fields)
        return block._changed(change, *args, **kwargs)

    handler.__name__ = change.__name__
    return json_change(handler)


def query_handler(question, *fields):
    """A handler asking the api one question as the viewer, with these fields of the request as its arguments."""

    def handler(block, payload):
        return block._ask(question, *_arguments(payload, fields, {})[0])

    handler.__name__ = question.__name__
    return json_query(handler)


def _arguments(payload, fields, named_fields):
    return [payload.get(field) for field in fields], {name: payload.get(field) for name, field in named_fields.items()}

"""Which of the platform's views run in the request's transaction, and the demo's the same.

The platform's settings run every request in a transaction (lms/envs/common.py; Tutor's
``auth.yml`` says it again)::

    'default': {
        'ATOMIC_REQUESTS': True,

except views that say otherwise. Those that serve a block in the courseware do
(lms/djangoapps/courseware/block_render.py, views/views.py)::

    @transaction.non_atomic_requests
    def handle_xblock_callback_noauth(request, course_id, usage_id, handler, suffix=None):
    ...
    @transaction.non_atomic_requests
    def handle_xblock_callback(request, course_id, usage_id, handler, suffix=None):
    ...
    @transaction.non_atomic_requests
    @ensure_csrf_cookie
    def render_xblock(request, usage_key_string, check_if_enrolled=True, disable_staff_debug_info=False):

so a change a handler makes is its own transaction, which ``retries.retrying`` may run again.
Studio's ``component_handler`` (cms/djangoapps/contentstore/views/component.py) says nothing::

    @login_required
    def component_handler(request, usage_key_string, handler, suffix=''):

and runs its handler inside the request's transaction: Studio's Save, which writes no row of ours.
"""

import pytest
from django.core.handlers.base import BaseHandler
from django.db import connection
from workbench import views

import demo.urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def atomic_requests(monkeypatch):
    monkeypatch.setitem(connection.settings_dict, "ATOMIC_REQUESTS", True)


@pytest.mark.parametrize("view", demo.urls.XBLOCK_VIEWS, ids=lambda view: view.__name__)
def test_the_demos_block_views_run_outside_the_requests_transaction_as_the_lmss(atomic_requests, view):
    assert BaseHandler().make_view_atomic(view) is view


def test_every_route_to_a_block_is_one_of_them():
    routes = {pattern.callback for pattern in demo.urls.urlpatterns if "handler" in str(pattern.pattern)}
    assert routes <= set(demo.urls.XBLOCK_VIEWS)
    assert views.handler in routes


def test_other_views_still_run_in_the_requests_transaction(atomic_requests):
    def studio_view(request):
        return None

    assert BaseHandler().make_view_atomic(studio_view) is not studio_view

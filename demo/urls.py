"""The workbench's routes, its XBlock views outside the request's transaction as the LMS's are.

The platform runs each request in a transaction (``'ATOMIC_REQUESTS': True`` in lms/envs/common.py
and in Tutor's settings), but not the views that serve XBlocks: a block's own changes, and
their retries, are its own (lms/djangoapps/courseware/block_render.py and views/views.py)::

    @csrf_exempt
    @xframe_options_exempt
    @transaction.non_atomic_requests
    def handle_xblock_callback(request, course_id, usage_id, handler, suffix=None):
    ...
    @transaction.non_atomic_requests
    @ensure_csrf_cookie
    def render_xblock(request, usage_key_string, check_if_enrolled=True, disable_staff_debug_info=False):

The workbench's handler views stand for the first (and ``handle_xblock_callback_noauth``), its
scenario page for the second.
"""

from django.db import transaction
from workbench import views
from workbench.urls import urlpatterns

XBLOCK_VIEWS = (views.handler, views.aside_handler, views.show_scenario)

for view in XBLOCK_VIEWS:
    transaction.non_atomic_requests(view)

__all__ = ["urlpatterns"]

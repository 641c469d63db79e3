"""Studio's Save along Studio's own way to the block (openedx-platform, 2026).

``component_handler`` (cms/djangoapps/contentstore/views/component.py) runs a block's handler for
anyone signed in, then saves the block only for the course's authors::

    load_services_for_studio(handler_block.runtime, request.user)
    resp = handler_block.handle(handler, req, suffix)
    ...
    if has_course_author_access(request.user, usage_key.course_key):
        modulestore().update_item(block, request.user.id, asides=asides)
    else:
        #fail quietly if user is not course author.

and ``load_services_for_studio`` (cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py)
gives the handler::

    "user": DjangoXBlockUserService(user),
    "studio_user_permissions": StudioPermissionsService(user),

whose ``can_write(course_key)`` is ``return has_studio_write_access(self._user, course_key)`` (in the same
file; ``openedx/core/djangoapps/content/services.py`` later, the same for a course). The LMS's runtime has
no such service.
"""

import pytest

from demo.platform import PlatformUserService

from .conftest import COURSE, LmsRuntime, call_handler, json_of, learner_service, place_block

pytestmark = pytest.mark.django_db

SAVE = {"values": {"max_group_size": 9}, "defaults": []}


class StudioPermissionsService:
    """``StudioPermissionsService``, with ``has_studio_write_access`` answered for the course's authors."""

    def __init__(self, user, authors):
        self._user = user
        self.authors = authors

    def can_read(self, context_key):
        return self.can_write(context_key)

    def can_write(self, context_key):
        return (self._user.pk, context_key) in self.authors


def studio_block(user, authors):
    """The block as ``component_handler`` hands it the request: ``load_services_for_studio``'s services."""
    runtime = LmsRuntime(PlatformUserService(user))
    runtime._services["studio_user_permissions"] = StudioPermissionsService(user, authors)
    return place_block(runtime, max_group_size=12)


def test_an_author_of_the_course_saves(people):
    block = studio_block(people.staff, authors={(people.staff.pk, COURSE)})

    saved = call_handler(block, people.staff, "submit_studio_edits", SAVE)

    assert (saved.status_code, json_of(saved)) == (200, {"result": "success"})
    assert block.max_group_size == 9


def test_someone_signed_in_to_studio_without_write_access_is_refused_before_anything_is_set(people):
    """Studio would only leave it unsaved; the block answers 403, its fields as they were."""
    block = studio_block(people.ivan, authors={(people.staff.pk, COURSE)})

    refused = call_handler(block, people.ivan, "submit_studio_edits", SAVE)

    assert (refused.status_code, json_of(refused)["error"]) == (403, "forbidden")
    assert block.max_group_size == 12


def test_in_the_lms_no_one_saves_studios_settings(people):
    block = place_block(LmsRuntime(learner_service(people.staff, user_is_staff=True)), max_group_size=12)

    refused = call_handler(block, people.staff, "submit_studio_edits", SAVE)

    assert (refused.status_code, json_of(refused)["error"]) == (403, "forbidden")
    assert block.max_group_size == 12


@pytest.mark.parametrize(
    "body",
    [
        {"defaults": []},
        {"values": [], "defaults": []},
        {"values": {"max_group_size": 9}},
        {"values": {"max_group_size": "nine"}, "defaults": []},
    ],
)
def test_an_author_sending_another_shape_gets_a_400(people, body):
    block = studio_block(people.staff, authors={(people.staff.pk, COURSE)})

    refused = call_handler(block, people.staff, "submit_studio_edits", body)

    assert (refused.status_code, json_of(refused)["error"]) == (400, "invalid")
    assert block.max_group_size == 12

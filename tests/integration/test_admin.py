"""Every model has a Django admin page an operator can search and open."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from studygroup_xblock import api
from tests.conftest import make_actor

pytestmark = pytest.mark.django_db

SCHOOL = {"school_name": "OŠ Šenoa", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}


@pytest.fixture
def operator(client):
    user = get_user_model().objects.create_superuser("operator", "operator@example.org", "secret")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", [model._meta.model_name for model in apps.get_app_config("studygroup").get_models()])
def test_every_model_has_a_searchable_admin_list(operator, course_key, model):
    api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=5, publish=lambda *args: None)

    response = operator.get(f"/admin/studygroup/{model}/", {"q": "ana"})

    assert response.status_code == 200


def test_a_group_opens_with_its_memberships(operator, course_key):
    group_id = api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=5, publish=lambda *args: None)

    response = operator.get(f"/admin/studygroup/studygroup/{group_id}/change/")

    assert response.status_code == 200
    assert "OŠ Šenoa" in response.content.decode()


def test_the_admin_only_shows_history_never_rewrites_it(operator, course_key):
    group_id = api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=5, publish=lambda *args: None)
    change = f"/admin/studygroup/studygroup/{group_id}/change/"

    assert operator.post(change, {"school_name": "Rewritten"}).status_code == 403
    assert operator.post(f"/admin/studygroup/studygroup/{group_id}/delete/", {"post": "yes"}).status_code == 403
    assert operator.get("/admin/studygroup/meeting/add/").status_code == 403

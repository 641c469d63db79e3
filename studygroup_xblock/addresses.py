"""Learners' e-mail addresses, read from the platform's user records when an e-mail goes: never stored here.

In the LMS a learner's id is their ``User``'s primary key. Elsewhere (the workbench has
no such users) ``STUDYGROUP_XBLOCK_ADDRESS_BOOK`` names a function that answers the
same question.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.module_loading import import_string


def of(user_ids):
    """``{user_id: address}`` for the active users among ``user_ids`` who have an address."""
    book = getattr(settings, "STUDYGROUP_XBLOCK_ADDRESS_BOOK", None)
    if book:
        return import_string(book)(user_ids)
    users = get_user_model().objects.filter(pk__in=[int(uid) for uid in user_ids if str(uid).isdigit()])
    found = users.filter(is_active=True).exclude(email="").values_list("pk", "email")
    return {str(pk): email for pk, email in found}

"""Receivers for platform signals; importable (and inert) outside the LMS."""

import logging

from . import api

log = logging.getLogger(__name__)


def retire_user(sender, user, **kwargs):
    """Scrub a retired user's personal data from study groups."""
    api.retire_learner(user.id)


def connect_retirement():
    """Listen for user retirement when running inside the LMS."""
    try:
        from openedx.core.djangoapps.user_api.accounts.signals import USER_RETIRE_LMS_MISC
    except ImportError:
        log.debug("Not running in the LMS: user retirement is not connected.")
        return
    USER_RETIRE_LMS_MISC.connect(retire_user, dispatch_uid="studygroup_retire_user")

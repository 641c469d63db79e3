"""Receivers for platform signals; importable (and inert) outside the LMS."""

import logging

from . import api

log = logging.getLogger(__name__)


def retire_user(sender, user, **kwargs):
    """Take a retired user out of their study groups and scrub their name."""
    api.retrying(lambda: api.retire_learner(user.id, publish=_no_block_events))


def _no_block_events(event_name, data):
    """Retirement runs outside any block, so there is no runtime to publish through."""


def connect_retirement():
    """Listen for user retirement when running inside the LMS."""
    try:
        from openedx.core.djangoapps.user_api.accounts.signals import USER_RETIRE_LMS_MISC
    except ImportError:
        log.debug("Not running in the LMS: user retirement is not connected.")
        return
    USER_RETIRE_LMS_MISC.connect(retire_user, dispatch_uid="studygroup_retire_user")

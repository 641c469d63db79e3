"""The Django app behind the block, registered for the LMS and Studio by entry points."""

from django.apps import AppConfig


class StudyGroupConfig(AppConfig):
    """Picked up by the platform's plugin system; no settings edits needed."""

    name = "studygroup_xblock"
    label = "studygroup"
    verbose_name = "Study groups"
    default_auto_field = "django.db.models.BigAutoField"

    plugin_app = {}

    def ready(self):
        from . import signals, sweeper

        signals.connect_retirement()
        sweeper.connect()

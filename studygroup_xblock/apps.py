"""The Django app behind the block, registered for the LMS and Studio by entry points."""

from django.apps import AppConfig, apps

# edx-django-utils' plugin keys (``PluginSettings.CONFIG``, ``.RELATIVE_PATH``), written out: that
# library is the platform's, not a requirement of ours.
PLUGIN_SETTINGS = {"common": {"relative_path": "xapi.settings"}}


class StudyGroupConfig(AppConfig):
    """Picked up by the platform's plugin system; no settings edits needed."""

    name = "studygroup_xblock"
    label = "studygroup"
    verbose_name = "Study groups"
    default_auto_field = "django.db.models.BigAutoField"

    plugin_app = {"settings_config": {"lms.djangoapp": PLUGIN_SETTINGS, "cms.djangoapp": PLUGIN_SETTINGS}}

    def ready(self):
        from django.db.backends.signals import connection_created

        from . import signals, sweeper, tasks
        from .api import outbox, prepared

        signals.connect_retirement()
        sweeper.connect()
        connection_created.connect(prepared.allow_long_json_lists, dispatch_uid="studygroup_long_json_lists")
        # Looked up when posted, so a test or an operator can replace a task's ``delay``.
        outbox.connect(outbox.SEND_MAIL, lambda keys: tasks.send_mail_task.delay(keys))
        outbox.connect(outbox.MAKE_EXPORT, lambda export_id: tasks.make_export_task.delay(export_id))
        if apps.is_installed("event_routing_backends"):
            from .xapi import transformers  # noqa: F401 (importing it registers the transformers)

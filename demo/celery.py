"""The workbench's Celery app. In the LMS the platform's own app finds ``studygroup_xblock.tasks``
and its workers run them; here they run at once, inside the request (``CELERY_TASK_ALWAYS_EAGER``),
unless ``DEMO_CELERY_BROKER`` names a broker for a worker of this app (``make worker``)."""

from celery import Celery

app = Celery("demo")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.set_default()

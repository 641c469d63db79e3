"""Runs the Study Group XBlock in the xblock-sdk workbench, as the LMS would."""

from .celery import app as celery_app

__all__ = ["celery_app"]

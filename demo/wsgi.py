"""The demo for a server with several worker processes (``gunicorn --preload demo.wsgi``).

The workbench loads its scenarios into the database on a process's first request; with
several workers doing that at once they would trip over each other's rows. Loaded here
once, in the server's first process, the workers share them from the start.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")
application = get_wsgi_application()

from django.db import connections  # noqa: E402
from workbench.scenarios import get_scenarios  # noqa: E402

get_scenarios()
connections.close_all()  # each worker opens its own

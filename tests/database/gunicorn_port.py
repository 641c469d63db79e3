"""gunicorn settings for the load tests: it binds to any free port and says which, in ./port."""

from pathlib import Path


def when_ready(server):
    Path("port").write_text(str(server.LISTENERS[0].getsockname()[1]))

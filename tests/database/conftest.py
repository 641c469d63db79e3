"""The MariaDB suite: run by ``make test-database`` against the server on 3306."""

import json
import os
import socket
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection

from tests.conftest import Workbench, require

from .proxy import DatabaseProxy, wait_for

ROOT = Path(__file__).resolve().parents[2]
SERVER_WORKERS = 4


@pytest.fixture(scope="session", autouse=True)
def mariadb():
    """The configured database must be MySQL-family and answering, before Django sets it up."""
    database = settings.DATABASES["default"]
    require(connection.vendor == "mysql", "WORKBENCH_DATABASES does not point at MariaDB/MySQL")
    try:
        socket.create_connection((database["HOST"], int(database["PORT"])), timeout=3).close()
    except OSError as error:
        require(False, f"MariaDB does not answer on {database['HOST']}:{database['PORT']} ({error})")


@pytest.fixture
def served(tmp_path):
    """The demo on gunicorn (four worker processes), its database behind a proxy; yields (base URL, usage id,
    proxy)."""
    with serve(tmp_path) as server:
        yield server


@pytest.fixture
def served_threaded(tmp_path):
    """The demo on gunicorn, four worker processes of eight threads each: 32 requests at once."""
    with serve(tmp_path, threads=8) as server:
        yield server


@contextmanager
def serve(tmp_path, threads=1):
    usage_id = Workbench.usage_id("studygroup.0")  # loads the scenarios into the test database first
    proxy = DatabaseProxy()
    database = {**connection.settings_dict, "HOST": "127.0.0.1", "PORT": str(proxy.port), "CONN_MAX_AGE": 0}
    keys = ("ENGINE", "NAME", "USER", "PASSWORD", "HOST", "PORT", "OPTIONS", "ATOMIC_REQUESTS")
    database = {key: database[key] for key in keys}
    (tmp_path / "var").mkdir()
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "demo.wsgi:application", "--preload"),
            *("--workers", str(SERVER_WORKERS), "--threads", str(threads), "--bind", "127.0.0.1:0"),
            # A connection kept alive may be closed by the server as a client sends on it again: each its own.
            *(
                "--keep-alive",
                "0",
                "--timeout",
                "120",
                "--pythonpath",
                str(ROOT),
                "--chdir",
                str(tmp_path),
                "--log-level",
                "warning",
            ),
            "--config",
            str(Path(__file__).with_name("gunicorn_port.py")),
        ],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "demo.settings",
            "WORKBENCH_DATABASES": json.dumps({"default": database}),
        },
        cwd=tmp_path,
    )
    port_file = tmp_path / "port"

    def listening():
        assert server.poll() is None, "gunicorn exited"
        return port_file.exists() and port_file.read_text().strip()

    wait_for(listening)
    base_url = f"http://127.0.0.1:{port_file.read_text().strip()}"
    wait_for(lambda: _answers(f"{base_url}/scenario/studygroup.0/?student=staff"))
    try:
        yield base_url, usage_id, proxy
    finally:
        server.terminate()
        server.wait(timeout=30)
        proxy.close()


def _answers(url):
    try:
        return requests.get(url, timeout=5).status_code == 200
    except requests.RequestException:
        return False

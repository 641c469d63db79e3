"""The MariaDB/MySQL suite: run by ``make test-database`` against the server on 3306."""

import socket

import pytest
from django.conf import settings

from tests.conftest import require


@pytest.fixture(scope="session", autouse=True)
def mariadb():
    """The configured database must be MySQL-family and answering, before Django sets it up."""
    database = settings.DATABASES["default"]
    require(database["ENGINE"] == "django.db.backends.mysql", "WORKBENCH_DATABASES does not point at MariaDB/MySQL")
    try:
        socket.create_connection((database["HOST"], int(database["PORT"])), timeout=3).close()
    except OSError as error:
        require(False, f"MariaDB does not answer on {database['HOST']}:{database['PORT']} ({error})")

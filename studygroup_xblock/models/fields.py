"""Model fields that behave alike on every database the platform runs on."""

from django.db import models


class CaseSensitiveCharField(models.CharField):
    """Text compared code point by code point, as SQLite compares it, on MySQL and MariaDB too.

    Their tables take the server's collation (Tutor's: utf8mb4_unicode_ci), which ignores case
    and accents: two usage keys that differ only in case, both valid in one course, would be
    one unit there. The column's collation is the binary one instead, as openedx-learning's
    ``MultiCollationMixin`` gives its case-sensitive keys.
    """

    def db_parameters(self, connection):
        parameters = super().db_parameters(connection)
        if connection.vendor == "mysql":
            parameters["collation"] = "utf8mb4_bin"
        return parameters

"""Django's MySQL backend taking the paths it takes on MySQL, run on MariaDB: the database suite's engine.

Tutor runs MySQL 8.4, which cannot be installed on these machines. Django asks whether the
server is MariaDB for a few features and writes other SQL on MySQL; this engine answers as
MySQL does for those our code reaches, so the suite runs the statements Tutor's server gets.
Each process the suite starts (the served demo, Celery workers) uses it through
``WORKBENCH_DATABASES``.
"""

from django.db.backends.mysql import base, features


class DatabaseFeatures(features.DatabaseFeatures):
    # An UPDATE whose filter reaches other tables first selects the ids, then updates
    # ``WHERE id IN (...)``: what the filter said is not checked again as the rows change.
    update_can_self_select = False
    # No ``INSERT ... RETURNING``: create() reads the new id from the connection, and
    # bulk_create() leaves its objects without ids.
    can_return_columns_from_insert = False
    can_return_rows_from_bulk_insert = False
    # A UUIDField is a char(32), not MariaDB's own uuid type (10.7 on).
    has_native_uuid_field = False


class DatabaseWrapper(base.DatabaseWrapper):
    features_class = DatabaseFeatures

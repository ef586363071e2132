"""The rows that data migrations create (groups, permissions, the review workflow, Wagtail's root collection and
page), put back after a transactional test flushes the database.

Browser tests run against a live server, so they use transactional databases, which Django empties after each test.
Without this, the next test on the same worker would run without the groups and permissions a fresh database has.
"""

from django.apps import apps as django_apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations.special import RunPython

OUR_APPS = ("accounts", "cohorts", "certificates", "courses", "assessments", "programme", "records")


def restore_migration_data() -> None:
    from wagtail.models import Collection, Page

    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(title="Root", slug="root")
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    done = set()
    for leaf in loader.graph.leaf_nodes():
        if leaf[0] not in OUR_APPS:
            continue
        for key in loader.graph.forwards_plan(leaf):
            if key[0] not in OUR_APPS or key in done:
                continue
            done.add(key)
            for operation in loader.graph.nodes[key].operations:
                if isinstance(operation, RunPython):
                    operation.code(django_apps, None)

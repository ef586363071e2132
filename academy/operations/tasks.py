"""Periodic jobs of the platform itself (the feature apps' own jobs live in their tasks modules)."""

import io

from celery import shared_task
from django.core.management import call_command


@shared_task(acks_late=True)
def publish_scheduled_pages() -> str:
    """Every minute, from beat: Wagtail's scheduled publishing ("go live" and "expire" dates). Idempotent."""
    out = io.StringIO()
    call_command("publish_scheduled", stdout=out)
    return out.getvalue().strip()

"""Searching the audit log, for the administrators' page and its exports."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from academy.audit import actions
from academy.audit.models import AuditEntry

EXPORT_HEADER = [
    "When",
    "Action",
    "Action code",
    "Actor email",
    "Actor id",
    "Address",
    "Target type",
    "Target id",
    "Target",
    "Detail",
]


@dataclass
class AuditFilters:
    actor: str = ""
    action: str = ""
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""


def search_entries(filters: AuditFilters) -> QuerySet[AuditEntry]:
    """Entries matching every filter given, newest first. Any text is accepted (it is only ever a value)."""
    entries = AuditEntry.objects.all()
    if filters.actor.strip():
        actor = filters.actor.strip()
        match = Q(actor_email__icontains=actor)
        if actor.isdigit():
            match |= Q(actor_id=int(actor))
        entries = entries.filter(match)
    if filters.action:
        entries = entries.filter(action=filters.action)
    if filters.date_from:
        entries = entries.filter(created_at__gte=_start_of(filters.date_from))
    if filters.date_to:
        entries = entries.filter(created_at__lt=_start_of(filters.date_to + timedelta(days=1)))
    if filters.text.strip():
        text = filters.text.strip()
        entries = entries.filter(
            Q(target_label__icontains=text)
            | Q(target_id=text)
            | Q(target_type__icontains=text)
            | Q(actor_email__icontains=text)
            | Q(ip_address=text)
            | Q(detail__icontains=text)
        )
    return entries.order_by("-created_at", "-pk")


def export_rows(entries: QuerySet[AuditEntry]):
    for entry in entries.iterator(chunk_size=1000):
        yield [
            entry.created_at,
            entry.action_label,
            entry.action,
            entry.actor_email,
            entry.actor_id,
            entry.ip_address,
            entry.target_type,
            entry.target_id,
            entry.target_label,
            _detail_text(entry.detail),
        ]


def action_choices() -> list[tuple[str, str]]:
    return sorted(actions.LABELS.items(), key=lambda item: item[1])


def _detail_text(detail: dict) -> str:
    return "; ".join(f"{key}: {value}" for key, value in sorted((detail or {}).items()))


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))

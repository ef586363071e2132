"""Writing to the audit log, and the one deliberate way to remove old entries (retention).

Every app records a privileged action with ``record(actions.X, actor=..., request=..., target=..., detail=...)``.
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from django.db import connection, transaction

from academy.audit.context import current_request
from academy.audit.models import AuditEntry
from academy.core.clientip import client_ip

logger = logging.getLogger("academy.audit")
LABEL_MAX = 300


@dataclass(frozen=True)
class Target:
    """What an action was done to, when it is not a model instance (a file name, a cohort's report)."""

    type: str
    id: str = ""
    label: str = ""


def record(action: str, *, actor, request=None, target=None, detail: dict | None = None) -> AuditEntry:
    """Append one entry: who (``actor``, a user or None for the system), what, to what, when, from which address.

    ``target`` is a model instance (its label, primary key and ``str()`` are kept as text) or a ``Target``.
    Without ``request``, the request being served (if any) gives the address and, when ``actor`` is None, the actor.
    """
    request = request if request is not None else current_request.get()
    if actor is None and request is not None and getattr(request, "user", None) is not None:
        actor = request.user if request.user.is_authenticated else None
    target_type, target_id, target_label = _target(target)
    return AuditEntry.objects.create(
        action=action,
        actor_id=getattr(actor, "pk", None),
        actor_email=(getattr(actor, "email", "") or "")[:254],
        ip_address=client_ip(request) if request is not None else "",
        target_type=target_type,
        target_id=target_id,
        target_label=target_label,
        detail=detail or {},
    )


def purge_entries_older_than(cutoff: datetime) -> int:
    """Delete the entries written before ``cutoff`` (retention, ACADEMY_AUDIT_KEEP_DAYS); the only deleting path.

    On PostgreSQL the append-only trigger lets a DELETE through only in a transaction that sets
    ``academy.audit_purge``; nothing else sets it.
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('academy.audit_purge', 'on', true)")
        old = AuditEntry.objects.filter(created_at__lt=cutoff)
        count = old._raw_delete(old.db)
    if count:
        logger.info("Removed %s audit entries written before %s", count, cutoff.isoformat())
    return count


def _target(target) -> tuple[str, str, str]:
    if target is None:
        return "", "", ""
    if isinstance(target, Target):
        return target.type, str(target.id), str(target.label)[:LABEL_MAX]
    meta = target._meta
    return meta.label_lower, str(target.pk), str(target)[:LABEL_MAX]

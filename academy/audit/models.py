"""The audit log: one row per privileged action, written once and never changed.

Append-only in three places: the model refuses to save an existing row or delete one, its queryset refuses bulk
``update()`` and ``delete()``, and on PostgreSQL a trigger rejects UPDATE and DELETE whatever the client (migration
``0500_data_b_append_only``). The one way out is retention: ``purge_entries_older_than`` in ``services``, which
PostgreSQL allows only inside the transaction that sets ``academy.audit_purge``.

The actor and the target are plain strings and numbers, not foreign keys: an entry outlives the account and the
object it names, and this app imports no feature app.
"""

from django.db import models
from django.utils import timezone

from academy.audit import actions

APPEND_ONLY = "The audit log is append-only: entries cannot be changed or deleted."


class AppendOnlyError(Exception):
    pass


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError(APPEND_ONLY)

    def delete(self):
        raise AppendOnlyError(APPEND_ONLY)

    update.queryset_only = True
    delete.queryset_only = True


class AuditEntry(models.Model):
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    action = models.CharField(max_length=64, db_index=True)
    actor_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    actor_email = models.CharField(max_length=254, blank=True)
    ip_address = models.CharField(max_length=64, blank=True)
    target_type = models.CharField(max_length=100, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField(max_length=300, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} by {self.actor_email or 'the system'}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(APPEND_ONLY)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(APPEND_ONLY)

    @property
    def action_label(self) -> str:
        return actions.label(self.action)

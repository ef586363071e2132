"""A reliable "last changed" time for rows that other systems sync incrementally (the HR API's updated_since)."""

from django.db import models


class UpdatedAt(models.Model):
    """An indexed ``updated_at`` that every save moves on, including saves with ``update_fields``.

    Django's ``auto_now`` alone is skipped by ``save(update_fields=[...])`` unless the field is listed, and services
    here save summaries that way. Fields named in ``untracked_fields`` (a login time, say) change nothing a
    consumer reads, so saving only those leaves ``updated_at`` alone. ``QuerySet.update()`` still bypasses it: code
    that updates these rows in bulk sets ``updated_at`` itself.
    """

    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    untracked_fields: frozenset[str] = frozenset()

    class Meta:
        abstract = True

    def save(self, *args, update_fields=None, **kwargs):
        if update_fields is not None:
            fields = set(update_fields)
            if fields - self.untracked_fields:
                fields.add("updated_at")
            update_fields = fields
        super().save(*args, update_fields=update_fields, **kwargs)

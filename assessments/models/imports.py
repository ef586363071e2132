"""A record of each confirmed import: who imported which file into which category, and how many questions.

The preview's token is unique, so confirming the same preview twice (a double click, two tabs, many requests at
once) writes its questions once.
"""

from django.conf import settings
from django.db import models


class QuestionImport(models.Model):
    token = models.CharField(max_length=64, unique=True)
    category = models.ForeignKey("assessments.QuestionCategory", on_delete=models.PROTECT, related_name="imports")
    file_name = models.CharField(max_length=255, blank=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_count = models.PositiveIntegerField(default=0)
    skipped_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.file_name or 'Import'} into {self.category_id} ({self.created_count} created)"

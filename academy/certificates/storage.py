"""Where certificate PDFs are kept: the ``certificates`` storage in settings.STORAGES, never under MEDIA_URL.

The PDFs hold personal data, so they are served only through the owner-only download view. In production point the
alias at a private bucket (django-storages' S3 backend with no public ACL) or a directory no web server exposes.
"""

from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

STORAGE_ALIAS = "certificates"


class CertificateStorage(LazyObject):
    def _setup(self):
        from django.conf import settings

        alias = STORAGE_ALIAS if STORAGE_ALIAS in settings.STORAGES else "default"
        self._wrapped = storages[alias]


certificate_storage = CertificateStorage()


def select_storage():
    """The FileField's storage (a callable, so migrations do not record a path)."""
    return certificate_storage


@receiver(setting_changed)
def _reset_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        certificate_storage._wrapped = empty

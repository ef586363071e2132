"""Permission checks that pages make for every signed-in visitor, in one query rather than Django's two."""

from django.contrib.auth.models import Permission
from django.db.models import Q

from academy.core import userfacts


def has_permission(user, perm: str) -> bool:
    """``user.has_perm(perm)`` for the model backend (a permission of the user's own or of one of their groups) in one
    query, kept in the cache until who may do what changes (``academy.core.userfacts``); when the user's permissions
    were already read, from them."""
    if not (user is not None and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    if hasattr(user, "_perm_cache"):
        return user.has_perm(perm)

    def ask() -> bool:
        app_label, codename = perm.split(".", 1)
        granted = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        return granted.filter(Q(user=user) | Q(group__user=user)).exists()

    return userfacts.remember(user, f"perm:{perm}", ask)

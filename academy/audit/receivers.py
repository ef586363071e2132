"""Adapters from framework signals to the audit log: staff sign-ins, and changes to a person's roles (groups and
the staff and superuser flags), wherever they are made (Wagtail's user admin, the Django admin, a shell)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver

from academy.audit import actions
from academy.audit.services import record

ROLE_FLAGS = ("is_staff", "is_superuser", "is_active")


def is_staff_member(user) -> bool:
    return bool(user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


@receiver(user_logged_in, dispatch_uid="audit_staff_sign_in")
def staff_signed_in(sender, request, user, **kwargs):
    if is_staff_member(user):
        record(actions.STAFF_SIGN_IN, actor=user, request=request, target=user)


@receiver(pre_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="audit_roles_before")
def remember_roles(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None or (update_fields is not None and not set(ROLE_FLAGS) & set(update_fields)):
        instance._audit_roles_before = None
        return
    instance._audit_roles_before = sender.objects.filter(pk=instance.pk).values(*ROLE_FLAGS).first()


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="audit_roles_after")
def record_role_flags(sender, instance, created, **kwargs):
    before = getattr(instance, "_audit_roles_before", None)
    if created or not before:
        return
    changes = {flag: getattr(instance, flag) for flag in ROLE_FLAGS if getattr(instance, flag) != before[flag]}
    if changes:
        record(actions.ROLES_CHANGED, actor=None, target=instance, detail={"flags": changes})


def _groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:  # a group's members changed: one entry per person
        names = {instance.pk: instance.name}
        people = get_user_model().objects.filter(pk__in=pk_set or [])
        for person in people:
            _record_groups(person, action, list(names.values()))
        return
    names = list(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    _record_groups(instance, action, names)


def _record_groups(person, action: str, names: list[str]) -> None:
    verb = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
    record(actions.ROLES_CHANGED, actor=None, target=person, detail={"groups_" + verb: sorted(names)})


m2m_changed.connect(_groups_changed, sender=get_user_model().groups.through, dispatch_uid="audit_groups")

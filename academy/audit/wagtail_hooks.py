from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from academy.audit import admin_views


@hooks.register("register_admin_urls")
def audit_urls():
    return [path("audit-log/", admin_views.audit_log, name="audit_log")]


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view(request.user)


@hooks.register("register_reports_menu_item")
def audit_menu_item():
    return AuditMenuItem("Audit log", reverse("audit_log"), icon_name="list-ul", order=900)

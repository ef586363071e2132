"""Keeps the request at hand for entries recorded by signal receivers, and records the first staff page a person
opens in each session (the Wagtail admin or the Django admin)."""

from academy.audit import actions
from academy.audit.context import current_request
from academy.audit.services import record

STAFF_AREAS = ("/admin/", "/django-admin/")
SESSION_KEY = "audit_staff_area_recorded"


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            self._note_staff_area(request)
            return self.get_response(request)
        finally:
            current_request.reset(token)

    @staticmethod
    def _note_staff_area(request) -> None:
        user = getattr(request, "user", None)
        if user is None or not request.path.startswith(STAFF_AREAS) or not user.is_authenticated:
            return
        if not (user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")):
            return
        if request.session.get(SESSION_KEY):
            return
        request.session[SESSION_KEY] = True
        record(actions.STAFF_AREA_OPENED, actor=user, request=request, detail={"path": request.path[:200]})

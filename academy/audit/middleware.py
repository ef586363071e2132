"""Keeps the request at hand for entries recorded by signal receivers (a role change saved in an admin form), so
they name who did it and from which address.

Staff sign-ins are recorded when a staff member signs in (receivers.staff_signed_in), not on each first staff page:
that would add a write to the first admin page of every session."""

from academy.audit.context import current_request


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)

"""The request being served, so that an entry recorded from a signal receiver (a role change saved in the admin)
still names who did it and from which address."""

from contextvars import ContextVar

current_request: ContextVar = ContextVar("academy_audit_request", default=None)

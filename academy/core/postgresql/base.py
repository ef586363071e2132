"""Django's PostgreSQL backend, with a connection health check that costs no round trip.

Django checks a kept connection (``CONN_HEALTH_CHECKS``) before a request's first query by sending ``SELECT 1``: a
round trip on every request. An idle connection has nothing to read, so this asks the socket instead: when the server
has ended the connection (a restart, ``pg_terminate_backend``, an idle timeout) it has sent its error message and
closed, and the socket is readable. Only then is Django's own check run, which reconnects (or, if what was waiting was
something harmless, keeps the connection).

Use it as the database ENGINE ``academy.core.postgresql`` (the settings do, for any PostgreSQL ``DATABASE_URL``).
"""

import select

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        if self.connection is None or self.connection.closed:
            return False
        try:
            readable, _, broken = select.select([self.connection.fileno()], [], [self.connection.fileno()], 0)
        except (OSError, ValueError):  # the socket is gone
            return False
        if readable or broken:
            return super().is_usable()
        return True

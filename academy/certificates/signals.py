"""Domain signals of the certificates app: extension points for other apps."""

from django.dispatch import Signal

certificate_issued = Signal()
"""Sent inside the transaction that inserts a certificate: a first issue, or a reissue that replaces one
(``certificate.replaces`` set).

For outboxes only (the xAPI statements of academy.records): a receiver writes rows in the same database and does
nothing else; an error in it rolls the issue back.

Arguments: ``sender`` (the Certificate class), ``certificate`` (its ``enrolment`` with user and course loaded).
"""

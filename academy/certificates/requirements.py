"""What a certificate needs beyond a completed course: an extension point for the apps built on certificates.

A programme app (development days, 100-day plans) registers a ``Requirement`` in its ``AppConfig.ready()``. A course
certificate is issued only when every registered requirement is met for the enrolment; until then the learner sees
what is still missing (``unmet``). Each requirement may also name achievements printed on the certificate (``named``,
e.g. "100-day plan: Reducing delayed discharges"), copied into the certificate's snapshot at issue.

When a requirement becomes met later (attendance recorded, a plan accepted), its app calls
``academy.certificates.tasks.issue_certificate.delay(enrolment_id)`` for the learner's completed enrolments; the
beat sweep (``issue_missing_certificates``) catches any it missed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from courses.models import Enrolment


@dataclass(frozen=True)
class Requirement:
    """``unmet(enrolment)`` returns a sentence for each thing still missing (empty when met);
    ``named(enrolment)`` returns lines to print on the certificate."""

    key: str
    unmet: Callable[[Enrolment], list[str]]
    named: Callable[[Enrolment], list[str]] = field(default=lambda enrolment: [])


_registry: dict[str, Requirement] = {}


def register(requirement: Requirement) -> None:
    """Add (or replace, by key: ``ready()`` may run twice in tests) a requirement."""
    _registry[requirement.key] = requirement


def registered() -> bool:
    return bool(_registry)


def unregister(key: str) -> None:
    _registry.pop(key, None)


def unmet(enrolment: Enrolment) -> list[str]:
    """Everything still missing before ``enrolment``'s certificate can be issued, in registration order."""
    return [reason for requirement in _registry.values() for reason in requirement.unmet(enrolment)]


def named(enrolment: Enrolment) -> list[str]:
    """The achievements printed on ``enrolment``'s certificate."""
    return [line for requirement in _registry.values() for line in requirement.named(enrolment)]

"""Extension points for apps that build on assessments (cohorts) without assessments importing them.

- Marking scopes: ``register_marking_scope(fn)`` where ``fn(user) -> Q | None`` returns a filter on ``Attempt``
  for the attempts that ``user`` may mark beyond their permissions (e.g. a cohort lead: attempts by their cohorts'
  learners), or None when it grants nothing. People with ``assessments.mark_attempt`` may mark every attempt.

Register from your AppConfig.ready().
"""

from collections.abc import Callable

from django.db.models import Q

_marking_scopes: list[Callable] = []


def register_marking_scope(fn: Callable) -> Callable:
    if fn not in _marking_scopes:
        _marking_scopes.append(fn)
    return fn


def marking_scope(user) -> Q | None:
    """The union of every registered scope for ``user``; None when none grants anything."""
    combined = None
    for fn in _marking_scopes:
        scope = fn(user)
        if scope is not None:
            combined = scope if combined is None else combined | scope
    return combined

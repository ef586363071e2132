"""Extension points for apps that build on courses (cohorts, certificates) without courses importing them.

- Navigation: ``register_navigation_item(fn)`` where ``fn(request) -> dict | None`` returns
  ``{"text": ..., "href": ..., "prefix": ...}`` for the service navigation (signed-in users only), or None to hide it.
- Enrolment annotations: ``register_enrolment_annotator(fn)`` where
  ``fn(*, user, enrolments: list[Enrolment]) -> dict[int, dict]`` maps enrolment ids to extra facts shown on
  "My learning", e.g. ``{"deadline": date, "overdue": bool}`` (cohorts) or ``{"certificate_url": str}``
  (certificates). Each annotator must use a fixed number of queries whatever the number of enrolments.

- "My learning" panels: ``register_learning_panel(fn)`` where ``fn(*, user, request) -> dict | None`` returns
  ``{"template": "app/includes/panel.html", ...}`` (the rest is the template's context) for a section shown on "My
  learning" above the courses, or None to show nothing. Each panel must use a fixed number of queries.
  An annotator may also give a completed enrolment ``{"certificate_waiting": [sentence, ...]}``: what the
  certificate still waits for (a session to attend, a plan to have accepted), shown until the certificate is
  issued; the lists of several annotators are joined.
  "My learning" is kept for each learner (``courses.learning_cache``): register every model a panel or annotator
  reads with ``register_learning_source(model, user_of=...)``, where ``user_of(row)`` gives the id of the learner
  the row is about (None for a row about no one in particular, such as a cohort's deadlines: everyone's is then
  worked out afresh). A panel that shows something only until a moment gives it as ``"fresh_until"``.

- Course item importers: ``register_item_importer(kind, importer)`` lets ``manage.py import_course`` read items of
  another kind from a course folder (a Markdown file with ``type: <kind>`` in its front matter). ``importer.read(
  source, problems)`` checks the file (recording each problem with its line, writing nothing) and returns an object
  with a ``slug`` (and optionally ``minutes``, counted in a course estimate worked out on import);
  ``importer.write(meta, *, module, source)`` creates the item under the module page, inside the import's
  transaction. Assessments registers ``quiz`` (``assessments.course_items``).

Register from your AppConfig.ready().
"""

from collections.abc import Callable

_navigation_items: list[Callable] = []
_enrolment_annotators: list[Callable] = []
_item_importers: dict[str, object] = {}
_learning_panels: list[Callable] = []


def register_navigation_item(fn: Callable) -> Callable:
    if fn not in _navigation_items:
        _navigation_items.append(fn)
    return fn


def register_enrolment_annotator(fn: Callable) -> Callable:
    if fn not in _enrolment_annotators:
        _enrolment_annotators.append(fn)
    return fn


def navigation_items(request) -> list[dict]:
    return [item for fn in _navigation_items if (item := fn(request))]


def annotate_enrolments(*, user, enrolments: list) -> dict[int, dict]:
    """Merge every registered annotator's facts per enrolment id. Lists add up (a certificate may wait for a
    session and a plan: both are shown); any other fact from a later annotator replaces an earlier one's."""
    merged: dict[int, dict] = {enrolment.pk: {} for enrolment in enrolments}
    for fn in _enrolment_annotators:
        for enrolment_id, facts in fn(user=user, enrolments=enrolments).items():
            known = merged.setdefault(enrolment_id, {})
            for key, value in facts.items():
                if isinstance(value, list) and isinstance(known.get(key), list):
                    known[key] = known[key] + value
                else:
                    known[key] = value
    return merged


def register_learning_panel(fn: Callable) -> Callable:
    if fn not in _learning_panels:
        _learning_panels.append(fn)
    return fn


def register_learning_source(model, *, user_of: Callable | None = None) -> None:
    from courses import learning_cache

    learning_cache.watch(model, user_of=user_of)


def learning_panels(*, user, request) -> list[dict]:
    return [panel for fn in _learning_panels if (panel := fn(user=user, request=request))]


def register_item_importer(kind: str, importer) -> None:
    _item_importers[kind] = importer


def item_importers() -> dict[str, object]:
    return dict(_item_importers)

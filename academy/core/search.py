"""Search that accepts any text: queries reduced to plain words before they reach the search backend.

Wagtail's database backend builds SQLite FTS5 and PostgreSQL tsquery expressions from the words it is given, and
neither copes with every string: an unmatched double quote is an FTS5 syntax error and PostgreSQL refuses NUL
characters. Full-text search only ever matches words, so keeping the letters, digits and marks of a query (and
making everything else a space) loses nothing the index could have matched. `SearchBackend` wraps the database
backend so that every search (the public site, the page explorer, snippets, images, documents) goes through it.
"""

import functools
import re
import unicodedata

from wagtail.search.backends import database
from wagtail.search.query import (
    MATCH_ALL,
    MATCH_NONE,
    And,
    Boost,
    Fuzzy,
    MatchAll,
    Not,
    Or,
    Phrase,
    PlainText,
    SearchQuery,
)

MAX_SEARCH_TEXT_LENGTH = 255  # characters of words kept from a query; a longer query is cut at a word boundary
_WORD_CATEGORIES = ("L", "N", "M")  # letters, numbers, combining marks
_SPACES = re.compile(r"\s+")


def search_text(text: str) -> str:
    """The words of `text` separated by single spaces: everything but letters, numbers and marks is a separator.

    The result is safe to hand to any Wagtail search backend and is empty when `text` has no words.
    """
    kept = "".join(char if unicodedata.category(char)[0] in _WORD_CATEGORIES else " " for char in text)
    words = _SPACES.sub(" ", kept).strip()
    if len(words) <= MAX_SEARCH_TEXT_LENGTH:
        return words
    cut = words[:MAX_SEARCH_TEXT_LENGTH]
    if words[MAX_SEARCH_TEXT_LENGTH] != " " and " " in cut:  # don't keep the start of a word as a word
        cut = cut.rsplit(" ", 1)[0]
    return cut.strip()


def printable_text(text: str) -> str:
    """`text` with control characters (NUL, escape, ...) turned into spaces: fit to show back in a page."""
    return "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)


def safe_query(query):
    """`query` (a string or a Wagtail search query) with every piece of text reduced to its words.

    A query with nothing searchable left matches nothing (Wagtail's MATCH_NONE, which every backend and the admin's
    listings handle; an empty string would give results without a model, which the admin cannot list).
    """
    if isinstance(query, str):
        words = search_text(query)
        return words or MATCH_NONE
    cleaned = _clean(query)
    return MATCH_NONE if cleaned is None else cleaned


def _clean(query: SearchQuery) -> SearchQuery | None:
    """The query with its text reduced to words; None where nothing searchable is left."""
    if isinstance(query, PlainText):
        words = search_text(query.query_string)
        return PlainText(words, operator=query.operator, boost=query.boost) if words else None
    if isinstance(query, Phrase):
        words = search_text(query.query_string)
        return Phrase(words) if words else None
    if isinstance(query, Fuzzy):
        words = search_text(query.query_string)
        return Fuzzy(words, operator=query.operator, unaccent=query.unaccent) if words else None
    if isinstance(query, And | Or):
        parts = [part for part in (_clean(sub) for sub in query.subqueries) if part is not None]
        if isinstance(query, Or) and any(isinstance(part, MatchAll) for part in parts):
            return MATCH_ALL
        parts = [part for part in parts if not isinstance(part, MatchAll)]  # "everything and x" is x
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else type(query)(parts)
    if isinstance(query, Boost):
        inner = _clean(query.subquery)
        return None if inner is None else Boost(inner, query.boost)
    if isinstance(query, Not):
        inner = _clean(query.subquery)
        return MATCH_ALL if inner is None else Not(inner)  # excluding nothing keeps everything
    return query  # MatchAll and anything else without text


class SafeQueryMixin:
    """Cleans every query before the backend compiles it (search and autocomplete both come through `_search`)."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(query_compiler_class, safe_query(query), model_or_queryset, **kwargs)


@functools.cache
def _safe_class(backend_class: type) -> type:
    return type(f"Safe{backend_class.__name__}", (SafeQueryMixin, backend_class), {})


def SearchBackend(params):  # the name Wagtail looks for in a backend module
    """Wagtail's database backend for the current database (SQLite FTS5, PostgreSQL, ...), with queries cleaned."""
    backend = database.SearchBackend(params)
    backend.__class__ = _safe_class(type(backend))
    return backend

"""Queries every request makes, compiled to SQL once per process instead of once per request.

Django builds and compiles a queryset's SQL each time it runs; for the small queries every signed-in page makes (the
user, the learner's progress) compiling costs more than the query itself (0.9 ms against 0.3 ms for the progress
query on PostgreSQL, measured for issue 14). A ``PreparedQuery`` builds its queryset once with placeholder numbers,
keeps the SQL, the parameters and the columns' converters, and afterwards only puts the real values in. It still runs
through Django's cursor, so transactions, query logging and ``django_assert_num_queries`` see it as before.

Only for querysets whose variable parts are integers (ids) in the WHERE clause: the placeholders must each appear
exactly once among the compiled parameters, or building it fails loudly (a test catches that at once).

``rows`` gives a ``values_list`` queryset's tuples; ``objects`` a model queryset's instances, with what it selects
related (and a lock it takes: ``select_for_update`` is compiled in too), made as Django's own iterable makes them.
"""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import get_related_populators

PLACEHOLDER_BASE = -7_340_000_000_000  # integers no id ever is, told apart from every real parameter


class PreparedQuery:
    """``build(*placeholders)`` returns a queryset; ``rows(*values)`` runs it with ``values`` in the placeholders'
    places and returns its rows as tuples, converted as Django would; ``objects(*values)`` (a model queryset) returns
    its model instances."""

    def __init__(self, build: Callable[..., QuerySet], *, arguments: int):
        self._build = build
        self._arguments = arguments
        self._compiled: dict[str, tuple] = {}  # database alias -> (sql, params, positions, compiler, converters)
        self._makers: dict[str, tuple] = {}  # database alias -> how ``objects`` makes instances of a row

    def _compile(self, alias: str) -> tuple:
        compiled = self._compiled.get(alias)
        if compiled is None:
            placeholders = [PLACEHOLDER_BASE - number for number in range(self._arguments)]
            queryset = self._build(*placeholders)
            compiler = queryset.query.get_compiler(using=alias)
            sql, params = compiler.as_sql()
            positions = []
            for placeholder in placeholders:
                found = [index for index, param in enumerate(params) if param == placeholder]
                if len(found) != 1:
                    raise ImproperlyConfigured(f"A prepared query's placeholder appears {len(found)} times: {sql}")
                positions.append(found[0])
            converters = compiler.get_converters([column for column, _, _ in compiler.select])
            compiled = self._compiled[alias] = (sql, list(params), positions, compiler, converters)
        return compiled

    def rows(self, *values, using: str = "default") -> list[tuple]:
        sql, params, positions, compiler, converters = self._compile(using)
        params = list(params)
        for position, value in zip(positions, values, strict=True):
            params[position] = value
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            return [tuple(row) for row in compiler.apply_converters(rows, converters)]
        return [tuple(row) for row in rows]

    def objects(self, *values, using: str = "default") -> list:
        """The model instances the queryset gives for ``values``, each with its ``select_related`` objects."""
        model, init_list, start, end, populators, annotations = self._maker(using)
        instances = []
        for row in self.rows(*values, using=using):
            instance = model.from_db(using, init_list, row[start:end])
            for populator in populators:
                populator.populate(row, instance)
            for name, position in annotations:
                setattr(instance, name, row[position])
            instances.append(instance)
        return instances

    def _maker(self, alias: str) -> tuple:
        # What Django's ModelIterable works out from the compiler before its first row, worked out once.
        maker = self._makers.get(alias)
        if maker is None:
            compiler = self._compile(alias)[3]
            klass_info = compiler.klass_info
            if not klass_info or compiler.query.values_select:
                raise ImproperlyConfigured("Only a queryset of model instances has objects; use rows().")
            select = compiler.select
            start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
            init_list = [column[0].target.attname for column in select[start:end]]
            populators = get_related_populators(klass_info, select, alias)
            annotations = tuple(compiler.annotation_col_map.items())
            maker = self._makers[alias] = (klass_info["model"], init_list, start, end, populators, annotations)
        return maker

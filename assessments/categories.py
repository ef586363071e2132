"""The question bank's categories as a tree: parents before their children, siblings by name, each with its depth,
for the category listing, the category chooser and the import form."""

from django.db.models import Case, CharField, IntegerField, QuerySet, Value, When

from assessments.models import QuestionCategory


def category_tree() -> list[tuple[QuestionCategory, int, str]]:
    """Every category as ``(category, depth, path)``, parents before their children, siblings by name (one query)."""
    children: dict[int | None, list[QuestionCategory]] = {}
    for node in QuestionCategory.objects.all():
        children.setdefault(node.parent_id, []).append(node)
    tree: list[tuple[QuestionCategory, int, str]] = []

    def walk(parent_id: int | None, names: list[str]) -> None:
        for node in sorted(children.get(parent_id, []), key=lambda category: category.name.casefold()):
            path = [*names, node.name]
            tree.append((node, len(names), " / ".join(path)))
            walk(node.pk, path)

    walk(None, [])
    return tree


def in_tree_order(queryset: QuerySet) -> QuerySet:
    """``queryset`` of categories annotated with ``tree_position``, ``tree_depth`` and ``tree_path`` and ordered as
    the tree (one query for the tree; the queryset stays one query)."""
    tree = category_tree()
    if not tree:
        return queryset.annotate(tree_position=Value(0), tree_depth=Value(0), tree_path=Value(""))
    return queryset.annotate(
        tree_position=Case(
            *(When(pk=node.pk, then=Value(index)) for index, (node, _, _) in enumerate(tree)),
            default=Value(len(tree)),
            output_field=IntegerField(),
        ),
        tree_depth=Case(
            *(When(pk=node.pk, then=Value(depth)) for node, depth, _ in tree if depth),
            default=Value(0),
            output_field=IntegerField(),
        ),
        tree_path=Case(
            *(When(pk=node.pk, then=Value(path)) for node, _, path in tree),
            default=Value(""),
            output_field=CharField(),
        ),
    ).order_by("tree_position")


def chooser_label(category: QuestionCategory) -> str:
    """Indented name, and for a sub-category where it is, so the label reads alone (screen readers, search)."""
    label = category.indented_name
    path = getattr(category, "tree_path", "")
    if " / " in path:
        label += f" (in {path.rsplit(' / ', 1)[0]})"
    return label

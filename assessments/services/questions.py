"""Writes to the question bank: versions, imports and exports."""

from django.db import transaction

from assessments import questions as q
from assessments.editing import fields_from_spec
from assessments.formats.common import ImportResult
from assessments.formats.moodle_xml import export_moodle_xml
from assessments.models import Question, QuestionCategory, QuestionVersion

NOTHING_TO_IMPORT = "The file has no questions in it."


class ImportRefused(Exception):
    """An import was not written; ``problems`` lists (line, message) pairs."""

    def __init__(self, problems: list[tuple[int, str]]):
        super().__init__("; ".join(f"line {line}: {message}" for line, message in problems))
        self.problems = problems


def record_version(*, question: Question) -> QuestionVersion:
    """Keep a version for the question's current spec.

    Rules: an unchanged spec keeps the latest version; a changed spec updates the latest version in place only if
    no attempt has used it; otherwise a new version is created, so attempts keep the version they used.
    """
    spec = q.normalise_spec(question.build_spec())
    with transaction.atomic():
        latest = question.versions.select_for_update().order_by("-number").first()
        if latest is not None and latest.spec == spec:
            return latest
        if latest is not None and not latest.attempt_questions.exists():
            latest.spec = spec
            latest.save(update_fields=["spec"])
            return latest
        number = latest.number + 1 if latest is not None else 1
        if question.qtype != spec["type"]:
            Question.objects.filter(pk=question.pk).update(qtype=spec["type"])
        return QuestionVersion.objects.create(question=question, number=number, spec=spec)


def create_question(*, category: QuestionCategory, name: str, spec: dict, tags=(), user=None) -> Question:
    """Create a question (and its first version) from a valid spec."""
    problems = q.validate_spec(spec)
    if problems:
        raise q.InvalidSpec(problems)
    spec = q.normalise_spec(spec)
    question = Question(
        category=category,
        name=name[:255],
        qtype=spec["type"],
        tags=list(tags),
        created_by=user,
        **fields_from_spec(spec),
    )
    question.save()
    QuestionVersion.objects.create(question=question, number=1, spec=spec)
    return question


@transaction.atomic
def import_questions(*, result: ImportResult, category: QuestionCategory, user=None) -> list[Question]:
    """Write every parsed question into ``category`` (sub-categories from the file are created under it).

    Nothing is written if the result has errors or no questions.
    """
    if not result.ok:
        raise ImportRefused([(problem.line, problem.message) for problem in result.errors])
    if not result.questions:
        raise ImportRefused([(1, NOTHING_TO_IMPORT)])
    created = []
    for parsed in result.questions:
        target = _category_for(category, parsed.category)
        created.append(
            create_question(category=target, name=parsed.name, spec=parsed.spec, tags=parsed.tags, user=user)
        )
    return created


def export_category(*, category: QuestionCategory) -> str:
    """The category's questions (latest versions) as a Moodle XML file."""
    questions = []
    for question in Question.objects.filter(category=category).order_by("pk").prefetch_related("versions"):
        versions = sorted(question.versions.all(), key=lambda v: v.number)
        spec = versions[-1].spec if versions else question.build_spec()
        questions.append((question.name, spec, list(question.tags)))
    return export_moodle_xml(questions, category=category.path.replace(" / ", "/"))


def _category_for(root: QuestionCategory, path: str | None) -> QuestionCategory:
    """The file's category path ('top/Default/Mutuals') as sub-categories of ``root``, created if missing."""
    if not path:
        return root
    skip = {"top", "$course$", "$system$", "default"}
    names = [part.strip() for part in path.split("/") if part.strip() and part.strip().lower() not in skip]
    node = root
    for name in names:
        node, _ = QuestionCategory.objects.get_or_create(parent=node, name=name[:200])
    return node

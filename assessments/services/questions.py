"""Writes to the question bank: versions, imports and exports."""

import hashlib
import re
import secrets
from dataclasses import dataclass
from html import escape, unescape
from urllib.parse import quote

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import IntegrityError, transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from academy.audit import actions
from academy.audit import services as audit
from assessments import questions as q
from assessments.editing import fields_from_spec
from assessments.editing import html as expanded_html
from assessments.formats.common import (
    PLUGINFILE,
    EmbeddedFile,
    ImportResult,
    ParsedQuestion,
    category_names,
    category_reference,
    file_name,
    html_fields,
)
from assessments.formats.moodle_xml import export_moodle_xml_categories
from assessments.models import Question, QuestionCategory, QuestionImport, QuestionVersion

MAX_IMPORT_BYTES = 2 * 1024 * 1024
IMPORT_TOO_LARGE = "The file must be smaller than 2 MB"
NOTHING_TO_IMPORT = "The file has no questions that can be imported."
ALREADY_IMPORTED = "These questions were already imported."
# Wagtail's rich text image format for imported images (a rendition 800 pixels wide at most).
IMAGE_FORMAT = "fullwidth"
# Path segments that are Moodle's own containers, not categories people made.
MOODLE_CATEGORY_ROOTS = frozenset({"top", "$course$", "$system$", "default"})

_IMAGE_TAG = re.compile(r"<img\b[^>]*>")
_LINK_TARGET = re.compile(r'(<a\b[^>]*\shref=")([^"]*)(")')
_ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')


class ImportRefused(Exception):
    """An import was not written; ``problems`` lists (line, message) pairs."""

    def __init__(self, problems: list[tuple[int, str]]):
        super().__init__("; ".join(f"line {line}: {message}" for line, message in problems))
        self.problems = problems


class AlreadyImported(Exception):
    """This preview (its token) was confirmed before; ``record`` is that import. Nothing more was written."""

    def __init__(self, record: QuestionImport):
        super().__init__(ALREADY_IMPORTED)
        self.record = record


@dataclass
class ImportOutcome:
    record: QuestionImport
    questions: list[Question]


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


def import_questions(
    *, result: ImportResult, category: QuestionCategory, user=None, token: str = "", file_name: str = ""
) -> ImportOutcome:
    """Write every question of ``result`` into ``category`` (sub-categories from the file are created under it).

    Rules: nothing is written if the file was refused or no item can be created; skipped items are never written.
    The import is recorded under ``token`` (the preview's) in the same transaction, so confirming one preview
    twice, even at the same moment, writes once: the other confirmations raise ``AlreadyImported``. Embedded files
    become Wagtail images (or documents) and the questions point at them.
    """
    if not result.ok:
        raise ImportRefused([(problem.line, problem.message) for problem in result.errors])
    if not result.questions:
        raise ImportRefused([(1, NOTHING_TO_IMPORT)])
    stored: dict[tuple[str, bytes], object] = {}
    try:
        with transaction.atomic():
            record = _record_import(
                token=token or secrets.token_urlsafe(16),
                category=category,
                user=user,
                file_name=file_name,
                skipped=len(result.skipped),
            )
            created = []
            for parsed in result.questions:
                target = _category_for(category, parsed.category)
                created.append(_create_imported(parsed, category=target, user=user, stored=stored))
            record.created_count = len(created)
            record.save(update_fields=["created_count"])
            audit.record(
                actions.QUESTIONS_IMPORTED,
                actor=user,
                target=category,
                detail={"file": file_name, "created": len(created), "skipped": len(result.skipped)},
            )
    except BaseException:
        # Files are not part of the transaction: remove the ones this import stored before it failed.
        for item in stored.values():
            item.file.delete(save=False)
        raise
    return ImportOutcome(record=record, questions=created)


def _record_import(*, token: str, category: QuestionCategory, user, file_name: str, skipped: int) -> QuestionImport:
    # The unique token makes a second confirmation wait for the first, then fail here without writing anything.
    try:
        with transaction.atomic():
            return QuestionImport.objects.create(
                token=token, category=category, file_name=file_name[:255], imported_by=user, skipped_count=skipped
            )
    except IntegrityError:
        raise AlreadyImported(QuestionImport.objects.get(token=token)) from None


def _create_imported(parsed: ParsedQuestion, *, category: QuestionCategory, user, stored: dict) -> Question:
    if not parsed.files:
        return create_question(category=category, name=parsed.name, spec=parsed.spec, tags=parsed.tags, user=user)
    files = {name: _store_file(embedded, user=user, stored=stored) for name, embedded in parsed.files.items()}
    field_spec = q.normalise_spec(parsed.spec)
    for holder, key in html_fields(field_spec):
        holder[key] = _point_at_stored_files(holder[key], files)
    # The version holds what the admin fields give back (Wagtail's image embeds expanded to renditions).
    spec = q.normalise_spec(field_spec)
    for holder, key in html_fields(spec):
        holder[key] = expanded_html(holder[key]) if "<embed" in holder[key] else holder[key]
    question = Question(
        category=category,
        name=parsed.name[:255],
        qtype=spec["type"],
        tags=list(parsed.tags),
        created_by=user,
        **fields_from_spec(field_spec),
    )
    question.save()
    QuestionVersion.objects.create(question=question, number=1, spec=q.normalise_spec(spec))
    return question


def _store_file(embedded: EmbeddedFile, *, user, stored: dict):
    # One stored copy per file of an import, however many questions show it.
    key = (embedded.name, hashlib.sha256(embedded.data).digest())
    if key in stored:
        return stored[key]
    title = embedded.name.rsplit("/", 1)[-1][:255]
    if embedded.is_image:
        item = get_image_model()(title=title, uploaded_by_user=user)
        item.file = ImageFile(ContentFile(embedded.data), name=title)
        item._set_image_file_metadata()
    else:
        item = get_document_model()(title=title, uploaded_by_user=user)
        item.file = ContentFile(embedded.data, name=title)
        item._set_document_file_metadata()
    item.save()
    stored[key] = item
    return item


def _point_at_stored_files(text: str, files: dict) -> str:
    """Imported HTML with its ``@@PLUGINFILE@@`` references replaced: images by Wagtail image embeds, links by the
    stored file's address."""

    def image(match: re.Match) -> str:
        attributes = dict(_ATTRIBUTE.findall(match.group(0)))
        source = unescape(attributes.get("src", ""))
        if not source.startswith(PLUGINFILE):
            return match.group(0)
        item = files.get(file_name(source))
        if item is None or not hasattr(item, "get_rendition"):
            return ""
        alt = escape(unescape(attributes.get("alt", "")))
        return f'<embed embedtype="image" id="{item.pk}" format="{IMAGE_FORMAT}" alt="{alt}"/>'

    def link(match: re.Match) -> str:
        target = unescape(match.group(2))
        item = files.get(file_name(target)) if target.startswith(PLUGINFILE) else None
        return match.group(0) if item is None else match.group(1) + escape(item.file.url) + match.group(3)

    return _LINK_TARGET.sub(link, _IMAGE_TAG.sub(image, text))


def export_category(*, category: QuestionCategory) -> str:
    """The category's questions (latest versions) and those of its sub-categories as a Moodle XML file.

    Each category is written as ``$course$/top/<path from the exported category>``, so importing the file into a
    category recreates the exported tree under it.
    """
    children: dict[int | None, list[QuestionCategory]] = {}
    for node in QuestionCategory.objects.order_by("name"):
        children.setdefault(node.parent_id, []).append(node)
    sections = []
    pending = [(category, [category.name])]
    while pending:
        node, names = pending.pop(0)
        sections.append((node, names))
        pending[0:0] = [(child, [*names, child.name]) for child in children.get(node.pk, [])]
    questions = (
        Question.objects.filter(category__in=[node for node, _ in sections]).order_by("pk").prefetch_related("versions")
    )
    by_category: dict[int, list] = {}
    for question in questions:
        versions = sorted(question.versions.all(), key=lambda v: v.number)
        spec = versions[-1].spec if versions else question.build_spec()
        spec, files = _with_embedded_images(spec)
        by_category.setdefault(question.category_id, []).append((question.name, spec, list(question.tags), files))
    return export_moodle_xml_categories(
        [("top/" + category_reference(names), by_category.get(node.pk, [])) for node, names in sections]
    )


def _with_embedded_images(spec: dict) -> tuple[dict, dict[str, bytes]]:
    """A copy of the spec whose stored images are ``@@PLUGINFILE@@`` references, and those images' files.

    So an export shows its images in Moodle, and importing it anywhere stores them again.
    """
    files: dict[str, bytes] = {}
    spec = q.normalise_spec(spec)
    for holder, key in html_fields(spec):
        if "<img" in holder[key]:
            holder[key] = _IMAGE_TAG.sub(lambda match: _embed_image(match.group(0), files), holder[key])
    return spec, files


def _embed_image(tag: str, files: dict[str, bytes]) -> str:
    attributes = dict(_ATTRIBUTE.findall(tag))
    source = unescape(attributes.get("src", ""))
    image = _stored_image(source)
    if image is None:
        return tag
    name = image.file.name.rsplit("/", 1)[-1]
    if name not in files:
        with image.open_file() as stored:
            files[name] = stored.read()
    alt = escape(unescape(attributes.get("alt", "")))
    return f'<img src="{PLUGINFILE}{quote(name)}" alt="{alt}">'


def _stored_image(source: str):
    media = settings.MEDIA_URL if settings.MEDIA_URL.endswith("/") else settings.MEDIA_URL + "/"
    if not source.startswith(media):
        return None
    path = source[len(media) :]
    image_model = get_image_model()
    if path.startswith("images/"):
        rendition = image_model.get_rendition_model().objects.filter(file=path).select_related("image").first()
        return rendition.image if rendition else None
    return image_model.objects.filter(file=path).first()


def _category_names(path: str | None) -> list[str]:
    return [name[:200] for name in category_names(path or "") if name.lower() not in MOODLE_CATEGORY_ROOTS]


def _category_for(root: QuestionCategory, path: str | None) -> QuestionCategory:
    """The file's category path ('top/Default/Mutuals') as sub-categories of ``root``, created if missing."""
    node = root
    for name in _category_names(path):
        node, _ = QuestionCategory.objects.get_or_create(parent=node, name=name)
    return node


def find_import_category(root: QuestionCategory, path: str | None) -> QuestionCategory | None:
    """The existing category an import would write a question with this file path into, or None if it is new."""
    node = root
    for name in _category_names(path):
        node = QuestionCategory.objects.filter(parent=node, name=name).first()
        if node is None:
            return None
    return node

"""The attempt lifecycle: start (fix the selection), save responses, submit (grade once), close on time limit.

Rules:
- At most one open attempt per learner and quiz (database constraint); a second start returns the open one.
- Starting fixes the question versions, their order and each question's shuffle seed; all are stored.
- The time limit is enforced here, on the server: answers arriving after the deadline are not saved, and an overdue
  attempt is submitted with the answers saved so far.
- Submission grades every question in one transaction under a row lock; a double submit or a second tab finds
  the attempt already submitted and changes nothing.
- A passed quiz (or any submitted quiz without a pass mark) is reported to courses' progress service.
- An attempt with an answered essay waits for a person to mark it (``services.marking``): it has no percentage and
  no pass or fail until then.
"""

import random
import secrets
from datetime import timedelta
from decimal import Decimal

from django.db import IntegrityError, connections, transaction
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from academy.core.prepared import PreparedQuery
from assessments.grading import NEEDS_MARKING, grade
from assessments.models import Attempt, AttemptQuestion, Question, QuestionVersion, QuizPage, QuizSlot
from assessments.services.questions import record_version
from assessments.signals import attempt_graded, attempt_started
from courses.services.progress import complete_item

ATTEMPT_LIMIT_REACHED = "You have used all {allowed} attempts at this quiz."
ATTEMPT_CLOSED = "This attempt has already been submitted."
TIME_UP = "Your time ran out. The answers you had saved were submitted."
NO_QUESTIONS = "This quiz has no questions yet."


class AttemptError(Exception):
    """A rule of the attempt lifecycle was broken; the message is fit to show to the learner."""


class AttemptLimitReached(AttemptError):
    pass


class AttemptClosed(AttemptError):
    pass


def start_attempt(*, user, quiz: QuizPage) -> Attempt:
    """The learner's open attempt at ``quiz``, or a new one with its questions fixed."""
    open_attempt = Attempt.objects.filter(quiz=quiz, user=user, state=Attempt.State.IN_PROGRESS).first()
    if open_attempt is not None:
        if not _is_overdue(open_attempt):
            return open_attempt
        submit_attempt(attempt=open_attempt)
    used = Attempt.objects.filter(quiz=quiz, user=user).count()
    if quiz.attempts_allowed and used >= quiz.attempts_allowed:
        raise AttemptLimitReached(ATTEMPT_LIMIT_REACHED.format(allowed=quiz.attempts_allowed))
    seed = secrets.randbits(62)
    rng = random.Random(seed)  # noqa: S311 - selection and display order, not a secret
    selection = select_versions(quiz=quiz, user=user, rng=rng)
    if not selection:
        raise AttemptError(NO_QUESTIONS)
    if quiz.shuffle_questions:
        rng.shuffle(selection)
    deadline = timezone.now() + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                quiz=quiz,
                user=user,
                number=used + 1,
                seed=seed,
                deadline=deadline,
                max_score=sum((mark for _, mark in selection), Decimal(0)),
            )
            AttemptQuestion.objects.bulk_create(
                AttemptQuestion(
                    attempt=attempt,
                    position=position,
                    version=version,
                    max_mark=mark,
                    seed=rng.randrange(2**62),
                    shuffle=quiz.shuffle_choices,
                )
                for position, (version, mark) in enumerate(selection, start=1)
            )
            attempt_started.send(sender=Attempt, attempt=attempt)
    except IntegrityError:  # a concurrent request started an attempt first
        return Attempt.objects.get(quiz=quiz, user=user, state=Attempt.State.IN_PROGRESS)
    return attempt


def select_versions(*, quiz: QuizPage, user, rng: random.Random) -> list[tuple[QuestionVersion, Decimal]]:
    """The (version, max mark) of each question for a new attempt, slot by slot.

    Random slots prefer questions the learner has not seen in earlier attempts at this quiz.
    """
    slots = list(QuizSlot.objects.filter(quiz=quiz).order_by("sort_order", "pk"))
    seen = set(
        AttemptQuestion.objects.filter(attempt__quiz=quiz, attempt__user=user).values_list(
            "version__question_id", flat=True
        )
    )
    chosen: list[Question] = []
    for slot in slots:
        if slot.kind == QuizSlot.Kind.FIXED and slot.question_id:
            question = Question.objects.get(pk=slot.question_id)
            if question.pk not in {c.pk for c in chosen}:
                chosen.append(question)
        elif slot.kind == QuizSlot.Kind.RANDOM and slot.category_id:
            taken = {c.pk for c in chosen}
            pool = list(Question.objects.filter(category_id=slot.category_id).exclude(pk__in=taken).order_by("pk"))
            unseen = [question for question in pool if question.pk not in seen]
            seen_before = [question for question in pool if question.pk in seen]
            rng.shuffle(unseen)
            rng.shuffle(seen_before)
            chosen.extend((unseen + seen_before)[: slot.count])
    latest = _latest_versions(chosen)
    return [(latest[question.pk], question.default_mark) for question in chosen]


def save_responses(*, attempt: Attempt, responses: dict[int, dict | None]) -> int:
    """Save responses by question position; returns how many were saved. Refused once closed or past the deadline."""
    if not attempt.is_open:
        raise AttemptClosed(ATTEMPT_CLOSED)
    if _is_overdue(attempt):
        submit_attempt(attempt=attempt)
        raise AttemptClosed(TIME_UP)
    now = timezone.now()
    saved = 0
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if not locked.is_open:
            raise AttemptClosed(ATTEMPT_CLOSED)
        for question in AttemptQuestion.objects.filter(attempt=locked, position__in=list(responses)):
            question.response = responses[question.position]
            question.answered_at = now
            question.save(update_fields=["response", "answered_at"])
            saved += 1
    return saved


def submit_attempt(*, attempt: Attempt, owner=None) -> Attempt:
    """Grade and close the attempt once; later calls return it unchanged. With ``owner``, only that person's attempt
    (``Attempt.DoesNotExist`` otherwise): the ownership check is made by the query that takes the row lock."""
    pk = Attempt._meta.pk.to_python(attempt.pk)
    with transaction.atomic():
        if owner is not None:
            found = _LOCK_OWN_ATTEMPT.objects(pk, owner.pk, using=Attempt.objects.db)
        else:
            found = _LOCK_ATTEMPT.objects(pk, using=Attempt.objects.db)
        if not found:
            raise Attempt.DoesNotExist("Attempt matching query does not exist.")
        locked = found[0]
        if owner is not None:
            locked.user = owner  # the locking query matched it: joining the user's row would read it again
        if not locked.is_open:
            return locked
        total = Decimal(0)
        questions = _QUESTIONS_TO_GRADE.objects(locked.pk, using=AttemptQuestion.objects.db)
        for question in questions:
            result = grade(question.version.spec, question.response, max_mark=float(question.max_mark))
            question.fraction = result.fraction
            question.mark = Decimal(str(result.mark))
            question.grade_state = result.state
            question.feedback = result.feedback
            question.right_answer = result.right_answer
            total += question.mark
        locked.submitted_at = timezone.now()
        locked.closed_by_time_limit = _is_overdue(locked, now=locked.submitted_at)
        if any(question.grade_state == NEEDS_MARKING for question in questions):
            locked.score = total
            locked.state = Attempt.State.AWAITING_MARKING
            _store_grades(questions, attempt=locked, fields=AWAITING_MARKING_FIELDS)
        else:
            _set_final_grade(locked, total)
            _store_grades(questions, attempt=locked, fields=FINAL_GRADE_FIELDS)
            _graded(locked)
    return locked


GRADE_FIELDS = ("fraction", "mark", "grade_state", "feedback", "right_answer")
# What a submission writes to the attempt: waiting for an essay's marking, or with its final grade.
AWAITING_MARKING_FIELDS = ("score", "state", "submitted_at", "closed_by_time_limit")
FINAL_GRADE_FIELDS = ("score", "percent", "passed", "state", "submitted_at", "closed_by_time_limit")
# What grading and reporting a submission read of its quiz (the pass mark; where the page is, for progress): a quiz
# page's every column, read with the locked attempt, took a fifth of a submission (issue 14). Others load if asked.
QUIZ_FIELDS_FOR_GRADING = ("pass_mark", "title", "path", "depth", "content_type", "live", "optional")


def _grading_fields(related: tuple[str, ...]) -> list[str]:
    fields = [field.name for field in Attempt._meta.concrete_fields]
    fields += [f"quiz__{name}" for name in QUIZ_FIELDS_FOR_GRADING]
    if "user" in related:
        user_model = Attempt._meta.get_field("user").related_model
        fields += [f"user__{field.name}" for field in user_model._meta.concrete_fields]
    return fields


def _locking(related: tuple[str, ...]):
    return Attempt.objects.select_for_update(of=("self",)).select_related(*related).only(*_grading_fields(related))


# A submission's queries, compiled once a process (``academy.core.prepared``): compiling them each time took a fifth
# of a submission's time (issue 14). The lock is taken on the attempt's row only, as before; with an owner, the
# query that takes it is the ownership check.
_LOCK_OWN_ATTEMPT = PreparedQuery(lambda pk, user_id: _locking(("quiz",)).filter(pk=pk, user_id=user_id), arguments=2)
_LOCK_ATTEMPT = PreparedQuery(lambda pk: _locking(("quiz", "user")).filter(pk=pk), arguments=1)
_QUESTIONS_TO_GRADE = PreparedQuery(
    lambda attempt_id: AttemptQuestion.objects.filter(attempt_id=attempt_id).select_related("version"), arguments=1
)


def _store_grades(questions: list[AttemptQuestion], *, attempt: Attempt, fields: tuple[str, ...]) -> None:
    """Write each question's grade and the attempt's ``fields`` with plain SQL built from the models, as saving them
    would (``pre_save`` and ``post_save`` are sent for the attempt): ``bulk_update`` built a CASE per field and row,
    whose compiling took most of a submission's time, and the attempt's own ``save`` a tenth of it (issue 14).

    On PostgreSQL one statement: the attempt's UPDATE, with the grades' UPDATE from a list of values in its WITH (an
    UPDATE a row, even pipelined, cost the server a quarter of its time a submission). Elsewhere one UPDATE sent for
    every question at once (executemany), then the attempt's save."""
    connection = connections[Attempt.objects.db]
    if connection.vendor != "postgresql":
        _store_question_grades(questions, connection)
        attempt.save(update_fields=fields)
        return
    meta, quote = Attempt._meta, connection.ops.quote_name
    attempt_fields = [meta.get_field(name) for name in fields]
    pre_save.send(sender=Attempt, instance=attempt, raw=False, using=connection.alias, update_fields=frozenset(fields))
    grades_sql, params = _question_grades_sql(questions, connection) if questions else ("", [])
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in attempt_fields)
    update = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"  # noqa: S608 - names from the model, values as parameters
    sql = f"WITH grades AS ({grades_sql} RETURNING 1) {update}" if grades_sql else update
    params += [field.get_db_prep_save(getattr(attempt, field.attname), connection) for field in attempt_fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, attempt.pk])
    post_save.send(
        sender=Attempt, instance=attempt, created=False, update_fields=frozenset(fields), raw=False,
        using=connection.alias,
    )  # fmt: skip


def _grade_rows(questions: list[AttemptQuestion], connection) -> tuple[list, list[list]]:
    meta = AttemptQuestion._meta
    fields = [meta.get_field(name) for name in GRADE_FIELDS]
    rows = [
        [field.get_db_prep_save(getattr(question, field.attname), connection) for field in fields] + [question.pk]
        for question in questions
    ]
    return fields, rows


def _question_grades_sql(questions: list[AttemptQuestion], connection) -> tuple[str, list]:
    """PostgreSQL: one UPDATE of every question's grade from a list of values, and its parameters."""
    meta, quote = AttemptQuestion._meta, connection.ops.quote_name
    fields, rows = _grade_rows(questions, connection)
    table, pk = quote(meta.db_table), quote(meta.pk.column)
    # Each value cast to its column's type: a list of values has no types of its own (a NULL would be text).
    values_row = "({})".format(", ".join(f"%s::{field.db_type(connection)}" for field in [*fields, meta.pk]))
    columns = ", ".join(quote(field.column) for field in [*fields, meta.pk])
    assignments = ", ".join(f"{quote(field.column)} = grade.{quote(field.column)}" for field in fields)
    sql = (
        f"UPDATE {table} SET {assignments} FROM (VALUES {', '.join([values_row] * len(rows))}) "  # noqa: S608 - names from the model, values as parameters
        f"AS grade ({columns}) WHERE {table}.{pk} = grade.{pk}"
    )
    return sql, [value for values in rows for value in values]


def _store_question_grades(questions: list[AttemptQuestion], connection) -> None:
    """Other databases: one UPDATE sent for every question at once (executemany)."""
    if not questions:
        return
    meta, quote = AttemptQuestion._meta, connection.ops.quote_name
    fields, rows = _grade_rows(questions, connection)
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    sql = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"  # noqa: S608 - names from the model, values as parameters
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _set_final_grade(attempt: Attempt, total: Decimal) -> None:
    """The score, percentage and pass or fail of an attempt whose every answer has a mark."""
    attempt.score = total
    attempt.percent = (total * 100 / attempt.max_score).quantize(Decimal("0.01")) if attempt.max_score else Decimal(0)
    attempt.passed = None if attempt.quiz.pass_mark is None else attempt.percent >= attempt.quiz.pass_mark
    attempt.state = Attempt.State.SUBMITTED


def _graded(attempt: Attempt) -> None:
    """Tell the other apps, and report a pass (or a submission without a pass mark) to progress."""
    attempt_graded.send(sender=Attempt, attempt=attempt)
    if attempt.passed or attempt.quiz.pass_mark is None:
        complete_item(user=attempt.user, item=attempt.quiz)


def finish_grading(*, attempt: Attempt, total: Decimal) -> None:
    """Set the score, percentage and pass or fail of a locked attempt whose every answer has a mark, and report a
    pass (or a submission without a pass mark) to progress. Call inside the transaction that holds the lock."""
    _set_final_grade(attempt, total)
    attempt.save(update_fields=FINAL_GRADE_FIELDS)
    _graded(attempt)


def close_overdue_attempts(*, grace: timedelta = timedelta(seconds=30)) -> int:
    """Submit every open attempt whose deadline has passed (run by Celery beat). Returns how many were closed."""
    overdue = Attempt.objects.filter(state=Attempt.State.IN_PROGRESS, deadline__lt=timezone.now() - grace)
    closed = 0
    for attempt in overdue:
        submit_attempt(attempt=attempt)
        closed += 1
    return closed


def _is_overdue(attempt: Attempt, *, now=None) -> bool:
    return attempt.deadline is not None and (now or timezone.now()) > attempt.deadline


def _latest_versions(questions: list[Question]) -> dict[int, QuestionVersion]:
    latest: dict[int, QuestionVersion] = {}
    for version in QuestionVersion.objects.filter(question__in=questions).order_by("question_id", "number"):
        latest[version.question_id] = version
    for question in questions:
        if question.pk not in latest:
            latest[question.pk] = record_version(question=question)
    return latest

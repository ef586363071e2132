"""The statement outbox: record (in the event's transaction), build, deliver in batches, back off, resend, sweep.

Rules:
- ``record`` is called inside the transaction of the event (through the in-transaction domain signals), so a
  statement exists exactly when its event does; its id is fixed then and never changes.
- ``record_unbuilt`` (a quiz's statements) writes the row there with its id, learner, verb and timestamp only; a task
  queued on commit builds its content from the event's record (``build_statement``) and only then makes its
  deliveries. Building is idempotent (the update that marks the row built is the claim); the sweep builds what is
  still unbuilt after BUILD_GRACE (a broker outage, a killed worker). Nothing reads or sends an unbuilt statement.
- With a broker, a commit does not queue a task of its own (``queue_build``): it sets a mark in the cache if none is
  set (one SET NX) and queues ``build_queued`` only when it set it. That task clears the mark before it reads, so a
  statement committed before the clear is read by it, and one committed after sets the mark again and queues the
  next. 200 quiz submissions at once queued 200 tasks; now a few (issue 14: a task's publishing cost a submission
  about 0.9 ms of CPU, a tenth of it).
- One Delivery per statement and endpoint. An endpoint is sent to by one worker at a time (its row is locked
  without waiting: a second worker finds it busy and leaves); batches are posted in timestamp order.
- 200/204 mark the batch delivered. 409 (the LRS holds one of the ids) and 400/413 (it refuses the content) split
  the batch and try each statement alone, so one statement does not hold the rest back: alone, a 409 means the LRS
  has it (delivered), a 400 (or 413, 422) that it never will (failed, with the LRS's answer, for an
  administrator). Anything else (down, 5xx, a timeout, bad credentials) leaves the rows pending and the endpoint
  backs off: 30 s, 1 min, 2 min, ... up to an hour (ACADEMY_XAPI_RETRY_SECONDS, ACADEMY_XAPI_RETRY_MAX_SECONDS).
  Beat's sweep picks it up again.
- A resend puts the chosen statements back to pending for the chosen endpoints; their ids are the same, so an LRS
  that has them keeps one copy.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from kombu.exceptions import OperationalError
from redis.exceptions import RedisError

from academy.audit import actions
from academy.audit import services as audit
from academy.records import client, deferred, statements, tasks
from academy.records.models import Delivery, LRSEndpoint, Statement
from academy.records.vocabulary import VERBS

logger = logging.getLogger("academy.records")
_VERB_NAMES = {iri: name for name, iri in VERBS.items()}

ENDPOINTS_KEY = "records:enabled-endpoints"
ENDPOINTS_SECONDS = 60 * 60
UNKNOWN_ENDPOINT = "There is no LRS endpoint called “{}”."
BAD_RANGE = "The start of the range must be before its end."
# A statement's own task normally builds it within a second of the commit; the sweep leaves it that long first.
BUILD_GRACE = timedelta(seconds=30)
SWEEP_BUILD_LIMIT = 500  # a sweep's share of a backlog (beat runs one a minute)
BUILD_QUEUED_KEY = "records:build-queued"  # set while a ``build_queued`` task waits for a worker
BUILD_QUEUED_SECONDS = 30  # a mark whose task was lost lets a later commit queue another after this


class RecordsError(Exception):
    """A rule of the outbox was broken; the message is fit to show to the person."""


def record(statement: dict, *, user) -> Statement:
    """Put ``statement`` in the outbox, pending for every enabled endpoint that receives the learner's organisation.

    Call inside the event's transaction; the endpoints' deliveries are queued once it commits.
    """
    row = Statement.objects.create(
        id=statement["id"],
        user=user,
        verb=_VERB_NAMES.get(statement["verb"]["id"], "")[:30],
        organisation=_organisation(user),
        timestamp=parse_datetime(statement["timestamp"]),
        data=statement,
    )
    _make_deliveries(row)
    return row


def record_unbuilt(*, kind: str, source_id: int, user, verb: str, timestamp: datetime) -> Statement:
    """Put a statement in the outbox unbuilt: its id, learner, verb and timestamp fixed now, its content built from
    the ``kind`` of event's record ``source_id`` by a task once the event commits (``build_statement``).

    One INSERT in the event's transaction. Call inside it: rolled back with it, the statement never was.
    """
    row = Statement.objects.create(
        user=user,
        verb=verb,
        organisation=_organisation(user),
        timestamp=timestamp.replace(microsecond=timestamp.microsecond - timestamp.microsecond % 1000),  # as sent
        data={},
        built=False,
        kind=kind,
        source_id=source_id,
    )
    # Robust: a failure to build must not fail a request whose event has committed (eager Celery); the sweep retries.
    transaction.on_commit(lambda: queue_build(row.pk), robust=True)
    return row


def queue_build(statement_id) -> None:
    """See that a worker builds an unbuilt statement that has committed: without a broker, build it now; with one,
    queue ``build_queued`` unless one is already waiting (it reads this statement: it clears the mark first). The
    sweep builds it if the broker is down."""
    if tasks.build_statement.app.conf.task_always_eager:
        tasks.build_statement.apply_async(kwargs={"statement_id": str(statement_id)}, retry=False)
        return
    try:
        if not cache.add(BUILD_QUEUED_KEY, 1, BUILD_QUEUED_SECONDS):
            return  # a build is waiting, and will read this statement
    except RedisError:
        pass  # no mark to be had: queue a build all the same
    try:
        tasks.build_queued.apply_async(retry=False)
    except (OperationalError, RedisError) as error:
        cache.delete(BUILD_QUEUED_KEY)  # nothing is waiting: the next commit tries the broker again
        logger.warning("Broker unreachable: statement %s waits for the sweep to build it (%r)", statement_id, error)


def build_queued() -> int:
    """Build every statement written unbuilt so far, oldest first, and queue delivery once for each endpoint with
    pending statements (``queue_build`` queued this); how many were built. The mark is cleared before anything is
    read: a statement committed from then on queues the next build."""
    cache.delete(BUILD_QUEUED_KEY)
    built = 0
    while True:
        batch = build_left_unbuilt(grace=timedelta(0))
        built += batch
        if batch < SWEEP_BUILD_LIMIT:  # all read (or one that cannot be built: the sweep tries it again)
            break
    if built:
        _queue_due_endpoints()
    return built


def build_statement(*, statement_id, queue: bool = True) -> bool:
    """Build an unbuilt statement's content from its event's record, store it with the row's id and timestamp, and
    make its deliveries, queued after the commit unless ``queue`` is false (the sweep queues each endpoint once).
    Whether this call built it.

    Idempotent: a statement already built, or gone with its learner, is left alone; of two builders at once, the one
    whose update marks it built makes the deliveries. One whose record is gone can never be built and is deleted.
    """
    unbuilt = Statement.objects.filter(pk=statement_id, built=False)
    row = unbuilt.only("pk", "kind", "source_id", "timestamp", "organisation").first()
    if row is None:
        return False
    data = deferred.build(row.kind, row.source_id)
    with transaction.atomic():
        if data is None:
            unbuilt.delete()
            logger.warning("Statement %s not built: its %s record %s is gone", row.pk, row.kind, row.source_id)
            return False
        data = {**data, "id": str(row.pk), "timestamp": statements.iso(row.timestamp)}
        if not unbuilt.update(data=data, built=True):
            return False
        _make_deliveries(row, queue=queue)
    return True


def build_left_unbuilt(*, grace: timedelta = BUILD_GRACE) -> int:
    """Build the statements still unbuilt ``grace`` after they were written (their task lost with the broker, or
    its worker killed), oldest first, at most SWEEP_BUILD_LIMIT; how many were built. Deliveries are not queued:
    the sweep queues each endpoint with pending statements next."""
    left = (
        Statement.objects.filter(built=False, created_at__lt=timezone.now() - grace)
        .order_by("created_at")
        .values_list("pk", flat=True)[:SWEEP_BUILD_LIMIT]
    )
    built = 0
    for statement_id in list(left):
        try:
            built += build_statement(statement_id=statement_id, queue=False)
        except Exception:  # one statement that cannot be built must not hold back the others; the next sweep retries
            logger.exception("Statement %s could not be built: the next sweep tries again", statement_id)
    return built


def _organisation(user) -> str:
    return (getattr(user, "organisation", "") or "")[:200]


def _make_deliveries(row: Statement, *, queue: bool = True) -> None:
    """One pending delivery of a built statement to each enabled endpoint that receives its learner's organisation,
    queued after the commit."""
    endpoints = [endpoint for endpoint in enabled_endpoints() if endpoint.receives(row.organisation)]
    Delivery.objects.bulk_create(Delivery(statement=row, endpoint_id=endpoint.pk) for endpoint in endpoints)
    if queue:
        for endpoint in endpoints:
            transaction.on_commit(lambda endpoint_id=endpoint.pk: queue_delivery(endpoint_id))


def enabled_endpoints() -> list[LRSEndpoint]:
    """The enabled endpoints, with only their id and organisations (what ``record`` needs), from the cache: every
    statement asks, and they change only when an administrator edits one (``endpoints_changed``)."""
    rows = cache.get(ENDPOINTS_KEY)
    if rows is None:
        rows = list(LRSEndpoint.objects.filter(enabled=True).order_by("pk").values_list("pk", "organisations"))
        cache.set(ENDPOINTS_KEY, rows, timeout=ENDPOINTS_SECONDS)
    return [LRSEndpoint(pk=pk, organisations=organisations, enabled=True) for pk, organisations in rows]


def endpoints_changed(**kwargs) -> None:
    """An endpoint was saved or deleted (a signal receiver): forget the kept list at once, and again after the commit,
    since a reader between the two may have kept what it read before the commit."""
    cache.delete(ENDPOINTS_KEY)
    transaction.on_commit(lambda: cache.delete(ENDPOINTS_KEY))


def queue_delivery(endpoint_id: int) -> None:
    """Ask a worker to send an endpoint's pending statements (eagerly without a broker); the sweep does it if the
    broker is down."""
    try:
        tasks.deliver_statements.apply_async(kwargs={"endpoint_id": endpoint_id}, retry=False)
    except (OperationalError, RedisError) as error:
        logger.warning("Broker unreachable: statements for endpoint %s wait for the sweep (%r)", endpoint_id, error)


def deliver(*, endpoint_id: int) -> int:
    """Send the endpoint's pending statements in batches until none is left or the LRS fails; how many it took."""
    delivered = 0
    while True:
        with transaction.atomic():
            endpoint = (
                LRSEndpoint.objects.select_for_update(skip_locked=True).filter(pk=endpoint_id, enabled=True).first()
            )
            if endpoint is None or (endpoint.retry_after and endpoint.retry_after > timezone.now()):
                return delivered  # busy with another worker, disabled, or backing off
            batch = list(
                Delivery.objects.filter(endpoint=endpoint, status=Delivery.Status.PENDING, statement__built=True)
                .select_related("statement")
                .order_by("statement__timestamp", "pk")[: settings.ACADEMY_XAPI_BATCH_SIZE]
            )
            if not batch:
                return delivered
            response = _post(endpoint, batch)
            if response.stored or (len(batch) == 1 and response.lrs_answered):
                delivered += len(batch) if response.stored else int(response.conflict)
                continue
            if not response.lrs_answered:
                return delivered
            for delivery in batch:  # find the statement the LRS refuses: each alone
                single = _post(endpoint, [delivery])
                delivered += single.stored or single.conflict  # a bool: one statement
                if not single.lrs_answered:
                    return delivered


def _post(endpoint: LRSEndpoint, batch: list[Delivery]):
    response = client.post_statements(
        endpoint.statements_url,
        [delivery.statement.data for delivery in batch],
        username=endpoint.username,
        password=endpoint.password,
        timeout=settings.ACADEMY_XAPI_TIMEOUT,
    )
    now = timezone.now()
    ids = [delivery.pk for delivery in batch]
    if response.stored or (response.conflict and len(batch) == 1):
        if response.conflict:
            logger.warning(
                "LRS %s already holds statement %s: counted as delivered", endpoint.name, batch[0].statement_id
            )
        Delivery.objects.filter(pk__in=ids).update(
            status=Delivery.Status.DELIVERED, delivered_at=now, last_error="", updated_at=now
        )
    if response.lrs_answered:
        endpoint.failures, endpoint.retry_after, endpoint.last_success_at, endpoint.last_error = 0, None, now, ""
        endpoint.save(update_fields=["failures", "retry_after", "last_success_at", "last_error", "updated_at"])
    if response.rejected and len(batch) == 1:
        Delivery.objects.filter(pk__in=ids).update(
            status=Delivery.Status.FAILED,
            last_error=f"{response.status}: {response.detail}"[:2000],
            attempts=batch[0].attempts + 1,
            updated_at=now,
        )
    if response.lrs_answered:
        return response
    error = f"{response.status or 'unreachable'}: {response.detail}"[:2000]
    endpoint.failures += 1
    wait = min(
        settings.ACADEMY_XAPI_RETRY_SECONDS * 2 ** (endpoint.failures - 1), settings.ACADEMY_XAPI_RETRY_MAX_SECONDS
    )
    endpoint.retry_after = now + timedelta(seconds=wait)
    endpoint.last_error = error
    endpoint.save(update_fields=["failures", "retry_after", "last_error", "updated_at"])
    for delivery in batch:
        delivery.attempts += 1
        delivery.last_error = error
    Delivery.objects.bulk_update(batch, ["attempts", "last_error"])
    logger.warning("LRS %s unavailable (%s): retry in %s s", endpoint.name, error, wait)
    return response


def sweep() -> int:
    """Build the statements left unbuilt, then queue delivery for every enabled endpoint with pending statements
    whose back-off is over (beat, every minute); how many endpoints were queued."""
    build_left_unbuilt()
    return _queue_due_endpoints()


def _queue_due_endpoints() -> int:
    """Queue delivery for every enabled endpoint with pending statements whose back-off is over; how many."""
    due = (
        LRSEndpoint.objects.filter(enabled=True, deliveries__status=Delivery.Status.PENDING)
        .exclude(retry_after__gt=timezone.now())
        .values_list("pk", flat=True)
        .distinct()
    )
    queued = 0
    for endpoint_id in list(due):
        queue_delivery(endpoint_id)
        queued += 1
    return queued


def resend(*, since: datetime, until: datetime, endpoint_name: str | None = None) -> int:
    """Put the statements timestamped in [since, until) back to pending, for one endpoint or every enabled one that
    receives their learners' organisations, and queue delivery. How many deliveries were put back."""
    if since >= until:
        raise RecordsError(BAD_RANGE)
    if endpoint_name is not None:
        endpoint = LRSEndpoint.objects.filter(name=endpoint_name).first()
        if endpoint is None:
            raise RecordsError(UNKNOWN_ENDPOINT.format(endpoint_name))
        endpoints = [endpoint]
    else:
        endpoints = list(LRSEndpoint.objects.filter(enabled=True))
    count = 0
    in_range = Statement.objects.filter(timestamp__gte=since, timestamp__lt=until, built=True).values_list(
        "pk", "organisation"
    )  # an unbuilt statement gets its deliveries when it is built
    with transaction.atomic():
        for endpoint in endpoints:
            ids = [pk for pk, organisation in in_range if endpoint.receives(organisation)]
            for start in range(0, len(ids), 1000):
                chunk = ids[start : start + 1000]
                have = set(
                    Delivery.objects.filter(endpoint=endpoint, statement_id__in=chunk).values_list(
                        "statement_id", flat=True
                    )
                )
                Delivery.objects.bulk_create(
                    Delivery(statement_id=pk, endpoint=endpoint) for pk in chunk if pk not in have
                )
                Delivery.objects.filter(endpoint=endpoint, statement_id__in=chunk).update(
                    status=Delivery.Status.PENDING, updated_at=timezone.now()
                )
            count += len(ids)
            transaction.on_commit(lambda endpoint_id=endpoint.pk: queue_delivery(endpoint_id))
        audit.record(
            actions.STATEMENTS_RESENT,
            actor=None,
            detail={
                "since": since.isoformat(),
                "until": until.isoformat(),
                "endpoints": [endpoint.name for endpoint in endpoints],
                "deliveries": count,
            },
        )
    return count

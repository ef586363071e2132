"""The read-only API for HR and reporting systems (django-ninja): /api/v1/, described at /api/v1/openapi.json.

Every list is filtered to the token's organisations (or one of them, with ``organisation``), by ``updated_since``,
and paged by an opaque cursor in (updated_at, id) order. A record outside the token's scope is "not found", the
same as one that does not exist.
"""

from datetime import UTC, datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Path, Query, Schema
from ninja.errors import AuthenticationError, ValidationError

from academy.api import schemas, selectors, serialise
from academy.api.auth import TokenAuth, Unauthorised
from academy.api.models import ApiToken
from academy.api.tokens import TOKEN_MISSING
from academy.audit import actions
from academy.audit import services as audit

UNKNOWN_PARAMETER = "Unknown query parameter: {}."
NO_NUL = r"^[^\x00]*$"
MAX_ID = 2**63 - 1


class AcademyAPI(NinjaAPI):
    def create_response(self, request, data, *args, **kwargs):
        """Every answer holds personal data or a refusal: never kept by a browser or a shared cache."""
        response = super().create_response(request, data, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        token = getattr(request, "auth", None)
        if response.status_code == 200 and isinstance(token, ApiToken):
            # Who read which personal records, and when: the token, the resource and its filters.
            audit.record(
                actions.API_PERSONAL_DATA_READ,
                actor=None,
                request=request,
                target=token,
                detail={"path": request.path, "query": request.GET.urlencode()[:500]},
            )
        return response


api = AcademyAPI(
    title="Commissioning Academy HR and reporting API",
    version="1",
    description=(
        "Read-only records of learners, enrolments and completions, certificates and cohorts, for the organisations "
        "a token may read. Send the token as `Authorization: Bearer <token>`. Lists are ordered by `updated_at` then "
        "`id`; follow `next_cursor` until it is null, and keep the largest `updated_at` seen for the next "
        "`updated_since` (overlap it by a few minutes: a change is visible once its transaction commits)."
    ),
    auth=TokenAuth(),
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)

ERRORS = {400: schemas.Error, 401: schemas.Error, 403: schemas.Error}
DETAIL_ERRORS = {400: schemas.Error, 401: schemas.Error, 404: schemas.Error}


class ListParams(Schema):
    organisation: str | None = Field(
        None, max_length=200, pattern=NO_NUL, description="One of the token's organisations (default: all of them)."
    )
    updated_since: datetime | None = Field(
        None, description="Only records changed at or after this time (ISO 8601; UTC if no offset is given)."
    )
    cursor: str | None = Field(
        None, max_length=200, pattern=r"^[A-Za-z0-9_-]*$", description="`next_cursor` of the last page."
    )
    limit: int = Field(50, ge=1, le=200, description="Records per page.")


def _only_known(request: HttpRequest, allowed) -> None:
    """Refuse parameters the API does not know (a mistyped ``updatedSince`` would otherwise fetch everything)."""
    unknown = sorted(set(request.GET) - set(allowed))
    if unknown:
        raise selectors.BadRequest(UNKNOWN_PARAMETER.format(", ".join(unknown)))


def _page(request: HttpRequest, params: ListParams, build, serialiser) -> dict:
    _only_known(request, ListParams.model_fields)
    names = selectors.organisations(request.auth, organisation=params.organisation)
    page = selectors.page(
        build(names), updated_since=_utc(params.updated_since), cursor=params.cursor, limit=params.limit
    )
    return {"results": [serialiser(row) for row in page.results], "next_cursor": page.next_cursor}


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError:
        raise selectors.BadRequest("updated_since is out of range.") from None


@api.get("/learners", response={200: schemas.LearnerPage, **ERRORS}, tags=["learners"])
def list_learners(request, params: Query[ListParams]):
    """Learners whose profile names one of the token's organisations."""
    return _page(request, params, selectors.learners, serialise.learner)


@api.get("/learners/{learner_id}", response={200: schemas.Learner, **DETAIL_ERRORS}, tags=["learners"])
def get_learner(request, learner_id: int = Path(..., ge=1, le=MAX_ID)):
    _only_known(request, ())
    return serialise.learner(get_object_or_404(selectors.learners(request.auth.organisations), pk=learner_id))


@api.get("/enrolments", response={200: schemas.EnrolmentPage, **ERRORS}, tags=["enrolments"])
def list_enrolments(request, params: Query[ListParams]):
    """Enrolments with their progress summary; ``completed_at`` is set once the course is complete."""
    return _page(request, params, selectors.enrolments, serialise.enrolment)


@api.get("/enrolments/{enrolment_id}", response={200: schemas.Enrolment, **DETAIL_ERRORS}, tags=["enrolments"])
def get_enrolment(request, enrolment_id: int = Path(..., ge=1, le=MAX_ID)):
    _only_known(request, ())
    return serialise.enrolment(get_object_or_404(selectors.enrolments(request.auth.organisations), pk=enrolment_id))


@api.get("/certificates", response={200: schemas.CertificatePage, **ERRORS}, tags=["certificates"])
def list_certificates(request, params: Query[ListParams]):
    """Certificates issued, revoked or replaced; ``state`` also says whether a valid one has expired."""
    return _page(request, params, selectors.certificates, serialise.certificate)


@api.get("/certificates/{certificate_id}", response={200: schemas.Certificate, **DETAIL_ERRORS}, tags=["certificates"])
def get_certificate(request, certificate_id: int = Path(..., ge=1, le=MAX_ID)):
    _only_known(request, ())
    queryset = selectors.certificates(request.auth.organisations)
    return serialise.certificate(get_object_or_404(queryset, pk=certificate_id))


@api.get("/cohorts", response={200: schemas.CohortPage, **ERRORS}, tags=["cohorts"])
def list_cohorts(request, params: Query[ListParams]):
    """Cohorts with at least one member in the token's organisations, listing those members only."""
    return _page(request, params, selectors.cohorts, serialise.cohort)


@api.get("/cohorts/{cohort_id}", response={200: schemas.Cohort, **DETAIL_ERRORS}, tags=["cohorts"])
def get_cohort(request, cohort_id: int = Path(..., ge=1, le=MAX_ID)):
    _only_known(request, ())
    return serialise.cohort(get_object_or_404(selectors.cohorts(request.auth.organisations), pk=cohort_id))


def _error(request, status: int, detail: str, **headers):
    response = api.create_response(request, {"detail": detail}, status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


@api.exception_handler(Unauthorised)
def unauthorised(request, error):
    return _error(request, 401, str(error), WWW_Authenticate='Bearer realm="api", error="invalid_token"')


@api.exception_handler(AuthenticationError)
def no_token(request, error):
    return _error(request, 401, TOKEN_MISSING, WWW_Authenticate='Bearer realm="api"')


@api.exception_handler(selectors.ScopeError)
def outside_scope(request, error):
    return _error(request, 403, str(error))


@api.exception_handler(selectors.BadRequest)
def bad_request(request, error):
    return _error(request, 400, str(error))


@api.exception_handler(ValidationError)
def invalid(request, error):
    problems = "; ".join(
        f"{'.'.join(str(part) for part in problem.get('loc', ())[1:])}: {problem.get('msg', 'invalid')}"
        for problem in error.errors
    )
    return _error(request, 400, problems or "The request is not valid.")

"""Certificate pages: the learner's list and downloads (owner only), public verification, the badge issuer."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from academy.certificates import badges, baking, links, selectors, services
from academy.certificates.forms import VerifyForm
from academy.certificates.models import Certificate, CertificatePolicy
from academy.core.ratelimit import allow
from courses.models import CoursePage
from courses.services.progress import ProgressError

VERIFY_SCOPE = "certificate-verify"
NOINDEX = "noindex, nofollow"
JSON_INDENT = {"indent": 2, "ensure_ascii": False}
MAX_STATUS_LIST = 2**40  # keeps list_number x list size within a 64-bit id


@login_required
def certificate_list(request):
    """My certificates: every certificate the learner holds, with downloads and renewal."""
    now = timezone.now()
    certificates = list(selectors.owned_certificates(user=request.user).select_related("enrolment__course"))
    rows = [
        {
            "certificate": certificate,
            "state": certificate.state_at(now),
            "can_start_again": certificate.enrolment.is_current and services.can_recertify(certificate, now=now),
        }
        for certificate in certificates
    ]
    return render(request, "certificates/certificate_list.html", {"rows": rows})


@login_required
@cache_control(private=True, no_store=True)
def certificate_pdf(request, code: str):
    """The stored PDF, exactly as issued. Only its owner may download it; anyone else gets "not found"."""
    certificate = _owned_or_404(request, code)
    return FileResponse(
        certificate.pdf.open("rb"),
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )


@login_required
@cache_control(private=True, no_store=True)
def certificate_badge(request, code: str, kind: str):
    """The Open Badges 3.0 credential: the signed VC-JWT that wallets and validators take, the same baked into a PNG
    or SVG badge for backpacks, or the readable JSON (the unsigned payload of the signed credential, and named so)."""
    certificate = _owned_or_404(request, code)
    token = certificate.credential_jwt
    filename = f"badge-{certificate.code}.{kind}"
    if kind == "jwt":
        response = HttpResponse(token, content_type=badges.MEDIA_TYPE)
    elif kind == "png":
        response = HttpResponse(baking.bake_png(baking.badge_png(certificate.course_title), token), "image/png")
    elif kind == "svg":
        response = HttpResponse(baking.bake_svg(baking.badge_svg(certificate.course_title), token), "image/svg+xml")
    else:
        credential = badges.decode_credential(token)
        response = HttpResponse(json.dumps(credential, **JSON_INDENT), content_type="application/json")
        filename = f"badge-{certificate.code}-unsigned-payload.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_POST
def start_again(request, code: str):
    """Renew a certificate by retaking its course as a new cycle, once the renewal period has opened."""
    certificate = _owned_or_404(request, code)
    try:
        enrolment = services.start_recertification(certificate=certificate, user=request.user)
    except (services.CertificateError, ProgressError) as error:
        messages.error(request, str(error))
        return redirect("certificates:list")
    messages.success(request, f"You have started {enrolment.course.title} again")
    return redirect(enrolment.course.url)


def verify(request):
    """The public form: type a certificate code to check it."""
    form = VerifyForm(request.GET if "code" in request.GET else None)
    if form.is_bound and form.is_valid():
        return redirect("certificates:verify_code", code=form.cleaned_data["code"])
    response = render(request, "certificates/verify_form.html", {"form": form})
    response["X-Robots-Tag"] = NOINDEX
    return response


def verify_code(request, code: str):
    """The public verification page for one code: valid, expired, revoked, replaced, unknown or mistyped."""
    if not allow(request, scope=VERIFY_SCOPE, limit=settings.ACADEMY_CERTIFICATE_VERIFY_RATE_LIMIT):
        return rate_limited(request)
    result = selectors.verify_code(text=code)
    if result.found and result.code != code:
        return redirect("certificates:verify_code", code=result.code)
    context = {"result": result, "certificate": result.certificate, "form": VerifyForm(initial={"code": code})}
    response = render(request, "certificates/verify_result.html", context, status=200 if result.found else 404)
    response["X-Robots-Tag"] = NOINDEX
    return response


def rate_limited(request):
    response = render(request, "certificates/rate_limited.html", status=429)
    response["Retry-After"] = "60"
    return response


def issuer(request):
    """The badge issuer's Profile, at the stable URL that every credential names as its issuer."""
    return JsonResponse(badges.issuer_profile(), json_dumps_params=JSON_INDENT)


def jwks(request):
    """The issuer's public keys as a JWK Set, for verifiers that look keys up by ``kid``."""
    return JsonResponse(badges.jwks(), content_type="application/jwk-set+json", json_dumps_params=JSON_INDENT)


def achievement_image(request, course_id: int):
    """The badge picture of a course's Achievement (PNG)."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    response = HttpResponse(baking.badge_png(course.title), content_type="image/png")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def issuer_key(request, thumbprint: str):
    """The public key that signs badges, as a JWK; the ``kid`` in each badge's header points here."""
    key = badges.public_jwk()
    if thumbprint != key["kid"]:
        raise Http404("No such key")
    return JsonResponse(key, json_dumps_params=JSON_INDENT)


def achievement(request, course_id: int):
    """The Achievement a course's badges award."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    policy = CertificatePolicy.objects.filter(course=course).first()
    description = (policy.achievement_description if policy else "") or course.summary
    data = badges.achievement(
        course_id=course.pk, title=course.title, description=description, criteria_url=links.page_url(course)
    )
    return JsonResponse({"@context": badges.CONTEXTS, **data}, json_dumps_params=JSON_INDENT)


@cache_control(no_cache=True, max_age=0)
def status_list(request, list_number: int):
    """A signed revocation list (W3C Bitstring Status List) that badge verifiers check. Built on each request and
    never cached: a revocation shows at once, not once a cache expires."""
    if list_number > MAX_STATUS_LIST:
        raise Http404("No such status list")
    token = badges.status_list_credential(
        list_number=list_number, revoked=selectors.revoked_positions(list_number=list_number)
    )
    return HttpResponse(token, content_type=badges.MEDIA_TYPE)


def _owned_or_404(request, code: str) -> Certificate:
    return get_object_or_404(selectors.owned_certificates(user=request.user), code=code)

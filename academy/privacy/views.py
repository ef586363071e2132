"""Download my data and Delete my account: pages in the learner's account area."""

from allauth.account.decorators import reauthentication_required
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from academy.audit import actions
from academy.audit import services as audit
from academy.privacy import services
from academy.privacy.forms import DeleteAccountForm
from academy.privacy.models import DataExport

REQUESTED = "We are preparing your data. We will email you when it is ready to download"
DELETED = "Your account has been deleted"


@login_required
def my_data(request):
    exports = list(DataExport.objects.filter(user=request.user)[:5])
    context = {"exports": exports, "keep_hours": settings.ACADEMY_MY_DATA_KEEP_HOURS}
    return render(request, "privacy/my_data.html", context)


@login_required
@require_POST
def request_my_data(request):
    services.request_export(user=request.user, request=request)
    messages.success(request, REQUESTED)
    return redirect("privacy:my_data")


@login_required
@cache_control(private=True, no_store=True)
def download_my_data(request, export_id: int):
    """The archive, to its owner only while it is offered; anyone else (or later) gets "not found"."""
    export = get_object_or_404(DataExport, pk=export_id, user=request.user)
    if not export.is_available:
        raise Http404("This download has expired")
    audit.record(actions.MY_DATA_DOWNLOADED, actor=request.user, request=request, target=export)
    return FileResponse(
        export.file.open("rb"), as_attachment=True, filename=export.download_name, content_type="application/zip"
    )


def _delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        services.delete_account(user=user, request=request)
        logout(request)
        messages.success(request, DELETED)
        return redirect("privacy:account_deleted")
    context = {"form": form, "audit_keep_years": settings.ACADEMY_AUDIT_KEEP_DAYS // 365}
    return render(request, "privacy/delete_account.html", context)


_delete_after_reauthentication = reauthentication_required(_delete_account)


@login_required
def delete_account(request):
    """Password accounts confirm with their password; others (single sign-on) through allauth's re-authentication."""
    if request.user.has_usable_password():
        return _delete_account(request)
    return _delete_after_reauthentication(request)


def account_deleted(request):
    return render(request, "privacy/account_deleted.html")

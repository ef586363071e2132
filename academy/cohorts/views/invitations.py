"""Invitations: the lead's pages (invite by list or CSV, results, resend, revoke, join code) and the invited
person's page (accept, or sign in / create an account first)."""

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.views import View
from django.views.generic import FormView, TemplateView

from academy.cohorts.forms import InviteByEmailForm, InviteByUploadForm
from academy.cohorts.models import Invitation, InvitationBatch
from academy.cohorts.receivers import SESSION_KEY
from academy.cohorts.services import CohortError
from academy.cohorts.services import cohorts as cohort_services
from academy.cohorts.services import invitations as services
from academy.cohorts.views.mixins import CohortMixin
from academy.core import spreadsheets

INVITATIONS_SHOWN = 200


class InvitationListView(CohortMixin, TemplateView):
    template_name = "cohorts/invitation_list.html"
    section = "invitations"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        invitations = list(self.cohort.invitations.all()[:INVITATIONS_SHOWN])
        context.update(
            invitations=invitations,
            open_count=sum(1 for invitation in invitations if invitation.status == Invitation.Status.PENDING),
            batches=list(self.cohort.invitation_batches.all()[:10]),
            join_url=self.request.build_absolute_uri(reverse("cohorts:join")),
        )
        return context


class _InviteView(CohortMixin, FormView):
    section = "invitations"
    source = InvitationBatch.Source.LIST

    def form_valid(self, form):
        if not self.cohort.is_active:
            form.add_error(None, cohort_services.COHORT_ARCHIVED)
            return self.form_invalid(form)
        uploaded = form.cleaned_data.get("file")
        batch = services.invite(
            cohort=self.cohort,
            invitees=form.invitees,
            invited_by=self.request.user,
            source=self.source,
            filename=getattr(uploaded, "name", ""),
            request=self.request,
        )
        return redirect("cohorts:invitation_batch", pk=self.cohort.pk, batch_id=batch.pk)


class InviteByEmailView(_InviteView):
    template_name = "cohorts/invite_by_email.html"
    form_class = InviteByEmailForm


class InviteByUploadView(_InviteView):
    template_name = "cohorts/invite_by_upload.html"
    form_class = InviteByUploadForm
    source = InvitationBatch.Source.CSV


class InvitationBatchView(CohortMixin, TemplateView):
    template_name = "cohorts/invitation_batch.html"
    section = "invitations"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        batch = get_object_or_404(self.cohort.invitation_batches, pk=self.kwargs["batch_id"])
        counts = batch.counts()
        context.update(
            batch=batch,
            counts=[(label, counts.get(outcome, 0)) for outcome, label in services.OUTCOME_LABELS.items()],
            results=[{**row, "outcome_label": services.OUTCOME_LABELS[row["outcome"]]} for row in batch.results],
        )
        return context


class InvitationBatchCsvView(CohortMixin, View):
    """The results file: one line per row of the upload, with its outcome and the reason."""

    def get(self, request, *args, **kwargs):
        batch = get_object_or_404(self.cohort.invitation_batches, pk=kwargs["batch_id"])
        header = ["Row", "Email", "Name", "Organisation", "Outcome", "Reason"]
        rows = (
            [
                row["row"],
                row["email"],
                row["name"],
                row["organisation"],
                services.OUTCOME_LABELS[row["outcome"]],
                row["reason"],
            ]
            for row in batch.results
        )
        response = StreamingHttpResponse(spreadsheets.csv_lines(header, rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="invitation-results-{batch.pk}.csv"'
        return response


class InvitationResendView(CohortMixin, View):
    def post(self, request, *args, **kwargs):
        invitation = get_object_or_404(self.cohort.invitations, pk=kwargs["invitation_id"])
        try:
            services.resend_invitation(invitation=invitation, request=request)
        except CohortError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Invitation sent again to {invitation.email}.")
        return redirect("cohorts:invitations", pk=self.cohort.pk)


class InvitationRevokeView(CohortMixin, TemplateView):
    template_name = "cohorts/invitation_confirm_revoke.html"
    section = "invitations"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["invitation"] = get_object_or_404(self.cohort.invitations, pk=self.kwargs["invitation_id"])
        return context

    def post(self, request, *args, **kwargs):
        invitation = get_object_or_404(self.cohort.invitations, pk=kwargs["invitation_id"])
        try:
            services.revoke_invitation(invitation=invitation)
        except CohortError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Invitation to {invitation.email} withdrawn.")
        return redirect("cohorts:invitations", pk=self.cohort.pk)


class JoinCodeView(CohortMixin, View):
    def post(self, request, *args, **kwargs):
        enabled = request.POST.get("action") != "disable"
        if enabled and not self.cohort.is_active:
            messages.error(request, cohort_services.COHORT_ARCHIVED)
        else:
            try:
                cohort_services.set_join_code(cohort=self.cohort, enabled=enabled)
            except CohortError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, "New join code made." if enabled else "Join code turned off.")
        return redirect("cohorts:invitations", pk=self.cohort.pk)


# The invited person -----------------------------------------------------------------------------------------


class AcceptInvitationView(TemplateView):
    """The link in the invitation email. Signed in with the invited address: a "Join" button. Signed out: sign in
    or create an account, and come back (or, after sign-up, join automatically)."""

    template_name = "cohorts/invitation_accept.html"

    def dispatch(self, request, *args, **kwargs):
        self.invitation = services.invitation_for_token(kwargs["token"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user if self.request.user.is_authenticated else None
        problem = None
        try:
            services.check_invitation(self.invitation, user=user)
        except CohortError as error:
            problem = str(error)
        already_member = user is not None and self.invitation is not None and self.invitation.accepted_by_id == user.pk
        context.update(
            invitation=self.invitation,
            problem=problem,
            already_member=already_member,
            courses=[cc.course for cc in self.invitation.cohort.cohort_courses.select_related("course")]
            if self.invitation is not None
            else [],
            login_url=reverse("account_login") + "?" + urlencode({"next": self.request.path}),
            signup_url=reverse("cohorts:invitation_signup", args=[self.kwargs["token"]]),
        )
        return context

    def post(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.path)
        if self.invitation is None:
            return self.get(request, *args, **kwargs)
        try:
            membership = services.accept_invitation(invitation=self.invitation, user=request.user)
        except CohortError:
            return self.get(request, *args, **kwargs)
        messages.success(request, f"You have joined {membership.cohort.name}.")
        return redirect("cohorts:joined", pk=membership.cohort_id)


class InvitationSignUpView(View):
    """Start sign-up from an invitation: the invited address is treated as verified (the person proved they read
    that mailbox by following the single-use link) and they join the cohort as soon as the account exists."""

    def get(self, request, token):
        invitation = services.invitation_for_token(token)
        try:
            services.check_invitation(invitation)
        except CohortError:
            return redirect("cohorts:invitation", token=token)
        if request.user.is_authenticated:
            return redirect("cohorts:invitation", token=token)
        if get_user_model().objects.filter(email__iexact=invitation.email).exists():
            # They have an account already: sign in with it, then accept.
            messages.info(request, f"You already have an account. Sign in as {invitation.email} to join.")
            return redirect(
                reverse("account_login") + "?" + urlencode({"next": reverse("cohorts:invitation", args=[token])})
            )
        get_adapter(request).stash_verified_email(request, invitation.email)
        request.session[SESSION_KEY] = invitation.token_hash
        query = {"email": invitation.email, "next": reverse("cohorts:joined", args=[invitation.cohort_id])}
        return redirect(reverse("account_signup") + "?" + urlencode(query))

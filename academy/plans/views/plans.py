"""A plan's pages for everyone who may see it: the plan with its comments, its versions and their differences,
feedback (lead or assigned peer), acceptance and the choice of reviewer (lead)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.views import View
from django.views.generic import TemplateView

from academy.plans import diffs, forms, selectors, services
from academy.plans.models import SECTIONS, Comment
from academy.plans.views.mixins import PlanMixin


class PlanView(PlanMixin, TemplateView):
    template_name = "plans/plan.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            content=diffs.readable(self.plan.content()),
            sections=dict(SECTIONS),
            comments=selectors.visible_comments(self.access),
            comment_form=kwargs.get("comment_form") or forms.CommentForm(),
            group=selectors.group_of(self.plan.owner, self.plan.cohort_id),
            versions=selectors.versions(self.plan) if self.access.may_see_versions else [],
        )
        if self.access.role == selectors.Role.LEAD:
            context["reviewer_form"] = forms.ReviewerForm(
                initial={"reviewer": self.plan.reviewer_id or ""},
                memberships=selectors.reviewer_choices(self.plan.cohort, exclude_user_id=self.plan.owner_id),
            )
        return context


class VersionView(PlanMixin, TemplateView):
    template_name = "plans/version.html"
    allowed = "may_see_versions"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = self.plan.versions.filter(number=self.kwargs["number"]).prefetch_related("feedback").first()
        if version is None:
            raise Http404("No such version")
        context.update(version=version, content=diffs.readable(version.content), sections=dict(SECTIONS))
        return context


class CompareView(PlanMixin, TemplateView):
    """Two versions section by section: what was removed and what was added."""

    template_name = "plans/compare.html"
    allowed = "may_see_versions"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        versions = {v.number: v for v in self.plan.versions.all()}
        if not versions:
            raise Http404("No versions")
        latest = max(versions)
        older = _number(self.request.GET.get("from"), default=max(latest - 1, 1))
        newer = _number(self.request.GET.get("to"), default=latest)
        if older not in versions or newer not in versions:
            raise Http404("No such version")
        context.update(
            older=versions[older],
            newer=versions[newer],
            numbers=sorted(versions),
            changes=diffs.compare(versions[older].content, versions[newer].content),
        )
        return context


def _number(text, *, default: int) -> int:
    return int(text) if text and text.isdigit() and len(text) < 6 else default


class FeedbackView(PlanMixin, TemplateView):
    template_name = "plans/feedback.html"

    def _criteria(self):
        template = selectors.template_for(self.plan)
        return list(template.criteria.all()) if template else []

    def _check(self):
        if self.access.role not in {selectors.Role.LEAD, selectors.Role.REVIEWER}:
            raise PermissionDenied

    def get_context_data(self, **kwargs):
        self._check()
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or forms.FeedbackForm(criteria=self._criteria())
        context["version"] = self.plan.versions.order_by("-number").first()
        context["content"] = diffs.readable(context["version"].content) if context["version"] else None
        context["sections"] = dict(SECTIONS)
        return context

    def post(self, request, *args, **kwargs):
        self._check()
        form = forms.FeedbackForm(request.POST, criteria=self._criteria())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            services.give_feedback(
                plan=self.plan, reviewer=request.user, ratings=form.rows(), summary=form.cleaned_data["summary"]
            )
        except services.PlanError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Your feedback has been sent to the learner.")
        return redirect("plans:plan", pk=self.plan.pk)


class AcceptView(PlanMixin, View):
    allowed = "may_accept"

    def post(self, request, *args, **kwargs):
        services.accept_plan(plan=self.plan, lead=request.user)
        messages.success(request, "The plan has been accepted.")
        return redirect("plans:plan", pk=self.plan.pk)


class ReviewerView(PlanMixin, View):
    def post(self, request, *args, **kwargs):
        if self.access.role != selectors.Role.LEAD:
            raise PermissionDenied
        chosen = request.POST.get("reviewer", "")
        try:
            services.assign_reviewer(plan=self.plan, reviewer_id=int(chosen) if chosen.isdigit() else None)
        except services.PlanError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "The peer reviewer has been saved.")
        return redirect("plans:plan", pk=self.plan.pk)


class CommentView(PlanMixin, View):
    allowed = "may_comment"

    def post(self, request, *args, **kwargs):
        form = forms.CommentForm(request.POST)
        if form.is_valid():
            try:
                services.add_comment(plan=self.plan, author=request.user, body=form.cleaned_data["body"])
            except services.PlanError as error:
                form.add_error("body", str(error))
        if form.errors:
            view = PlanView(request=request, kwargs=self.kwargs, access=self.access, plan=self.plan)
            return view.render_to_response(view.get_context_data(comment_form=form, form=form))
        messages.success(request, "Your comment has been added.")
        return redirect("plans:plan", pk=self.plan.pk)


class ReportCommentView(View):
    def post(self, request, comment_id: int):
        if not request.user.is_authenticated:
            raise Http404("No such comment")
        try:
            comment = selectors.comment_for_member(request.user, comment_id)
        except (Comment.DoesNotExist, selectors.Plan.DoesNotExist) as error:
            raise Http404("No such comment") from error
        services.report_comment(comment=comment, reporter=request.user)
        messages.success(request, "Thank you. The cohort's lead will look at the comment.")
        return redirect("plans:plan", pk=comment.plan_id)


class HideCommentView(View):
    def post(self, request, comment_id: int):
        if not request.user.is_authenticated:
            raise Http404("No such comment")
        try:
            comment = selectors.comment_for_lead(request.user, comment_id)
        except Comment.DoesNotExist as error:
            raise Http404("No such comment") from error
        hidden = request.POST.get("hidden", "1") == "1"
        services.hide_comment(comment=comment, lead=request.user, hidden=hidden)
        messages.success(request, "The comment is hidden from the group." if hidden else "The comment is shown again.")
        return redirect("plans:plan", pk=comment.plan_id)

"""The learner's profile: name, organisation and job title, edited by the learner.

Certificates already issued keep the name they were issued with (their snapshot); a reissue uses the name here.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from academy.accounts.signup_fields import ProfileSignupForm

SAVED = "Your details have been saved"


class ProfileForm(forms.Form):
    full_name = ProfileSignupForm.base_fields["full_name"]
    organisation = ProfileSignupForm.base_fields["organisation"]
    job_title = ProfileSignupForm.base_fields["job_title"]


def update_profile(*, user, full_name: str, organisation: str, job_title: str) -> None:
    """Save the learner's own details (trimmed). Issued certificates are not touched."""
    user.full_name = full_name.strip()
    user.organisation = organisation.strip()
    user.job_title = job_title.strip()
    user.save(update_fields=["full_name", "organisation", "job_title"])


@login_required
def profile(request):
    user = request.user
    initial = {"full_name": user.full_name, "organisation": user.organisation, "job_title": user.job_title}
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        update_profile(user=user, **form.cleaned_data)
        messages.success(request, SAVED)
        return redirect("accounts_profile")
    return render(request, "account/profile.html", {"form": form})

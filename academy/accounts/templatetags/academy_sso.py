"""The sign-in page's "Sign in with <organisation>" buttons."""

from urllib.parse import urlencode, urlsplit

from django import template
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from academy.accounts.sso import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_sign_in(context, process: str = "login") -> list[dict]:
    """Each enabled provider's name and sign-in (or, ``process="connect"``, link) address; their origins join the
    page's form-action policy, since the button's answer is a redirect to the provider."""
    request = context.get("request")
    next_url = request.GET.get("next", "") if request else ""
    if next_url and not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    query = {"process": process} if process != "login" else {}
    if next_url:
        query["next"] = next_url
    buttons, origins = [], set()
    for idp in selectors.enabled_identity_providers():
        url = reverse("openid_connect_login", kwargs={"provider_id": idp.slug})
        buttons.append({"name": idp.name, "url": url + ("?" + urlencode(query) if query else "")})
        parts = urlsplit(idp.server_url)
        origins.add(f"{parts.scheme}://{parts.netloc}")
    if request is not None and origins:
        request.csp_form_action = {*getattr(request, "csp_form_action", ()), *origins}
    return buttons


@register.simple_tag(takes_context=True)
def allow_form_action_to(context, provider) -> str:
    """For allauth's "Continue to <provider>" page: its form's redirect goes to the provider's origin."""
    request = context.get("request")
    server_url = getattr(getattr(provider, "app", None), "settings", {}).get("server_url", "")
    if request is not None and server_url:
        parts = urlsplit(server_url)
        request.csp_form_action = {*getattr(request, "csp_form_action", ()), f"{parts.scheme}://{parts.netloc}"}
    return ""


@register.simple_tag
def linked_organisations(user) -> list[dict]:
    """The organisation sign-ins linked to ``user``: each one's account id, organisation and email address."""
    return selectors.linked_organisations(user=user)

"""The identity provider's admin form: the secret is never shown back, and domains and tenants are checked."""

from django import forms

from academy.accounts.models import OrganisationIdentityProvider
from academy.accounts.policy import normalise_rule, rule_lines

DOMAINS_REQUIRED = "Enter at least one email domain, for example northshire.gov.uk"
DOMAIN_INVALID = "Enter email domains like northshire.gov.uk or *.northshire.gov.uk, one a line"
TENANT_INVALID = "Enter Entra ID tenant ids, one a line: each is a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47"
MULTI_TENANT_NEEDS_TENANTS = "A multi-tenant issuer ({tenantid}, common or organizations) needs a list of tenant ids"
MULTI_TENANT_MARKERS = ("{tenantid}", "/common/", "/organizations/")


class IdentityProviderForm(forms.ModelForm):
    server_url = forms.URLField(
        label="Issuer (server) address",
        assume_scheme="https",
        max_length=500,
        help_text=OrganisationIdentityProvider._meta.get_field("server_url").help_text,
    )
    client_secret = forms.CharField(
        label="Client secret",
        widget=forms.PasswordInput(render_value=False),
        required=False,
        help_text="Leave empty to keep the current secret.",
    )

    class Meta:
        model = OrganisationIdentityProvider
        error_messages = {"allowed_email_domains": {"required": DOMAINS_REQUIRED}}
        fields = [
            "name",
            "slug",
            "organisation",
            "enabled",
            "server_url",
            "client_id",
            "client_secret",
            "allowed_email_domains",
            "tenant_ids",
            "counts_as_mfa",
        ]

    def clean_client_secret(self) -> str:
        secret = self.cleaned_data.get("client_secret") or ""
        if not secret and self.instance.pk:
            return self.instance.client_secret
        if not secret:
            raise forms.ValidationError("Enter the client secret")
        return secret

    def clean_allowed_email_domains(self) -> str:
        rules = [normalise_rule(rule) for rule in rule_lines(self.cleaned_data.get("allowed_email_domains", ""))]
        if not rules:
            raise forms.ValidationError(DOMAINS_REQUIRED)
        for rule in rules:
            bare = rule[2:] if rule.startswith("*.") else rule
            labels = bare.split(".")
            if len(labels) < 2 or not all(label and all(c.isalnum() or c == "-" for c in label) for label in labels):
                raise forms.ValidationError(DOMAIN_INVALID)
        return "\n".join(rules)

    def clean_tenant_ids(self) -> str:
        tenants = [tenant.lower() for tenant in rule_lines(self.cleaned_data.get("tenant_ids", ""))]
        for tenant in tenants:
            parts = tenant.split("-")
            if [len(part) for part in parts] != [8, 4, 4, 4, 12] or not all(_is_hex(part) for part in parts):
                raise forms.ValidationError(TENANT_INVALID)
        return "\n".join(tenants)

    def clean(self):
        cleaned = super().clean()
        server_url = (cleaned.get("server_url") or "").lower()
        if any(marker in server_url + "/" for marker in MULTI_TENANT_MARKERS) and not cleaned.get("tenant_ids"):
            self.add_error("tenant_ids", MULTI_TENANT_NEEDS_TENANTS)
        return cleaned


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)

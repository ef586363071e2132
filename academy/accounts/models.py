from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from academy.accounts.policy import rule_lines
from academy.core.prepared import PreparedQuery
from academy.core.timestamps import UpdatedAt


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)

    def get(self, *args, **kwargs):
        """``get(pk=...)``, which the authentication backends ask on every signed-in request, from SQL compiled once a
        process (``academy.core.prepared``: compiling cost twice the query); any other lookup as Django does it."""
        if args or list(kwargs) != ["pk"] or self._db is not None or self._hints:
            return super().get(*args, **kwargs)
        try:
            pk = self.model._meta.pk.to_python(kwargs["pk"])
        except ValidationError:
            return super().get(*args, **kwargs)
        rows = _USER_BY_PK.rows(pk, using=self.db)
        if not rows:
            raise self.model.DoesNotExist(f"{self.model._meta.object_name} matching query does not exist.")
        return self.model.from_db(self.db, _user_fields(), rows[0])


class User(UpdatedAt, AbstractBaseUser, PermissionsMixin):
    """A person who uses the platform. The email address is the login."""

    untracked_fields = frozenset({"last_login", "password"})  # sign-ins are not changes to the person's record

    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    job_title = models.CharField(max_length=200, blank=True)
    is_staff = models.BooleanField("staff status", default=False, help_text="Can sign in to the Django admin.")
    is_active = models.BooleanField("active", default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # Set when the account is deleted: the row stays as an anonymous placeholder (see academy.privacy).
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)
    inactivity_warning_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique")]
        ordering = ["full_name", "email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return (self.full_name.split() or [self.email])[0]


class OutgoingEmail(models.Model):
    """An email waiting to be sent: written in the transaction that causes it, deleted once it has been sent.

    The row, not the broker's message, is what promises the email: a message lost with Redis is sent by the sweep.
    """

    subject = models.TextField()
    body = models.TextField(blank=True)
    html = models.TextField(blank=True)
    to = models.JSONField()
    from_email = models.CharField(max_length=254, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.subject} to {', '.join(self.to)}"


class OrganisationIdentityProvider(models.Model):
    """An organisation's OpenID Connect identity provider: "Sign in with <name>" on the sign-in page.

    allauth's OpenID Connect provider reads these through the social account adapter (one SocialApp each, built in
    memory), so this row is the one place the settings live. Accounts are linked by the provider's subject; an
    existing account is linked by email only when the provider says the email is verified.
    """

    name = models.CharField(
        "organisation's name on the button",
        max_length=100,
        help_text='Shown as "Sign in with <name>", for example "Northshire County Council".',
    )
    slug = models.SlugField(
        "identifier",
        max_length=50,
        unique=True,
        help_text="Part of the sign-in and callback addresses, for example northshire. Changing it breaks the "
        "redirect address registered with the provider and unlinks accounts already linked.",
    )
    organisation = models.CharField(
        "organisation recorded on new accounts", max_length=200, blank=True, help_text="Leave empty to use the name."
    )
    server_url = models.URLField(
        "issuer (server) address",
        max_length=500,
        help_text="The address before /.well-known/openid-configuration. Entra ID, one tenant: "
        "https://login.microsoftonline.com/<tenant id>/v2.0. Entra ID, several tenants: "
        "https://login.microsoftonline.com/organizations/v2.0 with the tenant ids below.",
    )
    client_id = models.CharField("client id", max_length=200)
    client_secret = models.CharField("client secret", max_length=500)
    allowed_email_domains = models.TextField(
        help_text="One per line, for example northshire.gov.uk or *.northshire.gov.uk. Only these addresses may "
        "sign in through this provider (and only if the service's own allow-list also allows them)."
    )
    tenant_ids = models.TextField(
        "Entra ID tenant ids",
        blank=True,
        help_text="One per line. When set, only tokens whose tid claim is one of these are accepted (for the "
        "multi-tenant endpoint); the issuer is checked against that tenant.",
    )
    counts_as_mfa = models.BooleanField(
        "sign-in counts as two-factor authentication",
        default=False,
        help_text="Tick only if this provider always asks for a second factor (for example Entra ID with a "
        "conditional access policy that requires MFA). Staff who sign in here are then not asked to set up "
        "the service's own two-factor authentication.",
    )
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "organisation identity provider"

    def __str__(self) -> str:
        return self.name

    @property
    def email_domain_rules(self) -> list[str]:
        return rule_lines(self.allowed_email_domains)

    @property
    def tenant_id_list(self) -> list[str]:
        return [tenant.lower() for tenant in rule_lines(self.tenant_ids)]


class SentEmail(models.Model):
    """A short record of an email sent to someone: what a learner's data download lists under "emails sent".

    Only the subject and time, not the body; removed after ACADEMY_SENT_EMAIL_LOG_KEEP_DAYS and when the account
    is deleted.
    """

    recipient = models.EmailField(db_index=True)
    subject = models.TextField()
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]

    def __str__(self):
        return f"{self.subject} to {self.recipient}"


def _user_fields() -> list[str]:
    return [field.attname for field in User._meta.concrete_fields]


_USER_BY_PK = PreparedQuery(lambda pk: User.objects.filter(pk=pk).values_list(*_user_fields()), arguments=1)

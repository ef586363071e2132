from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

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

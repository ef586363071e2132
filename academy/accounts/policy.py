"""Who may sign up: the email domain allow-list (ACADEMY_ALLOWED_EMAIL_DOMAINS)."""

from collections.abc import Iterable

DOMAIN_NOT_ALLOWED = (
    "Enter your work email address. This service only accepts email addresses from the organisations that use it"
)


def email_domain(email: str) -> str | None:
    """The domain of ``email`` in lower case, or None when the address has no usable domain."""
    if not isinstance(email, str) or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().lower().rstrip(".")
    labels = domain.split(".")
    if len(labels) < 2 or any(not label or len(label) > 63 for label in labels):
        return None
    if any(not all(ch.isalnum() or ch == "-" for ch in label) for label in labels):
        return None
    return domain


def normalise_rule(rule: str) -> str:
    return rule.strip().lower().rstrip(".")


def is_email_allowed(email: str, *, allowed: Iterable[str]) -> bool:
    """True when ``email``'s domain is on the allow-list; an empty list allows everyone.

    A rule ``example.org`` allows that domain only. A rule ``*.gov.uk`` allows any subdomain of gov.uk
    (``cabinetoffice.gov.uk``, ``a.b.gov.uk``) but not ``gov.uk`` itself nor look-alikes such as
    ``gov.uk.evil.com`` or ``evilgov.uk``. Matching ignores case and a trailing dot.
    """
    rules = [normalise_rule(rule) for rule in allowed if normalise_rule(rule)]
    if not rules:
        return True
    domain = email_domain(email)
    if domain is None:
        return False
    for rule in rules:
        if rule.startswith("*."):
            if domain.endswith("." + rule[2:]):
                return True
        elif domain == rule:
            return True
    return False


def rule_lines(text: str) -> list[str]:
    """The items of a list typed one a line (commas also separate), without blanks."""
    return [item.strip() for item in (text or "").replace(",", "\n").splitlines() if item.strip()]

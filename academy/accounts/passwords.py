"""Password rules in plain words: Django's password validators, with messages that say what to do."""

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError

from academy.accounts import wording


def min_password_length() -> int | None:
    """The shortest password AUTH_PASSWORD_VALIDATORS allow, or None when length is not checked."""
    for validator in password_validation.get_default_password_validators():
        if isinstance(validator, password_validation.MinimumLengthValidator):
            return validator.min_length
    return None


def reworded(error: ValidationError) -> ValidationError:
    """``error`` from the password validators, each message replaced by one in GOV.UK style (matched by code)."""
    return ValidationError([ValidationError(_message(item), code=item.code) for item in error.error_list])


def _message(error: ValidationError) -> str:
    if error.code == "password_too_short":
        return wording.password_too_short((error.params or {}).get("min_length") or min_password_length())
    messages = {
        "password_too_common": wording.PASSWORD_TOO_COMMON,
        "password_entirely_numeric": wording.PASSWORD_ALL_NUMBERS,
        "password_too_similar": wording.PASSWORD_LIKE_YOU,
    }
    return messages.get(error.code) or " ".join(error.messages)

# ruff: noqa: S105 - messages about passwords, not passwords
"""What the account pages say when something needs fixing, in GOV.UK style: each message says what to do.

Constants, so forms, the adapter and tests share one wording. Imports nothing from allauth (signup_fields uses it).
"""

ENTER_EMAIL = "Enter your email address"
ENTER_NEW_EMAIL = "Enter your new email address"
EMAIL_FORMAT = "Enter an email address in the correct format, like name@council.gov.uk"
EMAIL_TOO_LONG = "Email address must be 254 characters or fewer"
SAME_EMAIL = "Enter a new email address, not the one your account uses now"
EMAIL_ON_ANOTHER_ACCOUNT = "This email address is already used by another account: enter a different one"
ENTER_FULL_NAME = "Enter your full name"
FULL_NAME_TOO_LONG = "Full name must be 200 characters or fewer"
ENTER_ORGANISATION = "Enter your organisation"
ORGANISATION_TOO_LONG = "Organisation must be 200 characters or fewer"
JOB_TITLE_TOO_LONG = "Job title must be 200 characters or fewer"

ENTER_PASSWORD = "Enter your password"
ENTER_NEW_PASSWORD = "Enter a password"
ENTER_A_NEW_PASSWORD = "Enter a new password"
ENTER_PASSWORD_AGAIN = "Enter your password again"
ENTER_CURRENT_PASSWORD = "Enter your current password"
WRONG_CURRENT_PASSWORD = "Enter your current password correctly"
WRONG_PASSWORD = "Enter the correct password"
PASSWORDS_DIFFER = "Enter the same password in both boxes"
WRONG_EMAIL_OR_PASSWORD = "Enter the correct email address and password"
TOO_MANY_SIGN_IN_ATTEMPTS = "You have tried to sign in too many times. Wait a few minutes, then try again"
TOO_MANY_REQUESTS = "You have done this too many times. Wait a few minutes, then try again"
ACCOUNT_INACTIVE = "Your account is not active. Contact support to ask about it"
RESET_LINK_INVALID = "This password reset link is not valid. Ask for a new one"


def password_too_short(min_length: int) -> str:
    return f"Password must be {min_length} characters or more"


PASSWORD_TOO_COMMON = "Enter a password that is harder to guess: this one is too common"
PASSWORD_ALL_NUMBERS = "Enter a password that is not all numbers"
PASSWORD_LIKE_YOU = "Enter a password that is not like your name or email address"


def password_hint(min_length: int | None) -> str:
    length = f"Use {min_length} characters or more. " if min_length else ""
    return f"{length}Do not use a common password, one that is all numbers, or one like your name or email address."


ENTER_CODE = "Enter the 6-digit code from your authenticator app, or a recovery code"
ENTER_APP_CODE = "Enter the 6-digit code from your authenticator app"
WRONG_CODE = "Enter the code your authenticator app shows now, or an unused recovery code"
WRONG_APP_CODE = "Enter the code your authenticator app shows now"

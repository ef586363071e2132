"""The development allow-list admits every demo account and public-sector addresses, not personal ones (signing in
under it is checked in tests/academy/demo/test_load_demo.py)."""

import pytest

from academy.accounts.demo import DEMO_ACCOUNTS
from academy.accounts.policy import is_email_allowed
from academy.cohorts.demo import DEMO_LEARNERS
from academy.config import DEVELOPMENT_ALLOWED_EMAIL_DOMAINS

DEMO_EMAILS = [account.email for account in DEMO_ACCOUNTS] + [learner[0] for learner in DEMO_LEARNERS]


@pytest.mark.parametrize("email", DEMO_EMAILS)
def test_every_demo_account_is_inside_the_development_allow_list(email):
    assert is_email_allowed(email, allowed=DEVELOPMENT_ALLOWED_EMAIL_DOMAINS)


@pytest.mark.parametrize("email", ["jo@northshire.gov.uk", "jo@trust.nhs.uk", "jo@met.police.uk", "jo@army.mod.uk"])
def test_public_sector_addresses_are_inside_the_development_allow_list(email):
    assert is_email_allowed(email, allowed=DEVELOPMENT_ALLOWED_EMAIL_DOMAINS)


@pytest.mark.parametrize("email", ["jo@gmail.com", "jo@example.com", "jo@gov.uk.evil.com"])
def test_personal_and_look_alike_addresses_are_outside_the_development_allow_list(email):
    assert not is_email_allowed(email, allowed=DEVELOPMENT_ALLOWED_EMAIL_DOMAINS)

"""The demo's sign-up rule: under `make run` the allow-list admits every demo account, and they all sign in."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from academy.accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from academy.accounts.policy import DOMAIN_NOT_ALLOWED, is_email_allowed
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


@pytest.fixture
def demo_rule(settings, db):
    settings.ACADEMY_ALLOWED_EMAIL_DOMAINS = list(DEVELOPMENT_ALLOWED_EMAIL_DOMAINS)
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def test_load_demo_says_who_can_create_an_account(demo_rule):
    assert "Accounts can be created with email addresses in: *.example, *.gov.uk, *.nhs.uk" in demo_rule


def test_with_the_demo_allow_list_every_demo_account_signs_in(client, demo_rule):
    for email in DEMO_EMAILS:
        response = client.post(reverse("account_login"), {"login": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, email
        client.post(reverse("account_logout"))


def test_with_the_demo_allow_list_a_personal_address_cannot_sign_up(client, demo_rule):
    data = {
        "full_name": "Jo Bloggs",
        "organisation": "Northshire County Council",
        "email": "jo.bloggs@gmail.com",
        "password1": "a-long-enough-passphrase",
        "password2": "a-long-enough-passphrase",
    }
    response = client.post(reverse("account_signup"), data)
    assert DOMAIN_NOT_ALLOWED in response.content.decode()

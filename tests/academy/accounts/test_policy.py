import string

from hypothesis import given
from hypothesis import strategies as st

from academy.accounts.policy import email_domain, is_email_allowed

GOV = ["*.gov.uk", "nhs.net"]
label = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=12)


def test_empty_allow_list_allows_anyone():
    assert is_email_allowed("someone@example.com", allowed=[])


def test_exact_rule_allows_only_that_domain():
    assert is_email_allowed("a@nhs.net", allowed=GOV)
    assert not is_email_allowed("a@trust.nhs.net", allowed=GOV)


def test_wildcard_rule_allows_subdomains_but_not_the_bare_domain():
    assert is_email_allowed("a@cabinetoffice.gov.uk", allowed=GOV)
    assert is_email_allowed("a@digital.cabinetoffice.gov.uk", allowed=GOV)
    assert not is_email_allowed("a@gov.uk", allowed=GOV)


def test_look_alike_domains_are_refused():
    for email in [
        "a@gov.uk.evil.com",
        "a@evilgov.uk",
        "a@cabinetoffice.gov.uk.attacker.net",
        "a@nhs.net.example.org",
        'a"@cabinetoffice.gov.uk"@evil.com',
        "a@cabinetoffice.gov.uk@evil.com",
        "a@cabinetoffice-gov.uk",
    ]:
        assert not is_email_allowed(email, allowed=GOV), email


def test_addresses_without_a_usable_domain_are_refused():
    for email in ["", "no-at-sign", "a@", "a@localhost", "a@.gov.uk", "a@x..gov.uk", "a@exa mple.gov.uk"]:
        assert not is_email_allowed(email, allowed=GOV), email


def test_rules_ignore_case_spaces_and_trailing_dots():
    assert is_email_allowed("A@Council.GOV.UK.", allowed=[" *.Gov.Uk. "])


@given(local=label, sub=st.lists(label, min_size=1, max_size=3))
def test_any_subdomain_of_an_allowed_suffix_is_allowed(local, sub):
    assert is_email_allowed(f"{local}@{'.'.join(sub)}.gov.uk", allowed=GOV)


@given(local=label, sub=st.lists(label, min_size=1, max_size=3), evil=label)
def test_an_allowed_suffix_followed_by_another_domain_is_refused(local, sub, evil):
    assert not is_email_allowed(f"{local}@{'.'.join(sub)}.gov.uk.{evil}.com", allowed=GOV)


@given(local=label, domain=st.lists(label, min_size=2, max_size=4), upper=st.booleans())
def test_case_never_changes_the_answer(local, domain, upper):
    email = f"{local}@{'.'.join(domain)}"
    variant = email.upper() if upper else email.title()
    assert is_email_allowed(email, allowed=GOV) == is_email_allowed(variant, allowed=GOV)


@given(st.text(max_size=40))
def test_arbitrary_text_never_raises(text):
    is_email_allowed(text, allowed=GOV)
    domain = email_domain(text)
    assert domain is None or "@" not in domain

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_home_page_has_the_service_name_navigation_and_footer_links(client, site_root):
    html = client.get("/").content.decode()
    assert "Commissioning Academy" in html
    assert 'class="govuk-skip-link"' in html
    assert "govuk-service-navigation" in html
    assert "govuk-phase-banner" in html
    for text in ["Accessibility statement", "Privacy notice", "Cookies"]:
        assert text in html


def test_the_layout_never_uses_gov_uk_branding(client, site_root):
    html = client.get("/").content.decode()
    assert "govuk-header__logotype" not in html
    assert "GOV.UK" not in html
    assert "govuk-crest" not in html


def test_accessibility_statement_has_the_model_statements_sections(client, site_root):
    html = client.get("/accessibility-statement/").content.decode()
    for heading in [
        "Feedback and contact information",
        "Enforcement procedure",
        "Technical information",
        "Non-accessible content",
        "Preparation of this accessibility statement",
    ]:
        assert heading.lower() in html.lower(), heading
    assert "WCAG" in html or "Web Content Accessibility Guidelines" in html


def test_unknown_pages_get_the_styled_404(client, site_root):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "govuk-footer" in response.content.decode()


@override_settings(DEBUG=False)
def test_the_500_page_renders_without_a_request_context(rf):
    from academy.core.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()


def test_public_pages_send_a_content_security_policy(client, site_root):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_health_check(client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_only_wagtail_previews_may_be_framed_and_only_by_the_admins_own_origin(client, site_root):
    from tests.courses.factories import make_course

    course = make_course(modules=1, lessons=1)
    public = client.get(course.url)["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in public and "frame-ancestors 'self'" not in public
    preview = course.make_preview_request()
    assert preview.status_code == 200
    policy = preview["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "frame-ancestors 'none'" not in policy
    assert "script-src 'self'" in policy  # the rest of the policy is unchanged
    assert client.get(course.url)["X-Frame-Options"] == "DENY"


def test_the_policy_lets_youtube_and_vimeo_embeds_play(client, site_root):
    policy = client.get("/")["Content-Security-Policy"]
    frame_src = next(part for part in policy.split("; ") if part.startswith("frame-src"))
    for origin in ("https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"):
        assert origin in frame_src.split()

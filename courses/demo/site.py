"""The demo site's pages: home page, accessibility statement, privacy notice and cookies page, imported from
courses/demo/content/site/. Idempotent."""

from pathlib import Path

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from courses.importing.pages import check_site_folder, home_page, import_site_pages
from courses.models import HomePage, SiteLinks

SITE_FOLDER = Path(__file__).parent / "content" / "site"


def _create_root_page() -> Page:
    # Wagtail's migrations create the root page and default locale; a flushed database (tests) has neither.
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    return Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))


@transaction.atomic
def ensure_home_page() -> HomePage:
    """The single HomePage at the root of the default site, replacing Wagtail's placeholder page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or _create_root_page()
        home = home_page(check_site_folder(SITE_FOLDER))
        placeholder = Page.objects.filter(depth=2, slug="home").exclude(content_type__model="homepage").first()
        if placeholder is not None:
            placeholder.slug = "wagtail-welcome"
            placeholder.save(update_fields=["slug"])
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Commissioning Academy"
            )
        else:
            site.root_page = home
            site.site_name = "Commissioning Academy"
            site.save()
        if placeholder is not None:
            placeholder.delete()
    return home


@transaction.atomic
def load_demo_site() -> HomePage:
    """Create the home page and the standard pages, and point the footer links at them."""
    home = ensure_home_page()
    pages = import_site_pages(SITE_FOLDER, home=home)
    site = Site.objects.get(is_default_site=True)
    links = SiteLinks.for_site(site)
    links.accessibility_statement = pages.get("accessibility-statement")
    links.privacy_notice = pages.get("privacy")
    links.cookies = pages.get("cookies")
    links.save()
    return home

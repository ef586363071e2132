from courses.models.settings import SiteLinks
from courses.models.site_pages import HomePage, StandardPage

__all__ = ["HomePage", "SiteLinks", "StandardPage"]

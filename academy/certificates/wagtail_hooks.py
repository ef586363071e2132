"""Wagtail admin: certificate designs (logo, signatory, CPD hours) as snippets, with the image chooser for logos."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.certificates.models import CertificateDesign


class CertificateDesignViewSet(SnippetViewSet):
    model = CertificateDesign
    icon = "doc-full"
    menu_label = "Certificate designs"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "signatory_name", "cpd_hours", "is_default"]
    search_fields = ["name", "signatory_name"]


register_snippet(CertificateDesignViewSet)

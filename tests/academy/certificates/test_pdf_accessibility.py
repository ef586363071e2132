"""The certificate PDF is a tagged, accessible PDF: what a screen reader finds, in the order a person reads it."""

import io

import pytest
from PIL import Image

from academy.certificates.rendering import QR_ALT, document_title, render_certificate
from tests.academy.certificates import pdf_structure as read
from tests.academy.certificates.factories import issued_certificate, pdf_bytes
from tests.academy.certificates.qr import decode, matrix_from_pdf

URL = "https://academy.example.org/certificates/verify/CA-7K3M-Q9XB-2HRT-V/"
SNAPSHOT = {
    "name": "Grace Adeyemi",
    "course_title": "Commissioning and mutualisation",
    "completed_on": "2026-11-24",
    "issued_at": "2026-11-25T10:00:00+00:00",
    "valid_until": "2029-11-24T10:00:00+00:00",
    "code": "CA-7K3M-Q9XB-2HRT-V",
    "verify_url": URL,
    "service_name": "Commissioning Academy",
    "design": {
        "signatory_name": "Dr Helen Okafor",
        "signatory_role": "Director of Learning",
        "cpd_hours": "7.5",
        "logo": {"alt_text": "Northshire County Council"},
    },
}


def png_logo(width=400, height=120) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (width, height), (15, 90, 87, 255)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_certificate(SNAPSHOT, logo=png_logo())


def test_the_document_language_is_british_english(pdf):
    assert read.catalog(pdf)["/Lang"] == "en-GB"


def test_the_title_is_in_the_document_info_and_the_xmp_metadata(pdf):
    title = "Certificate of completion: Commissioning and mutualisation, Grace Adeyemi"
    assert document_title(SNAPSHOT) == title
    assert read.reader(pdf).metadata.title == title
    assert read.xmp_title(pdf) == title


def test_viewers_show_the_title_rather_than_the_file_name(pdf):
    assert read.catalog(pdf)["/ViewerPreferences"]["/DisplayDocTitle"].value is True


def test_the_pdf_declares_itself_tagged(pdf):
    assert read.catalog(pdf)["/MarkInfo"]["/Marked"].value is True
    assert read.reader(pdf).pages[0]["/StructParents"] == 0


def test_the_structure_tree_reads_heading_name_course_dates_signatory_code_and_qr_code_in_order(pdf):
    assert [(node.role, node.text or node.alt) for node in read.structure(pdf)] == [
        ("Figure", "Northshire County Council"),
        ("H1", "Commissioning Academy Certificate of completion"),
        ("P", "This certifies that"),
        ("P", "Grace Adeyemi"),
        ("P", "has completed the course"),
        ("P", "Commissioning and mutualisation"),
        ("P", "Completed on 24 November 2026"),
        ("P", "Valid until 24 November 2029"),
        ("P", "7.5 hours of continuing professional development (CPD)"),
        ("P", "Dr Helen Okafor Director of Learning"),
        ("P", "Certificate code CA-7K3M-Q9XB-2HRT-V"),
        ("P", f"Check that this certificate is genuine at {URL}"),
        ("Figure", QR_ALT.format(url=URL)),
        ("P", "Issued 25 November 2026"),
    ]


def test_the_qr_code_is_a_figure_whose_alternative_text_names_the_verification_page(pdf):
    figures = [node for node in read.structure(pdf) if node.role == "Figure"]
    qr = figures[-1]
    assert qr.alt == f"QR code linking to the certificate's verification page: {URL}"
    assert qr.bbox and qr.bbox[2] - qr.bbox[0] == pytest.approx(110)
    assert decode(matrix_from_pdf(pdf)) == URL


def test_every_marked_content_id_leads_back_to_its_element_through_the_parent_tree(pdf):
    root = read.catalog(pdf)["/StructTreeRoot"].get_object()
    key, parents = root["/ParentTree"].get_object()["/Nums"]
    assert key == 0 and root["/ParentTreeNextKey"] == 1
    for node in read.structure(pdf):
        for mcid in node.mcids:
            assert parents[mcid].get_object()["/S"] == f"/{node.role}"
    assert sorted(mcid for node in read.structure(pdf) for mcid in node.mcids) == list(range(len(parents)))


def test_everything_drawn_is_tagged_content_or_an_artifact(pdf):
    assert read.painting_outside_marked_content(pdf) == []


def test_the_border_and_signature_line_are_artifacts_that_screen_readers_skip(pdf):
    drawn_as_artifacts = read.artifact_operators(pdf)
    assert drawn_as_artifacts.count("S") == 3  # the two frame lines and the signature line
    assert not {"Tj", "TJ", "Do"} & set(drawn_as_artifacts)


def test_text_extraction_follows_the_reading_order(pdf):
    text = read.reader(pdf).pages[0].extract_text()
    order = [
        "Commissioning Academy",
        "Certificate of completion",
        "This certifies that",
        "Grace Adeyemi",
        "has completed the course",
        "Commissioning and mutualisation",
        "Completed on 24 November 2026",
        "Valid until 24 November 2029",
        "7.5 hours of continuing professional development (CPD)",
        "Dr Helen Okafor",
        "Director of Learning",
        "Certificate code",
        "CA-7K3M-Q9XB-2HRT-V",
        "Check that this certificate is genuine at",
        URL,
        "Issued 25 November 2026",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_every_font_is_embedded_with_a_map_back_to_unicode(pdf):
    for font in read.fonts(pdf):
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert "/ToUnicode" in font, font["/BaseFont"]


def test_the_file_identifies_itself_as_pdf_ua_1(pdf):
    assert read.xmp_pdfua_part(pdf) == "1"
    assert read.reader(pdf).pdf_header == "%PDF-1.7"


def test_a_name_no_font_can_draw_keeps_its_text_as_actual_text_and_does_not_claim_pdf_ua(settings):
    settings.ACADEMY_CERTIFICATE_FONT = ""
    pdf = render_certificate({**SNAPSHOT, "name": "王小明"})
    assert read.structure(pdf)[2].text == "王小明"
    assert read.xmp_pdfua_part(pdf) is None


def test_greek_and_cyrillic_names_are_tagged_text_in_an_embedded_font():
    pdf = render_certificate({**SNAPSHOT, "name": "Ωμέγα Παπαδοπούλου Жанна Іванова"})
    assert read.structure(pdf)[2].text == "Ωμέγα Παπαδοπούλου Жанна Іванова"
    assert all("/FontFile2" in font["/FontDescriptor"].get_object() for font in read.fonts(pdf))
    assert read.xmp_pdfua_part(pdf) == "1"


def test_a_logo_without_alternative_text_is_decoration_not_a_figure():
    design = {**SNAPSHOT["design"], "logo": {"alt_text": ""}}
    pdf = render_certificate({**SNAPSHOT, "design": design}, logo=png_logo())
    roles = [node.role for node in read.structure(pdf)]
    assert roles.count("Figure") == 1  # the QR code only
    assert "Do" in read.artifact_operators(pdf)


def test_a_title_with_markup_characters_stays_well_formed_metadata():
    pdf = render_certificate({**SNAPSHOT, "course_title": 'Risk & reward: <contracts> "in" practice'})
    assert read.xmp_title(pdf).endswith('Risk & reward: <contracts> "in" practice, Grace Adeyemi')


@pytest.mark.django_db
def test_an_issued_certificate_is_tagged_with_the_learner_as_plain_text():
    from tests.academy.accounts.factories import UserFactory

    certificate = issued_certificate(user=UserFactory(full_name="Ada Okafor"))
    nodes = read.structure(pdf_bytes(certificate))
    assert [node.text for node in nodes if node.text == "Ada Okafor"] == ["Ada Okafor"]
    assert nodes[0].role == "H1"  # no design, so no logo
    assert read.xmp_pdfua_part(pdf_bytes(certificate)) == "1"

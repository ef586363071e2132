"""Certificate designs: a logo, a signatory and CPD hours per course (or by default), fixed in each certificate at
issue; administrators make them in the Wagtail admin, and a logo that cannot be used is refused with a clear error."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image

from academy.certificates import logos, services
from academy.certificates.models import ONE_DEFAULT, CertificateDesign, CertificatePolicy
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates import pdf_structure as read
from tests.academy.certificates.factories import CertificatePolicyFactory, issued_certificate, pdf_bytes
from tests.courses.factories import ImageFactory, make_course

pytestmark = pytest.mark.django_db

ADD_DESIGN = reverse("wagtailsnippets_certificates_certificatedesign:add")


def picture(kind: str = "PNG", size: tuple[int, int] = (400, 120), **options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (15, 90, 87)).save(buffer, kind, **options)
    return buffer.getvalue()


def wagtail_image(data: bytes, name: str = "logo.png"):
    return ImageFactory(title="Northshire logo", file=ImageFile(io.BytesIO(data), name=name))


def make_design(**fields) -> CertificateDesign:
    values = {
        "name": "Northshire",
        "signatory_name": "Dr Helen Okafor",
        "signatory_role": "Director of Learning",
        "cpd_hours": "7.5",
    }
    design = CertificateDesign(**(values | fields))
    design.full_clean()
    design.save()
    return design


@pytest.fixture
def course():
    return make_course(modules=1, lessons=1, slug="designed-course")


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def text_of(certificate) -> str:
    return " ".join(node.text for node in read.structure(pdf_bytes(certificate)))


def test_the_course_policy_design_is_printed_and_captured_in_the_snapshot(course):
    design = make_design()
    CertificatePolicyFactory(course=course, design=design)
    certificate = issued_certificate(course=course)
    assert certificate.snapshot["design"] == {
        "id": design.pk,
        "name": "Northshire",
        "logo": None,
        "signatory_name": "Dr Helen Okafor",
        "signatory_role": "Director of Learning",
        "cpd_hours": "7.5",
    }
    text = text_of(certificate)
    assert "Dr Helen Okafor Director of Learning" in text
    assert "7.5 hours of continuing professional development (CPD)" in text


def test_a_course_whose_policy_names_no_design_uses_the_default_design(course):
    make_design(name="Default", signatory_name="Sam Default", is_default=True)
    certificate = issued_certificate(course=course)
    assert certificate.snapshot["design"]["name"] == "Default"
    assert "Sam Default" in text_of(certificate)


def test_a_course_design_wins_over_the_default(course):
    make_design(name="Default", is_default=True)
    CertificatePolicyFactory(course=course, design=make_design(name="Course own", signatory_name="Kim Own"))
    assert issued_certificate(course=course).snapshot["design"]["name"] == "Course own"


def test_without_any_design_the_certificate_has_no_signatory_or_cpd_hours(course):
    certificate = issued_certificate(course=course)
    assert certificate.snapshot["design"] is None
    assert "CPD" not in text_of(certificate)


def test_editing_the_design_after_issue_changes_neither_the_snapshot_nor_the_pdf(course):
    design = make_design(is_default=True)
    certificate = issued_certificate(course=course)
    stored, snapshot = pdf_bytes(certificate), certificate.snapshot
    design.signatory_name = "Someone Else"
    design.cpd_hours = "3"
    design.save()
    certificate.refresh_from_db()
    assert certificate.snapshot == snapshot
    assert pdf_bytes(certificate) == stored


def test_a_reissue_uses_the_current_design(course):
    design = make_design(is_default=True)
    certificate = issued_certificate(course=course)
    design.signatory_name = "Prof Ravi Shah"
    design.cpd_hours = "12"
    design.save()
    replacement = services.reissue_certificate(certificate=certificate, actor=UserFactory(), reason="New director")
    assert replacement.snapshot["design"]["signatory_name"] == "Prof Ravi Shah"
    assert replacement.snapshot["design"]["cpd_hours"] == "12.0"
    text = text_of(replacement)
    assert "Prof Ravi Shah" in text and "12 hours of continuing professional development (CPD)" in text
    certificate.refresh_from_db()
    assert certificate.snapshot["design"]["signatory_name"] == "Dr Helen Okafor"


def test_the_logo_is_drawn_as_a_figure_with_its_alternative_text_and_recorded_in_the_snapshot(course):
    image = wagtail_image(picture(size=(1200, 360)))
    make_design(logo=image, logo_alt_text="Northshire County Council", is_default=True)
    certificate = issued_certificate(course=course)
    logo = certificate.snapshot["design"]["logo"]
    assert logo["image_id"] == image.pk and logo["alt_text"] == "Northshire County Council"
    assert len(logo["sha256"]) == 64
    first = read.structure(pdf_bytes(certificate))[0]
    assert (first.role, first.alt) == ("Figure", "Northshire County Council")
    width, height = first.bbox[2] - first.bbox[0], first.bbox[3] - first.bbox[1]
    assert (round(width), round(height)) == (180, 54)  # scaled into the logo box


def test_the_logo_drawn_is_a_rendition_no_larger_than_the_box_needs(course):
    image = wagtail_image(picture(size=(3000, 900)))
    make_design(logo=image, logo_alt_text="Northshire", is_default=True)
    certificate = issued_certificate(course=course)
    xobjects = read.reader(pdf_bytes(certificate)).pages[0]["/Resources"]["/XObject"].values()
    assert [(xobject["/Width"], xobject["/Height"]) for xobject in xobjects] == [(720, 216)]


def test_a_logo_whose_file_has_gone_is_left_off_and_the_certificate_still_issued(course, caplog):
    image = wagtail_image(picture())
    make_design(logo=image, logo_alt_text="Northshire", is_default=True)
    image.file.storage.delete(image.file.name)
    certificate = issued_certificate(course=course)
    assert certificate.snapshot["design"]["logo"] is None
    assert read.structure(pdf_bytes(certificate))[0].role == "H1"
    assert "left off" in caplog.text


def test_only_one_design_can_be_the_default():
    make_design(name="First", is_default=True)
    with pytest.raises(ValidationError) as error:
        make_design(name="Second", is_default=True)
    assert ONE_DEFAULT in str(error.value)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (picture("GIF"), "logo.gif", logos.WRONG_TYPE),
        (picture("WEBP"), "logo.webp", logos.WRONG_TYPE),
        (picture("GIF"), "disguised.png", logos.WRONG_TYPE),
        (picture("PNG", size=(4001, 100)), "wide.png", logos.TOO_MANY_PIXELS),
    ],
)
def test_a_logo_that_is_not_a_small_enough_png_or_jpeg_is_refused(data, name, message):
    with pytest.raises(ValidationError) as error:
        make_design(logo=wagtail_image(data, name=name))
    assert error.value.message_dict == {"logo": [message]}


def test_a_logo_that_is_no_picture_pillow_knows_such_as_svg_is_refused_as_the_wrong_type():
    image = wagtail_image(picture())
    storage, name = image.file.storage, image.file.name
    storage.delete(name)
    storage.save(name, io.BytesIO(b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))
    with pytest.raises(ValidationError) as error:
        make_design(logo=image)
    assert error.value.message_dict == {"logo": [logos.WRONG_TYPE]}


def test_a_logo_whose_file_has_gone_is_refused_as_unreadable():
    image = wagtail_image(picture())
    image.file.storage.delete(image.file.name)
    with pytest.raises(ValidationError) as error:
        make_design(logo=image)
    assert error.value.message_dict == {"logo": [logos.UNREADABLE]}


def test_a_logo_of_2_mb_or_more_is_refused():
    noise = Image.frombytes("RGB", (1000, 1000), bytes(range(256)) * 11719 + bytes(236))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG", compress_level=0)
    assert buffer.tell() >= logos.MAX_BYTES
    with pytest.raises(ValidationError) as error:
        make_design(logo=wagtail_image(buffer.getvalue()))
    assert error.value.message_dict == {"logo": [logos.TOO_BIG]}


def test_an_administrator_creates_a_design_in_the_wagtail_admin(admin_client):
    image = wagtail_image(picture("JPEG"), name="logo.jpg")
    response = admin_client.post(
        ADD_DESIGN,
        {
            "name": "Northshire",
            "logo": image.pk,
            "logo_alt_text": "Northshire County Council",
            "signatory_name": "Dr Helen Okafor",
            "signatory_role": "Director of Learning",
            "cpd_hours": "6",
            "is_default": "on",
        },
    )
    assert response.status_code == 302
    design = CertificateDesign.objects.get()
    assert (design.logo, design.cpd_hours, design.is_default) == (image, 6, True)


def test_the_wagtail_admin_refuses_a_gif_logo_with_the_error_beside_the_field(admin_client):
    image = wagtail_image(picture("GIF"), name="logo.gif")
    response = admin_client.post(ADD_DESIGN, {"name": "Northshire", "logo": image.pk})
    assert response.status_code == 200
    assert response.context["form"].errors == {"logo": [logos.WRONG_TYPE]}
    assert logos.WRONG_TYPE in response.content.decode()
    assert not CertificateDesign.objects.exists()


def test_a_course_policy_chooses_its_design_in_the_django_admin(admin_client, course):
    design = make_design()
    response = admin_client.post(
        reverse("admin:certificates_certificatepolicy_add"),
        {"course": course.pk, "design": design.pk, "validity_days": "", "recertification_window_days": ""},
    )
    assert response.status_code == 302
    assert CertificatePolicy.objects.get(course=course).design == design

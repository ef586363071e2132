"""The page reads well whatever it holds: long or non-Latin names, long titles, with or without a design and logo.

Checked on the layout's geometry (every box inside the frame, no two overlapping, nothing cut) and on the PDF.
"""

import io
from itertools import combinations

import pytest
from PIL import Image
from pypdf import PdfReader

from academy.certificates.rendering import PAGE_HEIGHT, PAGE_WIDTH, page_layout, render_certificate
from academy.certificates.rendering.layout import clean, fit, wrap
from tests.academy.certificates.test_pdf_accessibility import SNAPSHOT

INSIDE_FRAME = 40  # points from the page edge: the inner frame line is at 36
LONG_NAME = "Maximilian Alexander Fitzgerald-Montgomery-Worthington de la Cruz-Smythe"  # 72 characters
LONGEST_NAME = ("Wolfeschlegelsteinhausenbergerdorff " * 6)[:200]  # the profile's limit
LONGEST_TITLE = ("Commissioning and mutualisation in practice " * 6)[:255]  # Wagtail's title limit
NO_DESIGN = {**SNAPSHOT, "design": None, "valid_until": None}


def logo(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (15, 90, 87)).save(buffer, "JPEG")
    return buffer.getvalue()


CASES = {
    "no design": (NO_DESIGN, None),
    "design with a logo": (SNAPSHOT, logo(400, 120)),
    "a 72-character name": ({**SNAPSHOT, "name": LONG_NAME}, logo(400, 120)),
    "a 200-character name": ({**SNAPSHOT, "name": LONGEST_NAME}, None),
    "a non-Latin name": ({**SNAPSHOT, "name": "Zoë Dvořák Nguyễn Ωμέγα Жанна Іванова"}, logo(300, 300)),
    "a long course title": ({**SNAPSHOT, "course_title": LONGEST_TITLE}, logo(1000, 60)),
    "everything at its longest": (
        {
            **SNAPSHOT,
            "name": LONGEST_NAME,
            "course_title": LONGEST_TITLE,
            "verify_url": "https://commissioning-academy.learning.northshire-county-council.gov.uk/certificates/"
            "verify/CA-7K3M-Q9XB-2HRT-V/",
            "design": {
                **SNAPSHOT["design"],
                "signatory_name": "N" * 100,
                "signatory_role": "Assistant Director of Commissioning, " * 4,
            },
        },
        logo(60, 800),
    ),
    "a named 100-day plan": (
        {**SNAPSHOT, "achievements": ["100-day plan: Reducing delayed discharges from Northshire General"]},
        logo(400, 120),
    ),
    "everything at its longest, with two long achievements": (
        {
            **SNAPSHOT,
            "name": LONGEST_NAME,
            "course_title": LONGEST_TITLE,
            "achievements": ["100-day plan: " + "Joint commissioning of respite and day services " * 4] * 2,
        },
        logo(400, 120),
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_everything_is_inside_the_frame(case):
    snapshot, image = CASES[case]
    for piece in page_layout(snapshot, logo=image).pieces:
        if piece.bbox:
            left, bottom, right, top = piece.bbox
            assert left >= INSIDE_FRAME and right <= PAGE_WIDTH - INSIDE_FRAME, (piece.group, piece.text)
            assert bottom >= INSIDE_FRAME and top <= PAGE_HEIGHT - INSIDE_FRAME, (piece.group, piece.text)


@pytest.mark.parametrize("case", CASES)
def test_nothing_overlaps(case):
    snapshot, image = CASES[case]
    boxes = [(piece.group, piece.text, piece.bbox) for piece in page_layout(snapshot, logo=image).pieces if piece.bbox]
    for (group_a, text_a, a), (group_b, text_b, b) in combinations(boxes, 2):
        overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
        assert not overlap, f"{group_a} {text_a!r} overlaps {group_b} {text_b!r}"


@pytest.mark.parametrize("case", CASES)
def test_the_name_and_course_are_printed_whole(case):
    snapshot, image = CASES[case]
    pieces = page_layout(snapshot, logo=image).pieces
    for group, key in (("name", "name"), ("course", "course_title")):
        printed = "".join(piece.text for piece in pieces if piece.group == group)
        assert printed.replace(" ", "") == clean(snapshot[key]).replace(" ", "")


@pytest.mark.parametrize("case", CASES)
def test_it_is_still_one_page_with_the_name_as_text(case):
    snapshot, image = CASES[case]
    reader = PdfReader(io.BytesIO(render_certificate(snapshot, logo=image)))
    assert len(reader.pages) == 1
    text = "".join(reader.pages[0].extract_text().split())
    assert "".join(clean(snapshot["name"]).split()) in text


def test_a_short_name_is_printed_at_full_size_on_one_line():
    pieces = page_layout(NO_DESIGN).pieces
    name = [piece for piece in pieces if piece.group == "name"]
    assert len(name) == 1
    assert name[0].bbox[3] - name[0].bbox[1] == pytest.approx(30)


def test_a_72_character_name_shrinks_before_it_wraps_and_stays_large():
    name = [piece for piece in page_layout({**SNAPSHOT, "name": LONG_NAME}).pieces if piece.group == "name"]
    assert len(name) <= 2
    assert name[0].bbox[3] - name[0].bbox[1] >= 16


def test_a_word_longer_than_the_line_is_broken_rather_than_running_off_the_page():
    lines = wrap("x" * 400, "Helvetica", 10, 200)
    assert "".join(lines) == "x" * 400
    assert len(lines) > 1


def test_fitting_never_drops_a_line():
    fitted = fit("word " * 200, "Helvetica", 30, width=300, max_lines=2, smallest=20)
    assert fitted.size == 20
    assert " ".join(fitted.lines).split() == ["word"] * 200


def test_control_characters_are_not_drawn_and_white_space_is_tidied():
    assert clean("  Ada\x00 \tOkafor\u200b\n") == "Ada Okafor\u200b"

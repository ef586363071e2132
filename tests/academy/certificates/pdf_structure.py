"""Read a certificate PDF's accessibility structure back with pypdf, the way assistive technology would find it.

The structure tree gives the elements in reading order; each points at marked content on the page by MCID, and the
text inside each marked-content sequence is collected while pypdf walks the content stream.
"""

import io
from dataclasses import dataclass, field
from xml.etree import ElementTree

from pypdf import PdfReader

PAINTING = {b"Tj", b"TJ", b"'", b'"', b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*", b"Do", b"sh"}
NAMESPACES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
}


@dataclass
class Node:
    role: str
    mcids: list[int]
    alt: str = ""
    text: str = ""
    bbox: list[float] = field(default_factory=list)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def catalog(pdf: bytes):
    return reader(pdf).trailer["/Root"]


def structure(pdf: bytes) -> list[Node]:
    """The Document element's children in order, each with the text of the marked content it owns."""
    pdf_reader = reader(pdf)
    root = pdf_reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    document = root["/K"].get_object()
    assert document["/S"] == "/Document"
    texts = marked_text(pdf)
    nodes = []
    for kid in document["/K"]:
        element = kid.get_object()
        kids = element["/K"]
        mcids = [int(kids)] if isinstance(kids, int) else [int(mcid) for mcid in kids]
        attributes = element.get("/A")
        nodes.append(
            Node(
                role=str(element["/S"])[1:],
                mcids=mcids,
                alt=str(element.get("/Alt", "")),
                text=" ".join(texts.get(mcid, "") for mcid in mcids).strip(),
                bbox=[float(value) for value in attributes.get_object()["/BBox"]] if attributes else [],
            )
        )
    return nodes


def marked_text(pdf: bytes) -> dict[int, str]:
    """The text of each marked-content sequence, by MCID (lines joined by a space); its /ActualText if it has one,
    as a conforming reader would use instead of the glyphs."""
    stack: list[int | None] = []
    texts: dict[int, list[str]] = {}
    actual: dict[int, str] = {}

    def before(operator, operands, cm, tm):
        if operator == b"BDC":
            properties = operands[1]
            mcid = int(properties["/MCID"]) if "/MCID" in properties else None
            if mcid is not None and "/ActualText" in properties:
                actual[mcid] = str(properties["/ActualText"])
            stack.append(mcid)
        elif operator == b"BMC":
            stack.append(None)
        elif operator == b"EMC":
            stack.pop()

    def text(value, cm, tm, font, size):
        if value.strip():
            key = stack[-1] if stack else -1
            texts.setdefault(key, []).append(value.strip())

    reader(pdf).pages[0].extract_text(visitor_operand_before=before, visitor_text=text)
    return {mcid: " ".join(parts) for mcid, parts in texts.items()} | actual


def painting_outside_marked_content(pdf: bytes) -> list[str]:
    """Operators that put marks on the page outside any marked-content sequence (tagged content or artifact)."""
    depth, loose = 0, []
    for _, operator in reader(pdf).pages[0].get_contents().operations:
        if operator in (b"BDC", b"BMC"):
            depth += 1
        elif operator == b"EMC":
            depth -= 1
        elif operator in PAINTING and depth == 0:
            loose.append(operator.decode())
    return loose


def artifact_operators(pdf: bytes) -> list[str]:
    """Every operator drawn inside an /Artifact sequence."""
    stack, found = [], []
    for operands, operator in reader(pdf).pages[0].get_contents().operations:
        if operator in (b"BDC", b"BMC"):
            stack.append(str(operands[0]))
        elif operator == b"EMC":
            stack.pop()
        elif stack and stack[-1] == "/Artifact":
            found.append(operator.decode())
    return found


def xmp(pdf: bytes) -> ElementTree.Element:
    data = catalog(pdf)["/Metadata"].get_object().get_data()
    packet = data.decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0]
    return ElementTree.fromstring(packet)  # noqa: S314 - the renderer under test wrote it


def xmp_title(pdf: bytes) -> str:
    return xmp(pdf).find(".//dc:title/rdf:Alt/rdf:li", NAMESPACES).text


def xmp_pdfua_part(pdf: bytes) -> str | None:
    part = xmp(pdf).find(".//pdfuaid:part", NAMESPACES)
    return None if part is None else part.text


def fonts(pdf: bytes) -> list:
    return [font.get_object() for font in reader(pdf).pages[0]["/Resources"]["/Font"].values()]

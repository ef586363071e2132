"""Tagged PDF on a ReportLab canvas: marked content, a structure tree, XMP metadata (ISO 32000-1 §14.7-14.8).

ReportLab 5's open-source canvas has no tagging of its own, but it writes whatever operators and catalog entries it is
given. So each run of text or graphics is wrapped in a marked-content sequence (``/P <</MCID 3>> BDC ... EMC``) that
a structure element points to, decoration is wrapped as ``/Artifact``, and at the end the structure tree, its parent
tree, ``/MarkInfo``, ``/Lang``, ``/ViewerPreferences /DisplayDocTitle`` and an XMP packet are added to the catalog.
Doing it while drawing (rather than post-processing the file) keeps rendering one pass and needs no other library.

Only a single page is supported, which is all a certificate has.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.sax.saxutils import escape

import reportlab
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFStream,
    PDFString,
    PDFtrue,
)
from reportlab.pdfgen.canvas import Canvas

PRODUCER = f"ReportLab PDF Library {reportlab.Version}"


@dataclass
class Element:
    """A structure element: its standard type (H1, P, Figure...), the marked content it owns, its alternative text."""

    role: str
    mcids: list[int] = field(default_factory=list)
    alt: str = ""
    bbox: tuple[float, float, float, float] | None = None


class TaggedPage:
    """Draws one tagged page: wrap each drawing call in ``content(element)`` or ``artifact()``, then ``finish()``."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.elements: list[Element] = []  # the Document element's children, in reading order
        self._next_mcid = 0

    def element(self, role: str, *, alt: str = "", bbox: tuple[float, float, float, float] | None = None) -> Element:
        """A new structure element, appended to the reading order."""
        element = Element(role=role, alt=alt, bbox=bbox)
        self.elements.append(element)
        return element

    @contextmanager
    def content(self, element: Element, *, actual_text: str = "") -> Iterator[None]:
        """Mark what is drawn inside the block as (part of) ``element``'s content.

        ``actual_text`` is what the marks mean when the glyphs cannot say it (a character the font lacks).
        """
        mcid = self._next_mcid
        self._next_mcid += 1
        element.mcids.append(mcid)
        replacement = f" /ActualText <FEFF{actual_text.encode('utf-16-be').hex().upper()}>" if actual_text else ""
        self.canvas.addLiteral(f"/{element.role} <</MCID {mcid}{replacement}>> BDC")
        yield
        self.canvas.addLiteral("EMC")

    @contextmanager
    def artifact(self) -> Iterator[None]:
        """Mark what is drawn inside the block as decoration that assistive technology skips."""
        self.canvas.addLiteral("/Artifact <</Type /Layout>> BDC")
        yield
        self.canvas.addLiteral("EMC")

    def finish(self, *, title: str, language: str, author: str, subject: str, pdfua: bool) -> None:
        """End the page and write the structure tree and metadata. Call once, after drawing, before ``save()``."""
        canvas = self.canvas
        document = canvas._doc  # ReportLab has no public API for page-level entries; pinned version, tested
        page_name = document.thisPageName()
        canvas.setTitle(title)
        canvas.setAuthor(author)
        canvas.setSubject(subject)
        canvas.setCreator(author)
        canvas.setProducer(PRODUCER)
        canvas.showPage()
        page = document.idToObject[page_name]
        page.__NoDefault__ = [*page.__NoDefault__, "StructParents"]
        page.StructParents = 0
        self._structure_tree(document, PDFObjectReference(page_name), language=language)
        canvas.setCatalogEntry("MarkInfo", PDFDictionary({"Marked": PDFtrue}))
        canvas.setViewerPreference("DisplayDocTitle", PDFtrue)
        metadata = xmp_packet(title=title, author=author, subject=subject, language=language, pdfua=pdfua)
        canvas.setCatalogEntry(
            "Metadata",
            PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), metadata),
        )

    def _structure_tree(self, document, page: PDFObjectReference, *, language: str) -> None:
        root = PDFObjectReference("StructTreeRoot")
        top = PDFObjectReference("StructDocument")
        parents: list[PDFObjectReference | None] = [None] * self._next_mcid
        kids = []
        for number, element in enumerate(self.elements):
            if not element.mcids:
                continue
            entries = {
                "Type": PDFName("StructElem"),
                "S": PDFName(element.role),
                "P": top,
                "Pg": page,
                "K": element.mcids[0] if len(element.mcids) == 1 else PDFArray(element.mcids),
            }
            if element.alt:
                entries["Alt"] = PDFString(element.alt)
            if element.bbox:
                entries["A"] = PDFDictionary({"O": PDFName("Layout"), "BBox": PDFArray(list(element.bbox))})
            reference = document.Reference(PDFDictionary(entries), f"StructElem{number}")
            kids.append(reference)
            for mcid in element.mcids:
                parents[mcid] = reference
        document.Reference(
            PDFDictionary(
                {
                    "Type": PDFName("StructElem"),
                    "S": PDFName("Document"),
                    "P": root,
                    "Lang": PDFString(language),
                    "K": PDFArray(kids),
                }
            ),
            "StructDocument",
        )
        parent_tree = document.Reference(PDFDictionary({"Nums": PDFArray([0, PDFArray(parents)])}), "ParentTree")
        structure = PDFDictionary(
            {"Type": PDFName("StructTreeRoot"), "K": top, "ParentTree": parent_tree, "ParentTreeNextKey": 1}
        )
        document.Reference(structure, "StructTreeRoot")
        self.canvas.setCatalogEntry("StructTreeRoot", root)


def xmp_packet(*, title: str, author: str, subject: str, language: str, pdfua: bool) -> bytes:
    """The XMP metadata stream: Dublin Core title, creator, description and language; PDF/UA part 1 if claimed."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    conformance = "\n   <pdfuaid:part>1</pdfuaid:part>" if pdfua else ""
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{escape(PRODUCER)}</pdf:Producer>
   <xmp:CreatorTool>{escape(author)}</xmp:CreatorTool>
   <xmp:CreateDate>{now}</xmp:CreateDate>
   <xmp:MetadataDate>{now}</xmp:MetadataDate>{conformance}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")

"""A tagged PDF of many pages from ReportLab's platypus: headings and paragraphs as structure elements (H1-H3, P),
page furniture as artifacts, the structure and parent trees, /MarkInfo, /Lang and XMP metadata.

The certificate's ``TaggedPage`` does this for one page drawn piece by piece; here platypus lays out the pages, so
each paragraph class names its structure type and wraps its own drawing in marked content, and the canvas numbers
the marked content per page and writes the trees when it is saved. The XMP packet is the certificate's.
"""

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObjectReference, PDFStream, PDFString, PDFtrue
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from academy.certificates.rendering.tagging import xmp_packet


class TaggedCanvas(Canvas):
    """Collects (role, page, MCID) as tagged flowables draw, and writes the structure when saved."""

    def __init__(self, *args, language: str, subject: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._language = language
        self._subject = subject
        self._tagged: list[tuple[str, int, int]] = []
        self._pages: list[str] = []
        self._next_mcid = 0

    def begin_content(self, role: str) -> None:
        mcid = self._next_mcid
        self._next_mcid += 1
        self._tagged.append((role, len(self._pages), mcid))
        self.addLiteral(f"/{role} <</MCID {mcid}>> BDC")

    def begin_artifact(self) -> None:
        self.addLiteral("/Artifact <</Type /Pagination>> BDC")

    def end_marked(self) -> None:
        self.addLiteral("EMC")

    def showPage(self):
        self._pages.append(self._doc.thisPageName())
        super().showPage()
        self._next_mcid = 0

    def save(self):
        self._write_structure()
        super().save()

    def _write_structure(self) -> None:
        document = self._doc  # ReportLab has no public API for page-level entries (as in the certificate's tagging)
        pages = [PDFObjectReference(name) for name in self._pages]
        for number, name in enumerate(self._pages):
            page = document.idToObject[name]
            page.__NoDefault__ = [*page.__NoDefault__, "StructParents"]
            page.StructParents = number
        root, top = PDFObjectReference("StructTreeRoot"), PDFObjectReference("StructDocument")
        parents: list[list] = [[] for _ in self._pages]
        kids = []
        for number, (role, page_number, mcid) in enumerate(self._tagged):
            element = PDFDictionary(
                {"Type": PDFName("StructElem"), "S": PDFName(role), "P": top, "Pg": pages[page_number], "K": mcid}
            )
            reference = document.Reference(element, f"StructElem{number}")
            kids.append(reference)
            parents[page_number].append(reference)
        document.Reference(
            PDFDictionary(
                {
                    "Type": PDFName("StructElem"),
                    "S": PDFName("Document"),
                    "P": root,
                    "Lang": PDFString(self._language),
                    "K": PDFArray(kids),
                }
            ),
            "StructDocument",
        )
        numbers = []
        for number, references in enumerate(parents):
            numbers += [number, PDFArray(references)]
        parent_tree = document.Reference(PDFDictionary({"Nums": PDFArray(numbers)}), "ParentTree")
        document.Reference(
            PDFDictionary(
                {
                    "Type": PDFName("StructTreeRoot"),
                    "K": top,
                    "ParentTree": parent_tree,
                    "ParentTreeNextKey": len(self._pages),
                }
            ),
            "StructTreeRoot",
        )
        self.setCatalogEntry("StructTreeRoot", root)
        self.setCatalogEntry("MarkInfo", PDFDictionary({"Marked": PDFtrue}))
        self.setCatalogEntry("Lang", PDFString(self._language))
        self.setViewerPreference("DisplayDocTitle", PDFtrue)
        info = document.info
        metadata = xmp_packet(
            title=info.title, author=info.author, subject=self._subject, language=self._language, pdfua=False
        )
        self.setCatalogEntry(
            "Metadata", PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), metadata)
        )


class TaggedParagraph(Paragraph):
    """A paragraph drawn inside the marked content of its structure element (``role``). The halves of a paragraph
    split across pages keep the class, so each half is tagged on its own page."""

    role = "P"

    def drawOn(self, canvas, x, y, _sW=0):
        canvas.begin_content(self.role)
        super().drawOn(canvas, x, y, _sW)
        canvas.end_marked()


class Heading1(TaggedParagraph):
    role = "H1"


class Heading2(TaggedParagraph):
    role = "H2"


class Heading3(TaggedParagraph):
    role = "H3"


HEADINGS = {0: Heading1, 1: Heading2, 2: Heading3}

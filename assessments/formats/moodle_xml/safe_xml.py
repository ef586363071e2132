"""Reading XML safely, remembering the line each element starts on.

defusedxml refuses DTDs, entity declarations and external references (no entity expansion, no fetches); expat
reports where each element starts, because ElementTree itself keeps no line numbers.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

DOCTYPE_REFUSED = "Files with a DOCTYPE or ENTITY declaration are refused for safety; remove it and try again."
MALFORMED = "The file is not well-formed XML: {reason}."


class XmlRefused(Exception):
    """The file cannot be read as safe XML; ``line`` and ``message`` say where and why."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _LineRecorder:
    """An ElementTree target that builds the tree and notes the line on which each element starts."""

    def __init__(self) -> None:
        self.builder = ET.TreeBuilder()
        self.lines: dict[ET.Element, int] = {}
        self.expat_parser = None

    def start(self, tag: str, attributes: dict[str, str]) -> ET.Element:
        element = self.builder.start(tag, attributes)
        self.lines[element] = self.expat_parser.CurrentLineNumber
        return element

    def end(self, tag: str) -> ET.Element:
        return self.builder.end(tag)

    def data(self, text: str) -> None:
        self.builder.data(text)

    def close(self) -> ET.Element:
        return self.builder.close()


def parse_with_lines(data: bytes | str) -> tuple[ET.Element, dict[ET.Element, int]]:
    """The root element and each element's line; raise ``XmlRefused`` for unsafe or malformed XML.

    Text is read as UTF-8 whatever its declaration says; bytes follow their declaration (UTF-8 by default).
    """
    recorder = _LineRecorder()
    if isinstance(data, str):
        data = data.encode("utf-8")
        parser = DefusedXMLParser(target=recorder, encoding="utf-8", forbid_dtd=True)
    else:
        parser = DefusedXMLParser(target=recorder, forbid_dtd=True)
    recorder.expat_parser = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        raise XmlRefused(parser.parser.CurrentLineNumber, DOCTYPE_REFUSED) from None
    except ET.ParseError as error:
        line = error.position[0] if error.position else 1
        raise XmlRefused(line, MALFORMED.format(reason=expat.ErrorString(error.code))) from None
    return root, recorder.lines

"""The verification QR code, drawn as vector squares so it prints sharply at any size."""

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR code's modules for ``data`` (error correction M, no quiet zone), row by row from the top."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, data: str, *, x: float, y: float, size: float) -> None:
    """Draw the QR code with its bottom-left corner at (x, y): one filled rectangle per run of dark modules.

    Drawn in a coordinate system of one unit per module, each row's runs at integer coordinates, so the code can be
    read back from the PDF exactly (the tests do). The page around it is blank, which gives the quiet zone. The path
    is written as operators directly: ReportLab's path object formats every number as a float, which made the QR code
    the slowest part of the page.
    """
    matrix = qr_matrix(data)
    count = len(matrix)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    canvas.setFillColorRGB(0, 0, 0)
    operators = []
    for row_number, row in enumerate(matrix):
        top = count - 1 - row_number
        column = 0
        while column < count:
            if row[column]:
                start = column
                while column < count and row[column]:
                    column += 1
                operators.append(f"{start} {top} {column - start} 1 re")
            else:
                column += 1
    operators.append("f")
    canvas.addLiteral("\n".join(operators))
    canvas.restoreState()

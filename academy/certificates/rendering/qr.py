"""The verification QR code, drawn as vector squares so it prints sharply at any size."""

import re
from functools import lru_cache
from itertools import pairwise

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import mask_func
from reportlab.pdfgen.canvas import Canvas

AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
RUNS_OF_FIVE_OR_MORE = (re.compile("00000+"), re.compile("11111+"))
FINDER_LIKE = ("10111010000", "00001011101")  # counted where they overlap too, as qrcode does


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR code's modules for ``data`` (error correction M, no quiet zone), row by row from the top.

    The same code the qrcode package makes, mask included (the tests compare them), found faster: qrcode places the
    data afresh for each of the 8 masks it tries and scores each in Python loops; here the data is placed once, each
    other mask is applied by flipping the modules where the two masks differ (which depends only on the version, so
    it is cached), and the score is counted with regular expressions and bit operations. It was half the page's
    rendering time.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.best_fit()
    code.makeImpl(True, 0)  # as qrcode's own search scores masks: format and version information left light
    first = code.modules
    best, best_score = first, penalty(first)
    best_mask = 0
    for mask in range(1, 8):
        candidate = [row[:] for row in first]
        for row, column in _flips(code.version, mask):
            candidate[row][column] = not candidate[row][column]
        score = penalty(candidate)
        if score < best_score:
            best, best_score, best_mask = candidate, score, mask
    code.modules = best
    code.setup_type_info(False, best_mask)  # now the real format and version information
    if code.version >= 7:
        code.setup_type_number(False)
    return code.modules


def penalty(matrix: list[list[bool]]) -> int:
    """The mask penalty score of ISO/IEC 18004 (section 7.8.3), equal to ``qrcode.util.lost_point``'s."""
    rows = [bytes(row).translate(AS_DIGITS).decode() for row in matrix]
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    lines = "2".join(rows + columns)  # a separator no run or pattern can cross
    runs = sum(len(run) - 2 for pattern in RUNS_OF_FIVE_OR_MORE for run in pattern.findall(lines))
    finders = 40 * sum(_occurrences(lines, pattern) for pattern in FINDER_LIKE)
    bits = [int(row, 2) for row in rows]
    pairs = (1 << (len(matrix) - 1)) - 1  # a bit for each pair of neighbouring modules in a row
    blocks = 0
    for upper, lower in pairwise(bits):
        same_vertically = ~(upper ^ lower)
        same = same_vertically & (same_vertically >> 1) & ~(upper ^ (upper >> 1)) & pairs
        blocks += 3 * same.bit_count()
    dark = lines.count("1") // 2  # each module is in one row and one column
    balance = 10 * int(abs(dark * 100 / len(matrix) ** 2 - 50) / 5)
    return runs + blocks + finders + balance


def _occurrences(text: str, pattern: str) -> int:
    count, found = 0, text.find(pattern)
    while found >= 0:
        count, found = count + 1, text.find(pattern, found + 1)
    return count


@lru_cache(maxsize=64)
def _flips(version: int, mask: int) -> tuple[tuple[int, int], ...]:
    """The data modules whose colour differs between mask 0 and ``mask`` in a code of ``version``."""
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    code.add_data("")
    code.makeImpl(True, 0)  # fills qrcode's cache of blank symbols for this version
    code.modules = [row[:] for row in qrcode.main.precomputed_qr_blanks[version]]
    code.setup_type_info(True, 0)
    if version >= 7:
        code.setup_type_number(True)
    first, other = mask_func(0), mask_func(mask)
    return tuple(
        (row, column)
        for row, cells in enumerate(code.modules)
        for column, cell in enumerate(cells)
        if cell is None and first(row, column) != other(row, column)
    )


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

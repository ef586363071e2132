"""Read a QR code back out of a certificate PDF, in pure Python, to prove what a phone would find in it.

The renderer draws one filled rectangle per run of dark modules, in a coordinate system of one unit per module, so
the PDF's ``re`` operators give the module matrix exactly. The decoder follows ISO/IEC 18004: format information,
unmasking, the zigzag read, de-interleaving the blocks, and the numeric, alphanumeric and byte segments. It reads a
clean code only (no error correction), which is all a freshly rendered PDF needs. The block and alignment-pattern
tables are the standard's, taken from the qrcode package.
"""

import io

from pypdf import PdfReader
from qrcode.base import rs_blocks
from qrcode.util import pattern_position

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
FORMAT_MASK = 0b101010000010010
MASKS = [
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
]


def matrix_from_pdf(pdf: bytes) -> list[list[bool]]:
    """The QR module matrix drawn on the first page (row 0 at the top)."""
    operations = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().operations
    rects = [[float(value) for value in operands] for operands, operator in operations if operator == b"re"]
    assert rects, "no QR code rectangles on the page"
    size = round(max(x + width for x, _, width, _ in rects))
    matrix = [[False] * size for _ in range(size)]
    for x, y, width, height in rects:
        assert height == 1, "each rectangle is one run of modules in one row"
        for column in range(round(x), round(x + width)):
            matrix[size - 1 - round(y)][column] = True
    return matrix


def decode(matrix: list[list[bool]]) -> str:
    size = len(matrix)
    version = (size - 17) // 4
    assert 17 + 4 * version == size, f"{size} modules is not a QR code size"
    error_correction, mask = _format(matrix)
    reserved = _function_patterns(size, version)
    bits = []
    column, upward = size - 1, True
    while column > 0:
        if column == 6:
            column -= 1  # the vertical timing pattern
        rows = range(size - 1, -1, -1) if upward else range(size)
        for row in rows:
            for col in (column, column - 1):
                if not reserved[row][col]:
                    bits.append(matrix[row][col] ^ MASKS[mask](row, col))
        upward = not upward
        column -= 2
    codewords = [int("".join("1" if bit else "0" for bit in bits[i : i + 8]), 2) for i in range(0, len(bits) - 7, 8)]
    return _segments(_data_codewords(codewords, version, error_correction), version)


def _format(matrix) -> tuple[int, int]:
    size = len(matrix)
    positions = [(i, 8) for i in range(6)] + [(7, 8), (8, 8)] + [(size - 15 + i, 8) for i in range(8, 15)]
    value = sum(1 << i for i, (row, col) in enumerate(positions) if matrix[row][col])
    data = (value ^ FORMAT_MASK) >> 10
    return data >> 3, data & 0b111


def _function_patterns(size: int, version: int) -> list[list[bool]]:
    reserved = [[False] * size for _ in range(size)]

    def mark(rows, cols):
        for row in rows:
            for col in cols:
                if 0 <= row < size and 0 <= col < size:
                    reserved[row][col] = True

    mark(range(9), range(9))  # top-left finder, separator and format information
    mark(range(9), range(size - 8, size))
    mark(range(size - 8, size), range(9))  # includes the dark module
    mark([6], range(size))
    mark(range(size), [6])
    centres = pattern_position(version)
    for row in centres:
        for col in centres:
            near_finder = (row < 9 and (col < 9 or col >= size - 8)) or (row >= size - 8 and col < 9)
            if not near_finder:
                mark(range(row - 2, row + 3), range(col - 2, col + 3))
    if version >= 7:
        mark(range(6), range(size - 11, size - 8))
        mark(range(size - 11, size - 8), range(6))
    return reserved


def _data_codewords(codewords: list[int], version: int, error_correction: int) -> list[int]:
    blocks = rs_blocks(version, error_correction)
    data: list[list[int]] = [[] for _ in blocks]
    position = 0
    for index in range(max(block.data_count for block in blocks)):
        for number, block in enumerate(blocks):
            if index < block.data_count:
                data[number].append(codewords[position])
                position += 1
    return [codeword for block in data for codeword in block]


def _segments(codewords: list[int], version: int) -> str:
    bits = "".join(f"{codeword:08b}" for codeword in codewords)
    position = 0

    def take(count: int) -> int:
        nonlocal position
        value = int(bits[position : position + count], 2)
        position += count
        return value

    size_class = 0 if version < 10 else 1 if version < 27 else 2
    out = bytearray()
    while position + 4 <= len(bits):
        mode = take(4)
        if mode == 0:
            break
        if mode == 1:  # numeric
            count = take((10, 12, 14)[size_class])
            digits = ""
            while len(digits) + 3 <= count:
                digits += f"{take(10):03d}"
            if count - len(digits) == 2:
                digits += f"{take(7):02d}"
            elif count - len(digits) == 1:
                digits += str(take(4))
            out += digits.encode()
        elif mode == 2:  # alphanumeric
            count = take((9, 11, 13)[size_class])
            for _ in range(count // 2):
                pair = take(11)
                out += (ALPHANUMERIC[pair // 45] + ALPHANUMERIC[pair % 45]).encode()
            if count % 2:
                out += ALPHANUMERIC[take(6)].encode()
        elif mode == 4:  # bytes
            count = take((8, 16, 16)[size_class])
            out += bytes(take(8) for _ in range(count))
        else:
            raise AssertionError(f"unsupported QR mode {mode}")
    return out.decode("utf-8")

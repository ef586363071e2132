"""The QR code is exactly the one the qrcode package would make, mask choice included, only found faster."""

import random
import string

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import lost_point

from academy.certificates.rendering import qr_matrix
from academy.certificates.rendering.qr import penalty


def qrcode_own(data: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def test_the_penalty_score_equals_qrcodes_on_random_symbols():
    chance = random.Random(18004)
    for _ in range(500):
        size = chance.choice([21, 25, 37, 45, 57, 101])
        darkness = chance.random()
        matrix = [[chance.random() < darkness for _ in range(size)] for _ in range(size)]
        assert penalty(matrix) == lost_point(matrix)


def test_the_matrix_equals_qrcodes_for_addresses_of_every_length():
    chance = random.Random(7)
    for length in range(0, 400, 4):  # versions 3 to 17, so the version information blocks (7 and up) are covered
        host = "".join(chance.choices(string.ascii_lowercase + "-.", k=length))
        url = f"https://{host}.example/certificates/verify/CA-7K3M-Q9XB-2HRT-V/"
        assert qr_matrix(url) == qrcode_own(url), url

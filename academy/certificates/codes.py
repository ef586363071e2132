"""Certificate codes: unguessable, not sequential, easy to read aloud, with a check character.

A code looks like ``CA-7K3M-Q9XB-2HRT-V``: 12 random Crockford base32 characters (60 random bits) and one check
character. The check is the number's remainder modulo 37, a prime, so every single mistyped character and every swap
of two neighbouring characters is caught, and the verify page can say "mistyped" rather than "not found".
Crockford's spec spells remainders 32 to 36 with ``*~$=U``; those are awkward to type and to put in a URL, so codes
whose remainder would need them are never issued (they are drawn again), which costs 0.2 bits of the 60.
Reading is forgiving: case, spaces and hyphens do not matter, and I/L read as 1 and O as 0.
"""

import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O or U
VALUES = {char: value for value, char in enumerate(ALPHABET)}
ALIASES = str.maketrans({"I": "1", "L": "1", "O": "0"})
PREFIX = "CA"
BODY_LENGTH = 12
CHECK_MODULUS = 37
GROUP = 4


class InvalidCode(ValueError):
    """Not a certificate code at all: wrong length or characters."""


class MistypedCode(ValueError):
    """Shaped like a certificate code, but its check character does not match: a typing mistake."""


@dataclass(frozen=True)
class ParsedCode:
    body: str  # the 12 random characters
    check: str

    @property
    def canonical(self) -> str:
        groups = [self.body[i : i + GROUP] for i in range(0, BODY_LENGTH, GROUP)]
        return "-".join([PREFIX, *groups, self.check])


def _number(body: str) -> int:
    number = 0
    for char in body:
        number = number * 32 + VALUES[char]
    return number


def check_character(body: str) -> str | None:
    """The check character for ``body``, or None when the remainder has no character in the alphabet."""
    remainder = _number(body) % CHECK_MODULUS
    return ALPHABET[remainder] if remainder < len(ALPHABET) else None


def new_code() -> str:
    """A fresh random code in its canonical form, e.g. ``CA-7K3M-Q9XB-2HRT-V``."""
    while True:
        body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
        check = check_character(body)
        if check is not None:
            return ParsedCode(body=body, check=check).canonical


def normalise(text: str) -> str:
    """Upper case without spaces, hyphens, dots or the ``CA`` prefix; I, L and O read as 1, 1 and 0."""
    cleaned = "".join(char for char in (text or "").upper() if char not in " -–.\t\n")
    if cleaned.startswith(PREFIX) and len(cleaned) == len(PREFIX) + BODY_LENGTH + 1:
        cleaned = cleaned[len(PREFIX) :]
    return cleaned.translate(ALIASES)


def parse(text: str) -> ParsedCode:
    """Read a code as a person typed it. Raises InvalidCode or MistypedCode."""
    cleaned = normalise(text)
    if len(cleaned) != BODY_LENGTH + 1 or any(char not in VALUES for char in cleaned):
        raise InvalidCode(text)
    body, check = cleaned[:BODY_LENGTH], cleaned[BODY_LENGTH]
    if check_character(body) != check:
        raise MistypedCode(text)
    return ParsedCode(body=body, check=check)

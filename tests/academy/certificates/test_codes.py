import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from academy.certificates import codes

CANONICAL = re.compile(r"^CA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$")
code_strategy = (
    st.text(alphabet=codes.ALPHABET, min_size=codes.BODY_LENGTH, max_size=codes.BODY_LENGTH)
    .filter(lambda body: codes.check_character(body) is not None)
    .map(lambda body: codes.ParsedCode(body=body, check=codes.check_character(body)).canonical)
)


def test_new_codes_are_canonical_and_read_back_unchanged():
    for _ in range(200):
        code = codes.new_code()
        assert CANONICAL.match(code), code
        assert codes.parse(code).canonical == code


def test_new_codes_are_not_sequential_or_repeated():
    generated = [codes.new_code() for _ in range(2000)]
    assert len(set(generated)) == len(generated)
    assert generated != sorted(generated)


@given(code=code_strategy, position=st.integers(min_value=0, max_value=12), replacement=st.sampled_from(codes.ALPHABET))
def test_any_single_mistyped_character_is_told_apart_from_an_unknown_code(code, position, replacement):
    characters = list(codes.normalise(code))
    if characters[position] == replacement:
        return
    characters[position] = replacement
    with pytest.raises(codes.MistypedCode):
        codes.parse("".join(characters))


@given(code=code_strategy, position=st.integers(min_value=0, max_value=11))
def test_any_swap_of_two_neighbouring_characters_is_caught(code, position):
    characters = list(codes.normalise(code))
    if characters[position] == characters[position + 1]:
        return
    characters[position], characters[position + 1] = characters[position + 1], characters[position]
    with pytest.raises(codes.MistypedCode):
        codes.parse("".join(characters))


def test_reading_ignores_case_spaces_and_hyphens_and_reads_o_i_l_as_digits():
    body = next(b for b in (f"00001111000{c}" for c in codes.ALPHABET) if codes.check_character(b))
    code = codes.ParsedCode(body=body, check=codes.check_character(body)).canonical
    body = code[3:]
    assert codes.parse(code.lower()).canonical == code
    assert codes.parse(body.replace("-", " ")).canonical == code
    assert codes.parse(body.replace("-", "").replace("0", "O").replace("1", "l", 2).replace("1", "I")).canonical == code


@pytest.mark.parametrize("text", ["", "hello", "CA-1234", "CA-UUUU-UUUU-UUUU-U", "CA-7K3M-Q9XB-2HRT-V-EXTRA"])
def test_text_that_is_not_shaped_like_a_code_is_invalid(text):
    with pytest.raises(codes.InvalidCode):
        codes.parse(text)


def test_check_characters_never_need_the_awkward_crockford_symbols():
    for _ in range(500):
        assert codes.new_code()[-1] in codes.ALPHABET

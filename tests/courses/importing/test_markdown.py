"""Lesson bodies in Markdown become the lesson's blocks; problems are reported with their lines."""

from courses.importing.markdown import TABLE_ROW_CELLS, parse_body


def test_plain_markdown_becomes_one_rich_text_paragraph_block():
    parsed = parse_body("Some **bold** and a [link](https://example.org).\n\n- one\n- two\n")
    assert parsed.problems == []
    assert parsed.blocks == [
        {
            "type": "paragraph",
            "value": '<p>Some <strong>bold</strong> and a <a href="https://example.org">link</a>.</p>\n'
            "<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
        }
    ]


def test_headings_split_paragraphs():
    parsed = parse_body("Intro.\n\n## Section\n\nMore.\n\n### Sub\n")
    assert [block["type"] for block in parsed.blocks] == ["paragraph", "heading", "paragraph", "heading"]
    assert parsed.blocks[1]["value"] == {"text": "Section", "level": "h2"}
    assert parsed.blocks[3]["value"] == {"text": "Sub", "level": "h3"}


def test_every_gov_uk_block_has_a_fence():
    text = """:::inset
An *inset*.
:::

:::warning
Mind the gap.
:::

:::details What counts as a mutual?
Staff **control** it.
:::

:::key-facts In numbers
- Mutuals in 2013: over 70
- Staff: about 35,000
:::

:::case-study A youth service
It spun out.

Source: The 2013 response
:::

:::quote The 2013 response, page 3
Mutuals can deliver.
:::

:::table Reserved contracts
| Rule | Limit |
| --- | --- |
| Term | 5 years |
:::
"""
    parsed = parse_body(text)
    assert parsed.problems == []
    assert parsed.blocks == [
        {"type": "inset", "value": "<p>An <em>inset</em>.</p>"},
        {"type": "warning", "value": "Mind the gap."},
        {
            "type": "details",
            "value": {"summary": "What counts as a mutual?", "body": "<p>Staff <strong>control</strong> it.</p>"},
        },
        {
            "type": "key_facts",
            "value": {
                "heading": "In numbers",
                "facts": [{"key": "Mutuals in 2013", "value": "over 70"}, {"key": "Staff", "value": "about 35,000"}],
            },
        },
        {
            "type": "case_study",
            "value": {"title": "A youth service", "body": "<p>It spun out.</p>", "source": "The 2013 response"},
        },
        {"type": "quote", "value": {"quote": "Mutuals can deliver.", "citation": "The 2013 response, page 3"}},
        {
            "type": "table",
            "value": {"caption": "Reserved contracts", "header": ["Rule", "Limit"], "rows": [["Term", "5 years"]]},
        },
    ]


def test_a_table_row_that_does_not_match_the_header_is_reported_at_its_line():
    text = "Intro.\n\n:::table Caption\n| A | B |\n| --- | --- |\n| 1 | 2 |\n| 3 |\n:::\n"
    parsed = parse_body(text)
    assert [(p.line, p.message) for p in parsed.problems] == [(7, TABLE_ROW_CELLS.format(row=2, count=1, expected=2))]


def test_unsupported_markdown_is_reported_with_its_line():
    parsed = parse_body("# Title\n\n> quoted\n\n![alt](pic.png)\n\n```\ncode\n```\n")
    lines = [(p.line, p.message.split(" ")[0]) for p in parsed.problems]
    assert lines == [(1, "Use"), (3, "A"), (5, "An"), (7, "A")]


def test_raw_html_is_shown_as_text_never_as_markup():
    parsed = parse_body('Hello <script>alert(1)</script> <b onclick="x">b</b>\n')
    html = parsed.blocks[0]["value"]
    assert "<script>" not in html and "<b " not in html and "&lt;script&gt;" in html


def test_fences_without_their_title_are_reported():
    parsed = parse_body(":::details\nBody\n:::\n\n:::table\n| A |\n| - |\n| 1 |\n:::\n\n:::quote\nWords\n:::\n")
    assert [p.line for p in parsed.problems] == [1, 5, 11]
    assert parsed.blocks == []

"""Conversion between a Question's admin fields (rich text and the answers StreamField) and its JSON spec."""

from wagtail.rich_text import RichText, expand_db_html

from academy.core.sanitise import sanitise_html
from assessments import questions as q

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def html(value) -> str:
    """Sanitised HTML from a rich text value (Wagtail's stored format expanded first) or a string."""
    if isinstance(value, RichText):
        value = value.source
    return sanitise_html(expand_db_html(value or ""))


def _choice_id(index: int) -> str:
    return LETTERS[index] if index < len(LETTERS) else f"c{index + 1}"


def spec_from_fields(*, text, general_feedback, default_mark, answers) -> dict:
    """The spec for the admin fields; ``answers`` is the StreamField value (exactly one block)."""
    if len(answers) != 1:
        raise q.InvalidSpec(["Add exactly one answers block: it sets the question type."])
    block = answers[0]
    qtype, value = block.block_type, block.value
    spec = {
        "type": qtype,
        "text": html(text),
        "general_feedback": html(general_feedback),
        "default_mark": float(default_mark),
    }
    if qtype in (q.SINGLE_CHOICE, q.MULTIPLE_RESPONSE):
        spec["choices"] = [
            {
                "id": _choice_id(i),
                "text": html(c["text"]),
                "fraction": float(c["fraction"]),
                "feedback": html(c["feedback"]),
            }
            for i, c in enumerate(value["choices"])
        ]
        spec["shuffle"] = bool(value["shuffle"])
        if qtype == q.MULTIPLE_RESPONSE:
            spec["scoring"] = value["scoring"]
    elif qtype == q.TRUE_FALSE:
        spec.update(
            correct=bool(value["correct"]),
            feedback_true=html(value["feedback_true"]),
            feedback_false=html(value["feedback_false"]),
        )
    elif qtype == q.SHORT_TEXT:
        spec["answers"] = [
            {"text": a["text"], "fraction": float(a["fraction"]), "feedback": html(a["feedback"])}
            for a in value["answers"]
        ]
        spec.update(
            case_sensitive=bool(value["case_sensitive"]), normalise_whitespace=bool(value["normalise_whitespace"])
        )
    elif qtype == q.NUMERIC:
        spec["answers"] = [
            {
                "value": float(a["value"]),
                "tolerance": float(a["tolerance"]),
                "fraction": float(a["fraction"]),
                "feedback": html(a["feedback"]),
            }
            for a in value["answers"]
        ]
        spec["other_feedback"] = html(value.get("other_feedback"))
    elif qtype == q.MATCHING:
        spec["pairs"] = [
            {"id": f"p{i + 1}", "prompt": html(p["prompt"]), "answer": p["answer"]}
            for i, p in enumerate(value["pairs"])
        ]
        spec["distractors"] = [d for d in value["distractors"] if d]
    elif qtype == q.ORDERING:
        spec["items"] = [{"id": f"i{i + 1}", "text": text} for i, text in enumerate(value["items"])]
        spec["scoring"] = value["scoring"]
    elif qtype == q.ESSAY:
        spec.update(
            word_limit=int(value["word_limit"] or 0),
            response_template=value["response_template"] or "",
            marking_guidance=html(value["marking_guidance"]),
        )
    return spec


def fields_from_spec(spec: dict) -> dict:
    """Admin field values for a spec (used by imports, so imported questions stay editable)."""
    qtype = spec["type"]
    value: dict
    if qtype in (q.SINGLE_CHOICE, q.MULTIPLE_RESPONSE):
        value = {
            "choices": [
                {"text": c["text"], "fraction": c["fraction"], "feedback": c.get("feedback", "")}
                for c in spec["choices"]
            ],
            "shuffle": spec.get("shuffle", True),
        }
        if qtype == q.MULTIPLE_RESPONSE:
            value["scoring"] = spec.get("scoring", q.PARTIAL)
    elif qtype == q.TRUE_FALSE:
        value = {
            "correct": spec["correct"],
            "feedback_true": spec.get("feedback_true", ""),
            "feedback_false": spec.get("feedback_false", ""),
        }
    elif qtype == q.SHORT_TEXT:
        value = {
            "answers": [
                {"text": a["text"], "fraction": a["fraction"], "feedback": a.get("feedback", "")}
                for a in spec["answers"]
            ],
            "case_sensitive": spec.get("case_sensitive", False),
            "normalise_whitespace": spec.get("normalise_whitespace", True),
        }
    elif qtype == q.NUMERIC:
        value = {
            "answers": [
                {
                    "value": a["value"],
                    "tolerance": a.get("tolerance", 0),
                    "fraction": a["fraction"],
                    "feedback": a.get("feedback", ""),
                }
                for a in spec["answers"]
            ],
            "other_feedback": spec.get("other_feedback", ""),
        }
    elif qtype == q.MATCHING:
        value = {
            "pairs": [{"prompt": p["prompt"], "answer": p["answer"]} for p in spec["pairs"]],
            "distractors": list(spec.get("distractors", [])),
        }
    elif qtype == q.ORDERING:
        value = {"items": [item["text"] for item in spec["items"]], "scoring": spec.get("scoring", q.PARTIAL)}
    elif qtype == q.ESSAY:
        value = {
            "word_limit": spec.get("word_limit", 0),
            "response_template": spec.get("response_template", ""),
            "marking_guidance": spec.get("marking_guidance", ""),
        }
    else:
        raise q.InvalidSpec([q.UNKNOWN_TYPE.format(value=qtype, expected=", ".join(q.QUESTION_TYPES))])
    return {
        "text": spec["text"],
        "general_feedback": spec.get("general_feedback", ""),
        "default_mark": spec.get("default_mark", 1.0),
        "answers": [{"type": qtype, "value": value}],
    }

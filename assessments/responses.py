"""Turning a submitted form into responses, checked against what the learner was shown.

The form carries the opaque identifiers of ``public_view``; responses are stored in the spec's own ids, mapped back
through the question's ``keys`` (``display.view_keys``). An identifier the learner was not shown counts as no answer.
"""

from assessments import questions as q

MAX_TEXT = 1000
MAX_ESSAY = 50_000
ORDER_INCOMPLETE = "Give every item in question {n} a position"
ORDER_DUPLICATE = "Give each item in question {n} a different position"
NUMBER_EXPECTED = "Enter a number for question {n}, like 12 or 3.5"
ESSAY_TOO_LONG = "Your answer to question {n} must be {limit} words or fewer; it has {count}"
ESSAY_TOO_MANY_CHARACTERS = "Your answer to question {n} must be 50,000 characters or fewer"


def field_name(position: int, suffix: str = "") -> str:
    return f"q{position}" + (f"-{suffix}" if suffix else "")


def count_words(text: str) -> int:
    """Words as GOV.UK's character count counts them: runs of non-space characters."""
    return len(text.split())


def parse_response(question, data) -> tuple[dict | None, str | None]:
    """(response, error) for one displayed question from POST ``data``; (None, None) when unanswered.

    ``question`` has ``view`` (what the browser was shown), ``keys`` (opaque id -> spec value) and ``position``.
    A response with an error is still returned when it is worth keeping, so that nothing the learner typed is lost.
    """
    view, keys, position = question.view, question.keys, question.position
    name = field_name(position)
    qtype = view["type"]
    if qtype == q.SINGLE_CHOICE:
        choice = keys["choice"].get(data.get(name, ""))
        return ({"choice": choice} if choice is not None else None), None
    if qtype == q.MULTIPLE_RESPONSE:
        chosen = {keys["choice"][value] for value in data.getlist(name) if value in keys["choice"]}
        return ({"choices": sorted(chosen)} if chosen else None), None
    if qtype == q.TRUE_FALSE:
        value = data.get(name)
        return ({"value": value == "true"} if value in ("true", "false") else None), None
    if qtype == q.SHORT_TEXT:
        text = (data.get(name) or "")[:MAX_TEXT]
        return ({"text": text} if text.strip() else None), None
    if qtype == q.NUMERIC:
        text = (data.get(name) or "").strip()[:100]
        if not text:
            return None, None
        try:
            float(text.replace(",", ""))
        except ValueError:
            return {"value": text}, NUMBER_EXPECTED.format(n=position)
        return {"value": text}, None
    if qtype == q.ESSAY:
        return _parse_essay(view, data.get(name) or "", position)
    if qtype == q.MATCHING:
        matches = {}
        for token, pair_id in keys["prompt"].items():
            answer = keys["option"].get(data.get(field_name(position, token), ""))
            if answer is not None:
                matches[pair_id] = answer
        return ({"matches": matches} if matches else None), None
    if qtype == q.ORDERING:
        chosen = {}
        for token, item_id in keys["item"].items():
            raw = data.get(field_name(position, token), "")
            if raw.isdigit() and 1 <= int(raw) <= len(keys["item"]):
                chosen[item_id] = int(raw)
        if not chosen:
            return None, None
        if len(chosen) < len(keys["item"]):
            return None, ORDER_INCOMPLETE.format(n=position)
        if len(set(chosen.values())) < len(chosen):
            return None, ORDER_DUPLICATE.format(n=position)
        return {"order": sorted(chosen, key=chosen.get)}, None
    return None, None


def _parse_essay(view: dict, text: str, position: int) -> tuple[dict | None, str | None]:
    text = text.replace("\r\n", "\n")
    if not text.strip() or text.strip() == view.get("response_template", "").strip():
        return None, None
    if len(text) > MAX_ESSAY:
        return {"text": text[:MAX_ESSAY]}, ESSAY_TOO_MANY_CHARACTERS.format(n=position)
    limit = view.get("word_limit") or 0
    words = count_words(text)
    if limit and words > limit:
        return {"text": text}, ESSAY_TOO_LONG.format(n=position, limit=limit, count=words)
    return {"text": text}, None


def posted_values(question, data) -> dict:
    """Form values as the learner just posted them, to show again beside an error (only ordering needs it: a
    half-ordered list is not a response that can be saved)."""
    if question.view["type"] != q.ORDERING:
        return form_values(question)
    positions = {}
    for token in question.keys["item"]:
        raw = data.get(field_name(question.position, token), "")
        if raw.isdigit():
            positions[token] = int(raw)
    return {"positions": positions}


def form_values(question) -> dict:
    """What to pre-fill in the form from a saved response (for resuming), in the browser's opaque ids."""
    view, keys = question.view, question.keys
    response = question.item.response or {}
    qtype = view["type"]
    tokens = {purpose: {value: token for token, value in mapping.items()} for purpose, mapping in keys.items()}
    if qtype == q.SINGLE_CHOICE and response.get("choice"):
        return {"choice": tokens["choice"].get(response["choice"])}
    if qtype == q.MULTIPLE_RESPONSE:
        return {"choices": [tokens["choice"][c] for c in response.get("choices", []) if c in tokens["choice"]]}
    if qtype == q.MATCHING:
        matches = response.get("matches") or {}
        return {
            "matches": {
                tokens["prompt"][pair_id]: tokens["option"].get(answer)
                for pair_id, answer in matches.items()
                if pair_id in tokens["prompt"]
            }
        }
    if qtype == q.ORDERING and response.get("order"):
        return {
            "positions": {
                tokens["item"][item_id]: index
                for index, item_id in enumerate(response["order"], start=1)
                if item_id in tokens["item"]
            }
        }
    if qtype == q.TRUE_FALSE and "value" in response:
        return {"value": "true" if response["value"] else "false"}
    if qtype == q.ESSAY:
        return {"text": response.get("text", view.get("response_template", ""))}
    return dict(response)

"""Turning a submitted form into responses, checked against what the learner was shown."""

from assessments import questions as q

MAX_TEXT = 1000
ORDER_INCOMPLETE = "Give every item in question {n} a position"
ORDER_DUPLICATE = "Give each item in question {n} a different position"
NUMBER_EXPECTED = "Enter a number for question {n}, like 12 or 3.5"


def field_name(position: int, suffix: str = "") -> str:
    return f"q{position}" + (f"-{suffix}" if suffix else "")


def parse_response(view: dict, data, position: int) -> tuple[dict | None, str | None]:
    """(response, error) for one question from POST ``data``; (None, None) when unanswered."""
    name = field_name(position)
    qtype = view["type"]
    if qtype == q.SINGLE_CHOICE:
        choice = data.get(name)
        ids = {c["id"] for c in view["choices"]}
        return ({"choice": choice} if choice in ids else None), None
    if qtype == q.MULTIPLE_RESPONSE:
        ids = {c["id"] for c in view["choices"]}
        chosen = [value for value in data.getlist(name) if value in ids]
        return ({"choices": sorted(set(chosen))} if chosen else None), None
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
    if qtype == q.MATCHING:
        options = set(view["options"])
        matches = {}
        for prompt in view["prompts"]:
            value = data.get(field_name(position, prompt["id"]), "")
            if value in options:
                matches[prompt["id"]] = value
        return ({"matches": matches} if matches else None), None
    if qtype == q.ORDERING:
        ids = [item["id"] for item in view["items"]]
        chosen = {}
        for item_id in ids:
            raw = data.get(field_name(position, item_id), "")
            if raw.isdigit() and 1 <= int(raw) <= len(ids):
                chosen[item_id] = int(raw)
        if not chosen:
            return None, None
        if len(chosen) < len(ids):
            return None, ORDER_INCOMPLETE.format(n=position)
        if len(set(chosen.values())) < len(ids):
            return None, ORDER_DUPLICATE.format(n=position)
        return {"order": sorted(ids, key=lambda item_id: chosen[item_id])}, None
    return None, None


def form_values(view: dict, response: dict | None) -> dict:
    """What to pre-fill in the form from a saved response (for resuming)."""
    response = response or {}
    qtype = view["type"]
    if qtype == q.ORDERING and response.get("order"):
        return {"positions": {item_id: index for index, item_id in enumerate(response["order"], start=1)}}
    if qtype == q.TRUE_FALSE and "value" in response:
        return {"value": "true" if response["value"] else "false"}
    return dict(response)

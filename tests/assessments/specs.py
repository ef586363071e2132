"""Small valid specs of every question type, for the grading, display and validation tests; pass overrides."""


def single_choice(**overrides):
    spec = {
        "type": "single_choice",
        "text": "<p>Which is a public service mutual?</p>",
        "general_feedback": "<p>General.</p>",
        "default_mark": 2.0,
        "choices": [
            {"id": "a", "text": "Spun-out youth service", "fraction": 1.0, "feedback": "<p>Right.</p>"},
            {"id": "b", "text": "Residents' co-operative", "fraction": 0.5, "feedback": "<p>Half right.</p>"},
            {"id": "c", "text": "Private consultancy", "fraction": -0.5, "feedback": "<p>No.</p>"},
            {"id": "d", "text": "Bank", "fraction": 0.0, "feedback": ""},
        ],
        "shuffle": True,
    }
    return {**spec, **overrides}


def multiple_response(**overrides):
    spec = {
        "type": "multiple_response",
        "text": "Which are prime?",
        "choices": [
            {"id": "a", "text": "2", "fraction": 0.5, "feedback": "2 is prime."},
            {"id": "b", "text": "3", "fraction": 0.5, "feedback": ""},
            {"id": "c", "text": "4", "fraction": -1.0, "feedback": "4 = 2 × 2."},
            {"id": "d", "text": "9", "fraction": -0.5, "feedback": ""},
        ],
        "scoring": "partial",
    }
    return {**spec, **overrides}


def true_false(**overrides):
    spec = {
        "type": "true_false",
        "text": "Mutuals deliver public services.",
        "correct": True,
        "feedback_true": "Yes.",
        "feedback_false": "They do.",
    }
    return {**spec, **overrides}


def short_text(**overrides):
    spec = {
        "type": "short_text",
        "text": "Name the department.",
        "answers": [
            {"text": "DCLG", "fraction": 1.0, "feedback": "Right."},
            {"text": "*Communities*", "fraction": 0.5, "feedback": "Initials, please."},
            {"text": "Cabinet Office", "fraction": 0.0, "feedback": "That ran the programme."},
        ],
    }
    return {**spec, **overrides}


def numeric(**overrides):
    spec = {
        "type": "numeric",
        "text": "In which year was the Localism Act passed?",
        "answers": [
            {"value": 2011, "tolerance": 0, "fraction": 1.0, "feedback": "Correct."},
            {"value": 2011, "tolerance": 1, "fraction": 0.5, "feedback": "Close."},
        ],
    }
    return {**spec, **overrides}


def matching(**overrides):
    spec = {
        "type": "matching",
        "text": "Match each body to what it did.",
        "pairs": [
            {"id": "p1", "prompt": "<p>Cabinet Office</p>", "answer": "ran the programme"},
            {"id": "p2", "prompt": "<p>DCLG</p>", "answer": "published the response"},
            {"id": "p3", "prompt": "<p>Councils</p>", "answer": "commissioned services"},
            {"id": "p4", "prompt": "<p>Staff</p>", "answer": "ran the mutuals"},
        ],
        "distractors": ["regulated banks"],
    }
    return {**spec, **overrides}


def ordering(**overrides):
    spec = {
        "type": "ordering",
        "text": "Put the steps in order.",
        "items": [
            {"id": "i1", "text": "Staff express interest"},
            {"id": "i2", "text": "Business case agreed"},
            {"id": "i3", "text": "Contract awarded"},
            {"id": "i4", "text": "Mutual launched"},
        ],
    }
    return {**spec, **overrides}


ALL_SPECS = [single_choice(), multiple_response(), true_false(), short_text(), numeric(), matching(), ordering()]

"""Answer an attempt page the way a person does: by reading the labels on the page, never by knowing the ids.

The browser only ever sees opaque identifiers, so tests find the input whose visible label matches the answer.
"""

from __future__ import annotations

from bs4 import BeautifulSoup


class AttemptPage:
    """One rendered attempt page, parsed; ``form_data()`` builds the POST a person would send."""

    def __init__(self, html: str):
        self.soup = BeautifulSoup(html, "html.parser")
        self.data: dict[str, list[str] | str] = {}

    def _label_for(self, element) -> str:
        label = self.soup.find("label", attrs={"for": element["id"]})
        return " ".join(label.get_text(" ").split()) if label else ""

    def inputs(self, position: int, *, kind: str | None = None) -> list:
        """The inputs of question ``position`` in page order (radios, checkboxes, text boxes)."""
        found = self.soup.select(f'[name="q{position}"]')
        return [element for element in found if kind is None or element.get("type") == kind]

    def selects(self, position: int) -> list:
        return [s for s in self.soup.find_all("select") if s.get("name", "").startswith(f"q{position}-")]

    def choose(self, position: int, *texts: str) -> AttemptPage:
        """Tick the radio or checkboxes whose labels contain each of ``texts``."""
        chosen = []
        for text in texts:
            matches = [element for element in self.inputs(position) if text in self._label_for(element)]
            assert matches, f"No choice labelled {text!r} in question {position}"
            chosen.append(matches[0]["value"])
        self.data[f"q{position}"] = chosen if len(chosen) > 1 else chosen[0]
        return self

    def type(self, position: int, text: str) -> AttemptPage:
        self.data[f"q{position}"] = text
        return self

    def match(self, position: int, pairs: dict[str, str]) -> AttemptPage:
        """For each prompt (by its label text), pick the option with the given text."""
        for select in self.selects(position):
            label = self._label_for(select)
            for prompt, answer in pairs.items():
                if prompt in label:
                    options = [o for o in select.find_all("option") if o.get_text().strip() == answer]
                    assert options, f"No option {answer!r} for {prompt!r}"
                    self.data[select["name"]] = options[0]["value"]
        return self

    def order(self, position: int, texts: list[str]) -> AttemptPage:
        """Give each item (by its label text) its position in ``texts``, 1 first."""
        for select in self.selects(position):
            label = self._label_for(select)
            self.data[select["name"]] = str(texts.index(label) + 1)
        return self

    def form_data(self, **extra) -> dict:
        return {**self.data, **extra}

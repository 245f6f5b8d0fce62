"""The evidence guide's content: its steps as resources/guide/guide.json words them (Qt-free).

``core.guide`` reads it (``load_guide``) and says how complete a case is against it.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence_app.core.i18n import RESOURCES, current_language

GUIDE_PATH = RESOURCES / "guide" / "guide.json"

TOOLS = (
    "browser",
    "capture_screen",
    "record",
    "import",
    "fields",
    "narrative",
    "timestamp",
    "export",
)


@dataclass(frozen=True)
class Step:
    id: str
    tool: str
    optional: bool
    text: dict[str, dict[str, str]]  # part ("title", "what", "why", "basis") → language → text

    def get(self, part: str, lang: str | None = None) -> str:
        texts = self.text.get(part, {})
        return texts.get(lang or current_language()) or texts.get("en", "")

    def title(self, lang: str | None = None) -> str:
        return self.get("title", lang)


@dataclass(frozen=True)
class Guide:
    title: dict[str, str]
    narrative_location: dict[str, str]
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def title_in(self, lang: str | None = None) -> str:
        return self.title.get(lang or current_language()) or self.title.get("en", "")

"""Turning a hand's phrase banks into signal texts.

A template is Dutch text with `{slot}` placeholders filled from the hand's own slot fillers
(fillers may hold slots too). A template may start with a role mark: `c|` causing, `i|` involved,
`h|` asking_help, `a|` affected; unmarked theme templates get a role drawn from the usual mix.
Each hand wraps the core text in its own frame (prefixes, story around it, spelling noise).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

MAX_TEXT = 2000
ROLE_MARKS = {"a": "affected", "c": "causing", "i": "involved", "h": "asking_help"}
_SLOT = re.compile(r"\{(\w+)\}")
_DOUBLE_AL = re.compile(r"\b([Aa]l) al\b")
_UNMARKED_ROLES = ("affected", "involved", "asking_help")
_UNMARKED_WEIGHTS = (0.75, 0.12, 0.13)

Frame = Callable[[random.Random, str, str], str]
"""(rng, core text, source) -> framed text."""


@dataclass(frozen=True)
class Template:
    """A parsed template: literals at even positions, slot names at odd positions."""

    role: str | None
    parts: tuple[str, ...]


def parse(text: str) -> Template:
    """Split off the role mark and the slots of one template."""
    role = None
    if len(text) > 2 and text[1] == "|" and text[0] in ROLE_MARKS:
        role, text = ROLE_MARKS[text[0]], text[2:]
    return Template(role=role, parts=tuple(_SLOT.split(text)))


def slots_of(text: str) -> set[str]:
    """Slot names used in a template (for completeness checks)."""
    return set(_SLOT.findall(text))


@dataclass
class Hand:
    """One writer's phrase banks and frame."""

    name: str
    themes: Mapping[str, Sequence[str]]
    matters: Mapping[str, Mapping[str, Sequence[str]]]
    slots: Mapping[str, Sequence[str]]
    frame: Frame
    repeat_prefixes: Sequence[str]
    repeat_suffixes: Sequence[str]
    _cache: dict[str, Template] = field(default_factory=dict, repr=False)
    _plain_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def _template(self, text: str) -> Template:
        parsed = self._cache.get(text)
        if parsed is None:
            parsed = self._cache[text] = parse(text)
        return parsed

    def fill(self, rng: random.Random, text: str, depth: int = 0) -> str:
        """Fill every slot of `text` (fillers may contain slots, up to three levels)."""
        parts = self._template(text).parts
        if len(parts) == 1:
            return parts[0]
        out: list[str] = []
        for index, part in enumerate(parts):
            if index % 2 == 0:
                out.append(part)
            elif depth < 3:
                out.append(self.fill(rng, rng.choice(self.slots[part]), depth + 1))
        return "".join(out)

    def _finish(self, rng: random.Random, core: str, source: str) -> str:
        core = _DOUBLE_AL.sub(r"\1", core)  # "al {duur}" filled with "al drie weken"
        text = self.frame(rng, core, source).strip()
        return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 3].rstrip() + "..."

    def _plain(self, theme: str) -> Sequence[str]:
        """Templates of `theme` written by someone who just suffers it (unmarked or `a|`)."""
        if theme not in self._plain_cache:
            self._plain_cache[theme] = tuple(
                t for t in self.themes[theme] if self._template(t).role in (None, "affected")
            )
        return self._plain_cache[theme]

    def theme_text(
        self, rng: random.Random, theme: str, source: str, *, plain: bool = False
    ) -> tuple[str, str]:
        """A background text of `theme` and the role it implies (`plain`: affected only)."""
        template = rng.choice(self._plain(theme) if plain else self.themes[theme])
        role = self._template(template).role
        if role is None:
            role = rng.choices(_UNMARKED_ROLES, _UNMARKED_WEIGHTS)[0]
        return self._finish(rng, self.fill(rng, template), source), role

    def matter_text(
        self, rng: random.Random, matter: str, aspect: str, source: str
    ) -> tuple[str, str | None]:
        """A text about one aspect of a planted matter and its role mark (None: aspect's)."""
        template = rng.choice(self.matters[matter][aspect])
        role = self._template(template).role
        return self._finish(rng, self.fill(rng, template), source), role

    def repeat_variant(self, rng: random.Random, base: str) -> str:
        """The same complaint sent again by one reporter, lightly changed."""
        text = base
        if rng.random() < 0.5:
            text = rng.choice(self.repeat_prefixes) + text
        if rng.random() < 0.5:
            text = text.rstrip(".!") + rng.choice(self.repeat_suffixes)
        if rng.random() < 0.15:
            text = text.upper()
        return text[:MAX_TEXT]


class MixedHand:
    """A town written by several hands: who writes depends on where the signal came from."""

    name = "gemengd"

    def __init__(self, hands: Mapping[str, Hand]) -> None:
        self.hands = hands

    def pick(self, rng: random.Random, source: str) -> Hand:
        """Professionals write notes, callers tell stories, public reports come in messy."""
        if source in ("huisbezoek", "spreekuur", "corporatie", "politie", "school"):
            weights = {"kort": 0.8, "verhaal": 0.15, "rommelig": 0.05}
        elif source in ("telefoon", "overig"):
            weights = {"kort": 0.3, "verhaal": 0.5, "rommelig": 0.2}
        else:
            weights = {"kort": 0.3, "verhaal": 0.1, "rommelig": 0.6}
        names = sorted(weights)
        return self.hands[rng.choices(names, [weights[n] for n in names])[0]]

    def theme_text(
        self, rng: random.Random, theme: str, source: str, *, plain: bool = False
    ) -> tuple[str, str]:
        """See `Hand.theme_text`."""
        return self.pick(rng, source).theme_text(rng, theme, source, plain=plain)

    def matter_text(
        self, rng: random.Random, matter: str, aspect: str, source: str
    ) -> tuple[str, str | None]:
        """See `Hand.matter_text`."""
        return self.pick(rng, source).matter_text(rng, matter, aspect, source)

    def repeat_variant(self, rng: random.Random, base: str) -> str:
        """See `Hand.repeat_variant` (a repeated report keeps the reporter's hand)."""
        return self.hands["rommelig"].repeat_variant(rng, base)


Writer = Hand | MixedHand

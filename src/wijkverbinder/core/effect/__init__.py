"""Effect of a trajectory: the rate of signals of its theme at its place before and after a moment,
against matched comparison places (difference in differences, negative binomial; docs/effect.md)."""

from wijkverbinder.core.effect.estimate import estimate_effect, monday
from wijkverbinder.core.effect.model import EffectInput, EffectResult, PlaceSeries, WeekPoint

__all__ = ["EffectInput", "EffectResult", "PlaceSeries", "WeekPoint", "estimate_effect", "monday"]

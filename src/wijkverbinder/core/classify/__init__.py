"""Theme classifier: seed words on day one, learning from confirmed themes, abstaining when unsure.

See `wijkverbinder.core.classify.classifier` for the method.
"""

from wijkverbinder.core.classify.classifier import (
    DEFAULT_THRESHOLD,
    ThemeClassifier,
    ThemePrediction,
)

__all__ = ["DEFAULT_THRESHOLD", "ThemeClassifier", "ThemePrediction"]

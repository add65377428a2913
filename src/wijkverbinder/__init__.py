"""wijkverbinder: from individual signals to collective questions for Dutch neighbourhood teams."""

__version__ = "0.1.0"

"""Plain-Python analytics and rules of wijkverbinder.

Nothing in this package imports Django or the Django apps (an import-linter contract enforces it):
data comes in as plain values or dataclasses and goes out the same way.
"""

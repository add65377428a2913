"""Collective questions: groups of signals that share a theme, a place and a period, ranked against
each buurt's own baseline (detection in `core.detection`), decided on by the team."""

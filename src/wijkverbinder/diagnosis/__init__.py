"""App `diagnosis`: Kennisbank, Situatie bepalen (phase assessment of a wijk or buurt) and Advies.

The rules live in `wijkverbinder.core.diagnosis` and `wijkverbinder.core.advice`; this app stores
assessments (append-only history per area), scopes them to the team, and offers pages and an API.
"""

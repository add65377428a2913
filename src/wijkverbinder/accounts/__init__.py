"""Accounts: users, teams (wijkteams) and their areas, roles, and the team scoping of every read."""

"""Wijkanalyse: signals per 1,000 inhabitants on a map, trends per theme, reports and exports."""

"""Shared parts of the Django apps: base templates, audit log, API conventions, middleware."""

"""Intake: signals (individual questions, complaints, observations) recorded and imported by
professionals, with personal data redacted before storage."""

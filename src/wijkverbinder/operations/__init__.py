"""Operations: health and readiness, request logs without personal data, the task queue for the
administrator (issue 16). Used by `serve`, the WSGI entry point and the settings' LOGGING."""

"""SQLite backend of the embedded default that waits for the write lock instead of failing."""

"""The digital straattafel: residents vote on statements, the team sees what binds them (issue 14)."""

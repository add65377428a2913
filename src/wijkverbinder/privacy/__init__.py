"""The privacy lifecycle (AVG): retention, erasure and access per household, the officer's pages."""

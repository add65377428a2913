"""Tests of the evaluation towns in `benchmarks/towns` (stdlib and numpy only)."""

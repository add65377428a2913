"""Evaluation towns for collective-question detection, written apart from the detector.

`python -m benchmarks.towns.generate` writes a town (`signals.csv` in wijkverbinder's own CSV
import format plus `truth.json`); see `benchmarks/towns/README.md`. Standard library and numpy
only; nothing here imports `wijkverbinder`.
"""

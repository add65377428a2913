"""Every decision rule in decision_rules.yaml has a test whose docstring names it and its source."""

from __future__ import annotations

import re

import pytest

from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.core.tests import (
    test_advice_decision_rules,
    test_diagnosis_decision_rules,
    test_method_decision_rules,
)

MODULES = (test_advice_decision_rules, test_method_decision_rules, test_diagnosis_decision_rules)


def _rule_tests() -> dict[int, str]:
    found: dict[int, str] = {}
    for module in MODULES:
        for name in dir(module):
            match = re.match(r"test_rule_(\d\d)_", name)
            if match:
                found[int(match.group(1))] = getattr(module, name).__doc__ or ""
    return found


@pytest.mark.parametrize("number", range(1, 14))
def test_each_decision_rule_has_a_test_naming_its_source(number: int):
    rule = load_knowledge_base().rule(number)
    doc = _rule_tests().get(number, "")
    assert f"Beslisregel {number} " in doc
    assert rule.source_url in doc


def test_decision_rules_point_to_existing_modules():
    import importlib

    for rule in load_knowledge_base().decision_rules:
        for module in rule.implemented_in:
            importlib.import_module(module)

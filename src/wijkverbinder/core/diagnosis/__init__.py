"""Phase diagnosis ('Situatie bepalen'): questionnaire, rule engine and signal evidence.

Public API::

    QUESTIONS / questionnaire_definition() -> list[dict]
    diagnose(*, answers, signal_counts=None, knowledge=None) -> PhaseAssessmentResult
    DiagnosisError (code DIA001…DIA006, Dutch message)
"""

from wijkverbinder.core.diagnosis.answers import (
    DiagnosisAnswers,
    DiagnosisError,
    DiagnosisErrorCode,
    parse_answers,
)
from wijkverbinder.core.diagnosis.confidence import Confidence, ConfidenceLevel
from wijkverbinder.core.diagnosis.engine import PhaseAssessmentResult, diagnose
from wijkverbinder.core.diagnosis.evidence import SignalEvidence
from wijkverbinder.core.diagnosis.questionnaire import (
    QUESTIONS,
    AnswerOption,
    Question,
    questionnaire_definition,
)
from wijkverbinder.core.diagnosis.rules import WeighedObservation

__all__ = [
    "QUESTIONS",
    "AnswerOption",
    "Confidence",
    "ConfidenceLevel",
    "DiagnosisAnswers",
    "DiagnosisError",
    "DiagnosisErrorCode",
    "PhaseAssessmentResult",
    "Question",
    "SignalEvidence",
    "WeighedObservation",
    "diagnose",
    "parse_answers",
    "questionnaire_definition",
]

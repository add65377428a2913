"""Beheer of collective questions (read mostly; decisions go through the app)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from wijkverbinder.collective.models import CollectiveQuestion, Decision, DetectionRun


@admin.register(CollectiveQuestion)
class CollectiveQuestionAdmin(admin.ModelAdmin[CollectiveQuestion]):
    list_display = ("title", "team", "status", "score", "households", "stale", "detected_at")
    list_filter = ("team", "status", "stale")
    search_fields = ("title", "theme")
    raw_id_fields = ("signals", "merged_into", "split_from", "street", "neighbourhood")
    # free text is written only by the app, which redacts it first (never unredacted via beheer)
    readonly_fields = ("title", "decision_note", "examples")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin[Decision]):
    list_display = ("at", "question", "action", "by")
    list_filter = ("action",)
    raw_id_fields = ("question",)
    readonly_fields = ("note",)  # free text is written only by the app, which redacts it first

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(DetectionRun)
class DetectionRunAdmin(admin.ModelAdmin[DetectionRun]):
    list_display = (
        "started_at",
        "team",
        "signals",
        "found",
        "created",
        "updated",
        "stale",
        "seconds",
    )
    list_filter = ("team",)

"""The administrators' page for API keys: make one (shown once), see all, revoke one."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from wijkverbinder.accounts.models import ApiToken, User
from wijkverbinder.accounts.services import MAX_TOKEN_DAYS, create_token, revoke_token
from wijkverbinder.common.errors import DomainError


class TokenForm(forms.Form):
    """A new key: for whom, for which system, how long."""

    user = forms.ModelChoiceField(
        label=gettext_lazy("User"),
        queryset=User.objects.filter(is_active=True).order_by("username"),
    )
    name = forms.CharField(label=gettext_lazy("Name of the system"), max_length=100)
    days = forms.IntegerField(
        label=gettext_lazy("Days valid"), min_value=1, max_value=MAX_TOKEN_DAYS, initial=365
    )


@never_cache
@staff_member_required(login_url="accounts:login")  # type: ignore[untyped-decorator]
def tokens_page(request: HttpRequest) -> HttpResponse:
    """List, make and revoke API keys."""
    form = TokenForm(request.POST if request.POST.get("action") == "create" else None)
    key = ""
    if request.method == "POST" and request.POST.get("action") == "revoke":
        try:
            revoke_token(token_id=int(request.POST.get("token", "0")))
            messages.success(request, _("The key has been revoked."))
        except (DomainError, ValueError):
            messages.error(request, _("This key does not exist (any more)."))
        return redirect("accounts:tokens")
    if request.method == "POST" and form.is_valid():
        try:
            key = create_token(
                username=form.cleaned_data["user"].username,
                name=form.cleaned_data["name"],
                days=form.cleaned_data["days"],
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
    tokens = ApiToken.objects.select_related("user").order_by("user__username", "name")
    return render(request, "accounts/tokens.html", {"form": form, "key": key, "tokens": tokens})

"""Pages of the second log-in step: give the code, set up an authenticator app, recovery codes."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import match_token

from wijkverbinder.accounts import two_factor
from wijkverbinder.accounts.selectors import user_of


class CodeForm(forms.Form):
    """Six digits from the app, or a recovery code."""

    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text"}),
    )

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split()).lower()


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or "/"
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else "/"


@never_cache
@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """The second step of the log-in: a code from the app or a recovery code."""
    user = user_of(request)
    if not two_factor.has_authenticator(user):
        return redirect("accounts:two_factor")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next(request))
        form.add_error("code", _("This code is not right (or has been used). Try again."))
    return render(request, "accounts/verify.html", {"form": form, "next": _next(request)})


@never_cache
@login_required
def two_factor_settings(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app (QR code made here), or get new recovery codes."""
    user = user_of(request)
    if two_factor.has_authenticator(user):
        verified = user.is_verified()  # type: ignore[attr-defined]
        if request.method == "POST" and verified and request.POST.get("action") == "codes":
            codes = two_factor.new_recovery_codes(user=user)
            return render(request, "accounts/recovery_codes.html", {"codes": codes, "next": "/"})
        left = two_factor.recovery_codes_left(user)
        return render(request, "accounts/two_factor.html", {"enrolled": True, "left": left})
    device = two_factor.pending_app(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fresh = two_factor.confirm_app(user=user, device=device, code=form.cleaned_data["code"])
        if fresh is not None:
            otp_login(request, device)
            return render(
                request, "accounts/recovery_codes.html", {"codes": fresh, "next": _next(request)}
            )
        form.add_error(
            "code", _("This code is not right. Check the time on your phone and try again.")
        )
    context = {
        "enrolled": False,
        "form": form,
        "qr": two_factor.qr_code(device),
        "secret": two_factor.secret_text(device),
        "required": two_factor.requires_two_factor(user),
        "next": _next(request),
    }
    return render(request, "accounts/two_factor.html", context)

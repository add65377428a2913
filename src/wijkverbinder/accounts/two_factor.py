"""Two-factor log-in with TOTP (django-otp): who needs it, enrolment, recovery codes.

Coordinators, administrators (staff) and privacy officers must use a second factor when
`TWO_FACTOR_REQUIRED` is on (the default in production); everyone may. Once a user has a confirmed
authenticator app, every log-in asks for its code, whatever the setting. Recovery codes are
django-otp static tokens: ten single-use codes, shown once, for when the phone is lost.
"""

from __future__ import annotations

import base64
import secrets

import segno
from django.conf import settings
from django.db import transaction
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from wijkverbinder.accounts.facts import facts_of
from wijkverbinder.accounts.models import Membership, User

APP_DEVICE = "authenticator-app"
RECOVERY_DEVICE = "herstelcodes"
RECOVERY_CODES = 10
STRONG_ROLES = (Membership.Role.COORDINATOR, Membership.Role.ADMIN)


def requires_two_factor(user: User) -> bool:
    """Whether this user must log in with a second factor (see the module docstring)."""
    if not settings.TWO_FACTOR_REQUIRED:
        return False
    if user.is_staff or user.is_superuser:
        return True
    if user.has_perm("common.audit_accesslogentry"):
        return True
    facts = facts_of(user)
    if facts is not None:
        return bool(facts.roles & set(STRONG_ROLES))
    return user.memberships.filter(role__in=STRONG_ROLES).exists()


def has_authenticator(user: User) -> bool:
    """Whether the user has a confirmed authenticator app (or recovery codes)."""
    facts = facts_of(user)
    if facts is not None:
        return facts.has_device
    return bool(user_has_device(user, confirmed=True))


def pending_app(user: User) -> TOTPDevice:
    """The user's not yet confirmed authenticator app (made when missing), for the QR code."""
    device = TOTPDevice.objects.filter(user=user, name=APP_DEVICE, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE, confirmed=False)


def secret_text(device: TOTPDevice) -> str:
    """The device's secret in base32, in groups of four, for typing it in by hand."""
    raw = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def qr_code(device: TOTPDevice) -> str:
    """The `otpauth://` link of the device as an SVG QR code (a data URI, made here, no service)."""
    data_uri: str = segno.make(device.config_url, error="m").svg_data_uri(scale=5)
    return data_uri


@transaction.atomic
def confirm_app(*, user: User, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the app with a code from it; returns fresh recovery codes, or None if the code is
    wrong. An older confirmed app of the user is replaced."""
    if device.user_id != user.pk or not device.verify_token("".join(code.split())):
        return None
    TOTPDevice.objects.filter(user=user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(user=user)


@transaction.atomic
def new_recovery_codes(*, user: User) -> list[str]:
    """Ten new single-use recovery codes; earlier ones stop working."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE)
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    device.token_set.all().delete()
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=c) for c in codes])
    return codes


def recovery_codes_left(user: User) -> int:
    """How many unused recovery codes the user has."""
    left: int = StaticToken.objects.filter(
        device__user=user, device__name=RECOVERY_DEVICE, device__confirmed=True
    ).count()
    return left


@transaction.atomic
def reset_two_factor(*, user: User) -> int:
    """Remove all of a user's second factors (an administrator does this when a phone is lost)."""
    count = 0
    for device in devices_for_user(user, confirmed=None):
        device.delete()
        count += 1
    return count

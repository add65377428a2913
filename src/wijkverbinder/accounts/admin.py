"""Django admin (beheer) for users and teams."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wijkverbinder.accounts.models import ApiToken, Membership, Team, User
from wijkverbinder.accounts.two_factor import reset_two_factor


class MembershipInline(admin.TabularInline[Membership, Team]):
    model = Membership
    extra = 0
    autocomplete_fields = ("user",)


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin[Team]):
    list_display = ("name", "municipality")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("districts", "neighbourhoods")
    inlines = (MembershipInline,)


@admin.register(User)
class WijkverbinderUserAdmin(UserAdmin[User]):
    """Users; an administrator sets a new password on the user's page ("wachtwoord wijzigen", with
    the same password rules) and resets two-step verification with the action below."""

    actions = ("reset_two_factor",)

    @admin.action(description=_("Reset two-step verification (lost phone)"))
    def reset_two_factor(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        for user in queryset:
            reset_two_factor(user=user)
        count = queryset.count()
        self.message_user(
            request,
            ngettext(
                "Two-step verification reset for %(count)d user.",
                "Two-step verification reset for %(count)d users.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    """API keys: read and revoke here; make new ones on the API-keys page (shown once)."""

    list_display = ("name", "user", "prefix", "expires_at", "last_used_at")
    search_fields = ("name", "user__username")
    readonly_fields = ("user", "name", "prefix", "created_at", "expires_at", "last_used_at")
    exclude = ("digest",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ApiToken | None = None) -> bool:
        return False


admin.site.site_header = "wijkverbinder – beheer"
admin.site.site_title = "wijkverbinder"

"""Django admin (beheer) for users and teams."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from wijkverbinder.accounts.models import Membership, Team, User


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


admin.site.register(User, UserAdmin)
admin.site.site_header = "wijkverbinder – beheer"
admin.site.site_title = "wijkverbinder"

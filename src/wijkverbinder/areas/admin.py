"""Django admin (beheer) for areas."""

from django.contrib import admin

from wijkverbinder.areas.models import Address, District, Municipality, Neighbourhood, Street


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin[Municipality]):
    list_display = ("name", "code", "year")
    search_fields = ("name", "code")


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin[District]):
    list_display = ("name", "code", "year", "municipality", "population")
    list_filter = ("year", "municipality")
    search_fields = ("name", "code")
    exclude = ("geometry",)


class StreetInline(admin.TabularInline[Street, Neighbourhood]):
    model = Street
    extra = 0


@admin.register(Neighbourhood)
class NeighbourhoodAdmin(admin.ModelAdmin[Neighbourhood]):
    list_display = ("name", "code", "local_code", "year", "district", "population")
    list_filter = ("year", "district")
    search_fields = ("name", "code")
    exclude = ("geometry",)
    inlines = (StreetInline,)


@admin.register(Address)
class AddressAdmin(admin.ModelAdmin[Address]):
    list_display = ("postcode", "house_number", "addition", "street")
    search_fields = ("postcode", "street__name")
    raw_id_fields = ("street",)

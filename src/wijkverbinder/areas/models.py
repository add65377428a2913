"""CBS areas: municipality (gemeente), district (wijk), neighbourhood (buurt), and streets.

Codes are strings (letters occur since 2022) and always stored with their boundary year, because
codes and boundaries change yearly. Geometries are GeoJSON in WGS84, kept as JSON (no GDAL/PostGIS).
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    """A gemeente (CBS code GM0000)."""

    code = models.CharField(_("CBS code"), max_length=10)
    name = models.CharField(_("name"), max_length=100)
    year = models.PositiveSmallIntegerField(_("boundary year"))

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering: ClassVar[list[str]] = ["name"]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["code", "year"], name="municipality_code_year_unique")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code}, {self.year})"


class District(models.Model):
    """A wijk (CBS code WK000000)."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="districts",
    )
    code = models.CharField(_("CBS code"), max_length=10)
    name = models.CharField(_("name"), max_length=100)
    year = models.PositiveSmallIntegerField(_("boundary year"))
    geometry = models.JSONField(_("geometry (GeoJSON)"), null=True, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta:
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering: ClassVar[list[str]] = ["name"]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["code", "year"], name="district_code_year_unique")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Neighbourhood(models.Model):
    """A buurt (CBS code BU00000000), the smallest area."""

    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="neighbourhoods",
    )
    code = models.CharField(_("CBS code"), max_length=10)
    local_code = models.CharField(
        _("municipality's own code"),
        max_length=20,
        blank=True,
        db_index=True,
        help_text=_("The code the municipality itself uses (Amsterdam: AA01), if it has one."),
    )
    name = models.CharField(_("name"), max_length=100)
    year = models.PositiveSmallIntegerField(_("boundary year"))
    geometry = models.JSONField(_("geometry (GeoJSON)"), null=True, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    centroid_lat = models.FloatField(_("latitude of centre"), null=True, blank=True)
    centroid_lon = models.FloatField(_("longitude of centre"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("neighbourhood")
        verbose_name_plural = _("neighbourhoods")
        ordering: ClassVar[list[str]] = ["name"]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["code", "year"], name="neighbourhood_code_year_unique")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Street(models.Model):
    """A street (openbare ruimte) within a buurt. A long street may lie in several buurten."""

    neighbourhood = models.ForeignKey(
        Neighbourhood,
        verbose_name=_("neighbourhood"),
        on_delete=models.CASCADE,
        related_name="streets",
    )
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("street")
        verbose_name_plural = _("streets")
        ordering: ClassVar[list[str]] = ["name"]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(
                fields=["neighbourhood", "name"], name="street_unique_per_neighbourhood"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Address(models.Model):
    """An address the municipality imported (e.g. from the BAG or the CBS pc6-huisnummer table):
    postcode + house number → street and buurt. Used to place a signal; never stored on it."""

    postcode = models.CharField(_("postcode"), max_length=6, db_index=True)
    house_number = models.PositiveIntegerField(_("house number"))
    addition = models.CharField(_("house letter or addition"), max_length=10, blank=True)
    street = models.ForeignKey(
        Street, verbose_name=_("street"), on_delete=models.CASCADE, related_name="addresses"
    )
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)

    class Meta:
        verbose_name = _("address")
        verbose_name_plural = _("addresses")
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(
                fields=["postcode", "house_number", "addition"], name="address_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.street.name} {self.number_text}, {self.postcode}"

    @property
    def number_text(self) -> str:
        """`105`, `105A`, `105-1` (an addition starting with a digit gets a hyphen)."""
        joint = "-" if self.addition[:1].isdigit() else ""
        return f"{self.house_number}{joint}{self.addition}"

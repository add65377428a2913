"""A public id for an import (issue 10, item 7): the import's page is named by a uuid, not by the
integer counter shared by all teams. Existing imports get a fresh uuid each."""

import uuid

from django.db import migrations, models


def fill(apps, schema_editor):
    model = apps.get_model("intake", "signalimport")
    rows = list(model.objects.only("pk"))
    for row in rows:
        row.uuid = uuid.uuid4()
    model.objects.bulk_update(rows, ["uuid"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("intake", "0002_background_imports")]

    operations = [
        migrations.AddField(
            model_name="signalimport",
            name="uuid",
            field=models.UUIDField(null=True, editable=False, verbose_name="public id"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="signalimport",
            name="uuid",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="public id"
            ),
        ),
    ]

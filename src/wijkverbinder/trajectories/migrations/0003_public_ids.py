"""Public UUIDs for the records of a trajectory (issue 10, item 7): stakeholders, contacts,
meetings, agreements, check-ins and events are named in URLs by a uuid, never by the integer
counter shared by all teams. Existing rows get a fresh uuid each."""

import uuid

from django.db import migrations, models

KINDS = [
    ("started", "Trajectory started"),
    ("step_changed", "Next step"),
    ("impartiality", "Impartiality check recorded"),
    ("stakeholder", "Stakeholder added"),
    ("contact", "Contact logged"),
    ("meeting", "Meeting recorded"),
    ("straattafel", "Straattafel closed with results"),
    ("agreement", "Agreement made"),
    ("agreement_status", "Agreement changed"),
    ("check_in_planned", "Check-in scheduled"),
    ("check_in_held", "Check-in held"),
    ("escalated", "Intervention level changed"),
    ("handed_over", "Handed over to residents"),
    ("closed", "Trajectory closed"),
    ("corrected", "Record corrected"),
    ("removed", "Record removed"),
]
MODELS = ("stakeholder", "contact", "meeting", "agreement", "checkin", "trajectoryevent")


def fill(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("trajectories", name)
        rows = list(model.objects.only("pk"))
        for row in rows:
            row.uuid = uuid.uuid4()
        model.objects.bulk_update(rows, ["uuid"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("trajectories", "0002_alter_trajectoryevent_kind")]

    operations = [
        *(
            migrations.AddField(
                model_name=name,
                name="uuid",
                field=models.UUIDField(null=True, editable=False, verbose_name="public id"),
            )
            for name in MODELS
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="trajectoryevent",
            name="kind",
            field=models.CharField(choices=KINDS, max_length=20, verbose_name="kind"),
        ),
        *(
            migrations.AlterField(
                model_name=name,
                name="uuid",
                field=models.UUIDField(
                    default=uuid.uuid4, editable=False, unique=True, verbose_name="public id"
                ),
            )
            for name in MODELS
        ),
    ]

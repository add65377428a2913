"""The group "Functionaris gegevensbescherming": may search the access log and answer requests."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Functionaris gegevensbescherming"
PERMISSIONS = [("common", "audit_accesslogentry"), ("privacy", "handle_subject_requests")]


def make_group(apps, schema_editor):
    for label in ("common", "privacy"):
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _created = group_model.objects.get_or_create(name=GROUP)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            permission_model.objects.get(content_type__app_label=app_label, codename=codename)
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_initial"),
        ("common", "0003_access_log_guard"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(make_group, remove_group)]

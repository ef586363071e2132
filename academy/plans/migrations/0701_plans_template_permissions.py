from django.db import migrations

GROUPS = ("Course authors",)
CODENAMES = ("add_plantemplate", "change_plantemplate", "delete_plantemplate", "view_plantemplate")


def grant(apps, schema_editor):
    """Authors edit the 100-day plan templates in the Wagtail admin."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="plans", model="plantemplate")
    for codename in CODENAMES:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        for name in GROUPS:
            group, _ = Group.objects.get_or_create(name=name)
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("plans", "0700_plans_initial"), ("courses", "0003_authoring_groups_and_workflow")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

from django.db import migrations

LEADS_GROUP = "Cohort leads"
PERMISSIONS = {
    "lead_cohorts": "Can create cohorts and lead them",
    "manage_all_cohorts": "Can see and manage every cohort",
}


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="cohorts", model="cohort")
    permissions = {
        codename: Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in PERMISSIONS.items()
    }
    group, _ = Group.objects.get_or_create(name=LEADS_GROUP)
    group.permissions.add(permissions["lead_cohorts"])


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]

from django.db import migrations

GROUPS = ("Course authors", "Course reviewers")
CODENAMES = {
    "question": ("add_question", "change_question", "delete_question", "view_question"),
    "questioncategory": ("add_questioncategory", "change_questioncategory", "view_questioncategory"),
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, codenames in CODENAMES.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="assessments", model=model)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
            )
            for name in GROUPS:
                group, _ = Group.objects.get_or_create(name=name)
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("assessments", "0001_initial"), ("courses", "0003_authoring_groups_and_workflow")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

from django.db import migrations


def create_authoring_setup(apps, schema_editor):
    from courses.authoring import ensure_authoring_setup

    ensure_authoring_setup(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_course_pages"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_authoring_setup, migrations.RunPython.noop)]

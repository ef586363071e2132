from django.db import migrations, models
from django.db.models.functions import Coalesce, Greatest


def backfill(apps, schema_editor):
    """Existing rows: the latest of enrolment, activity and completion (not this migration's time)."""
    apps.get_model("courses", "Enrolment").objects.update(
        updated_at=Greatest(
            "enrolled_at", Coalesce("last_activity_at", "enrolled_at"), Coalesce("completed_at", "enrolled_at")
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0100_hb_image_alt_text_and_video_embed"),
    ]

    operations = [
        migrations.AddField(
            model_name="enrolment",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, db_index=True),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]

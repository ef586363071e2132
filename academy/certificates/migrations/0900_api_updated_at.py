from django.db import migrations, models
from django.db.models.functions import Coalesce, Greatest


def backfill(apps, schema_editor):
    """Existing rows: the later of issue and the last status change (not this migration's time)."""
    apps.get_model("certificates", "Certificate").objects.update(
        updated_at=Greatest("issued_at", Coalesce("status_changed_at", "issued_at"))
    )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_certificate_design"),
    ]

    operations = [
        migrations.AddField(
            model_name="certificate",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, db_index=True),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]

from django.db import migrations, models
from django.db.models import F


def backfill(apps, schema_editor):
    """Existing rows: the account's creation (sign-ins are not changes) (not this migration's time)."""
    apps.get_model("accounts", "User").objects.update(updated_at=F("date_joined"))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_h13b_outgoing_email"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, db_index=True),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0002_cohort_leads_group"),
    ]

    operations = [
        migrations.AlterField(
            model_name="cohort",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, db_index=True),
        ),
    ]

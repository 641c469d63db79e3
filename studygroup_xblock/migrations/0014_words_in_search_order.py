from django.db import migrations, models


def place_every_group(apps, schema_editor):
    """Each group's words take its place in the search's order."""
    from studygroup_xblock.api.tallies import sort_key

    groups = apps.get_model("studygroup", "StudyGroup").objects.values_list("pk", "school_name", "city")
    words = apps.get_model("studygroup", "GroupWord").objects
    for pk, school_name, city in groups.iterator():
        words.filter(group_id=pk).update(sort_key=sort_key(school_name, city))


class Migration(migrations.Migration):
    dependencies = [
        ("studygroup", "0013_case_sensitive_usage_keys"),
    ]

    operations = [
        migrations.AddField(
            model_name="groupword",
            name="sort_key",
            field=models.CharField(default="", max_length=100),
        ),
        migrations.RunPython(place_every_group, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="groupword",
            index=models.Index(fields=["course_key", "word", "sort_key", "group"], name="sg_word_in_order"),
        ),
        migrations.RemoveIndex(
            model_name="groupword",
            name="sg_word",
        ),
    ]

import pytest
from django.core.files.storage import storages

pytestmark = pytest.mark.django_db(transaction=False)


def test_liveness_answers_without_touching_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readiness_checks_the_database_cache_and_every_storage(client, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "cohort_exports": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": tmp_path}},
    }
    response = client.get("/health/ready?format=json")
    assert response.status_code == 200, response.content
    checks = response.json()
    assert set(checks.values()) == {"OK"}
    names = " ".join(checks)
    assert "Database" in names and "Cache" in names
    assert "Storage(alias='certificates')" in names and "Storage(alias='cohort_exports')" in names


def test_readiness_fails_and_names_the_storage_that_cannot_be_written(client, settings, tmp_path):
    unwritable = tmp_path / "file-not-directory"
    unwritable.write_text("x")
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": unwritable}},
    }
    storages._storages.pop("certificates", None)
    response = client.get("/health/ready?format=json")
    assert response.status_code == 500
    assert response.json()["Storage(alias='certificates')"] != "OK"

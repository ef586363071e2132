from django.urls import path

from academy.privacy import views

app_name = "privacy"
urlpatterns = [
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/prepare/", views.request_my_data, name="request_my_data"),
    path("my-data/<int:export_id>/download/", views.download_my_data, name="download_my_data"),
    path("delete/", views.delete_account, name="delete_account"),
    path("deleted/", views.account_deleted, name="account_deleted"),
]

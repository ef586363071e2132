from django.urls import path

from academy.certificates import views

app_name = "certificates"

urlpatterns = [
    path("", views.certificate_list, name="list"),
    path("verify/", views.verify, name="verify"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path("issuer/", views.issuer, name="issuer"),
    path("issuer/keys/<str:thumbprint>/", views.issuer_key, name="issuer_key"),
    path("issuer/jwks.json", views.jwks, name="issuer_jwks"),
    path("achievements/<int:course_id>/image.png", views.achievement_image, name="achievement_image"),
    path("achievements/<int:course_id>/", views.achievement, name="achievement"),
    path("status/<int:list_number>/", views.status_list, name="status_list"),
    path("<str:code>/certificate.pdf", views.certificate_pdf, name="pdf"),
    path("<str:code>/badge.json", views.certificate_badge, {"kind": "json"}, name="badge"),
    path("<str:code>/badge.jwt", views.certificate_badge, {"kind": "jwt"}, name="badge_jwt"),
    path("<str:code>/badge.png", views.certificate_badge, {"kind": "png"}, name="badge_png"),
    path("<str:code>/badge.svg", views.certificate_badge, {"kind": "svg"}, name="badge_svg"),
    path("<str:code>/start-again/", views.start_again, name="start_again"),
]

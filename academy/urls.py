from allauth.account.decorators import secure_admin_login
from allauth.socialaccount.models import SocialApp, SocialToken
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from academy.api.api import api
from academy.certificates import views as certificate_views
from academy.core import views
from courses import views as course_views

# Django admin sign-in goes through allauth too (rate limits and two-factor authentication).
admin.site.login = secure_admin_login(admin.site.login)
# Single sign-on is set up as "Organisation identity providers" (academy.accounts): allauth's own app and token
# tables are not used, so they are not offered.
for _model in (SocialApp, SocialToken):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # The Wagtail admin's own sign-in form would skip allauth's rate limits and two-factor check: send people to
    # the site's sign-in instead (WAGTAILADMIN_LOGIN_URL does the same for pages that need a signed-in user).
    path(
        "admin/login/", RedirectView.as_view(url="/accounts/login/", query_string=True), name="wagtail_login_redirect"
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("academy.accounts.urls")),
    path("accounts/", include("academy.privacy.urls")),
    path("accounts/", include("allauth.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("health/", include("academy.operations.urls")),
    path("search/", course_views.search, name="search"),
    path("cohorts/", include("academy.cohorts.urls")),
    path("", include("academy.events.urls")),  # the lead's /cohorts/<id>/sessions/ and the learner's /sessions/
    path("certificates/", include("academy.certificates.urls")),
    path("api/v1/", api.urls),
    path(".well-known/jwks.json", certificate_views.jwks, name="jwks"),
    path("plans/", include("academy.plans.urls")),
    path("my-learning/", include("courses.urls")),
    path("quizzes/", include("assessments.urls")),
    path("xapi/", include("academy.records.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    urlpatterns += [
        path("_errors/<int:status>/", views.error_preview),
    ]

urlpatterns += [path("", include(wagtail_urls))]

handler400 = "academy.core.views.bad_request"
handler403 = "academy.core.views.permission_denied"
handler404 = "academy.core.views.page_not_found"
handler429 = "academy.core.views.too_many_requests"  # allauth's rate limits answer with this
handler500 = "academy.core.views.server_error"

from wagtail.users.apps import WagtailUsersAppConfig


class AcademyUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with this project's profile fields."""

    user_viewset = "academy.accounts.wagtail_users.AcademyUserViewSet"

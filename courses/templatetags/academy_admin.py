"""Admin template tags: bulk actions offered only to people who may take them."""

from django import template
from django.urls import reverse
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.permission_policies.pages import PagePermissionPolicy

register = template.Library()

# Page bulk actions and the page permission each needs anywhere in the tree. Wagtail offers them all and refuses
# the pages the person may not act on only after they confirm. (Delete and move stay: authors may delete or move
# their own pages that were never published.)
PAGE_ACTION_PERMISSIONS = {"publish": "publish", "unpublish": "publish"}


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def permitted_bulk_action_choices(context, app_label, model_name):
    choices = bulk_action_choices(context, app_label, model_name)
    request = context.get("request")
    if app_label != "wagtailcore" or model_name != "page" or request is None:
        return choices
    policy = PagePermissionPolicy()
    refused = {
        reverse("wagtail_bulk_action", args=[app_label, model_name, action])
        for action, permission in PAGE_ACTION_PERMISSIONS.items()
        if not policy.user_has_permission(request.user, permission)
    }
    buttons = []
    for button in choices["buttons"]:
        if getattr(button, "dropdown_buttons", None) is not None:
            button.dropdown_buttons = [b for b in button.dropdown_buttons if b.url not in refused]
            if not button.dropdown_buttons:
                continue
        elif button.url in refused:
            continue
        buttons.append(button)
    return {**choices, "buttons": buttons}

"""The authoring set-up: the "Course authors" and "Course reviewers" groups and the "Course review" workflow.

Written against an app registry so that the data migration (historical models) and tests (real models) share it.
Authors draft and submit; only a member of "Course reviewers" approves, which publishes the page.
"""

from django.apps import apps as global_apps

AUTHORS = "Course authors"
REVIEWERS = "Course reviewers"
WORKFLOW_NAME = "Course review"
TASK_NAME = "Approval by a course reviewer"

AUTHOR_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page")
REVIEWER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = {
    "image": ("add_image", "change_image", "choose_image"),
    "document": ("add_document", "change_document", "choose_document"),
}


def _permission(apps, app_label: str, model: str, codename: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return permission


def ensure_authoring_setup(apps=global_apps) -> None:
    """Create or repair the groups, their permissions and the review workflow on the root page. Idempotent."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")

    groups = {}
    for name, page_permissions in ((AUTHORS, AUTHOR_PAGE_PERMISSIONS), (REVIEWERS, REVIEWER_PAGE_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups[name] = group
        if root_page is not None:
            for codename in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_permission(apps, "wagtailcore", "page", codename)
                )
        if root_collection is not None:
            for app_label, model, codenames in (
                ("wagtailimages", "image", MEDIA_PERMISSIONS["image"]),
                ("wagtaildocs", "document", MEDIA_PERMISSIONS["document"]),
            ):
                for codename in codenames:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=_permission(apps, app_label, model, codename),
                    )

    _ensure_workflow(apps, reviewers=groups[REVIEWERS], root_page=root_page)


def _ensure_workflow(apps, *, reviewers, root_page) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set([reviewers])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

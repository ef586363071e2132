"""Edit-form panels for the question bank."""

from wagtail.admin.panels import Panel

from assessments.versions import version_notice


class VersionNoticePanel(Panel):
    """Before saving, says whether the edit updates the latest version or creates a new one (learners attempted it),
    with links to the question's versions and its preview."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "assessments/admin/version_notice.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["notice"] = version_notice(question=self.instance)
            context["question"] = self.instance
            return context

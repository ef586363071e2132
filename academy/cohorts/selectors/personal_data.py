"""A learner's cohort memberships, for their data download (academy.privacy)."""

from academy.cohorts.models import Membership


def learner_records(*, user) -> dict[str, list[dict]]:
    memberships = Membership.objects.filter(user=user).select_related("cohort").order_by("joined_at", "pk")
    return {
        "cohort_memberships": [
            {
                "cohort": membership.cohort.name,
                "joined_at": membership.joined_at,
                "how": membership.get_source_display(),
            }
            for membership in memberships
        ]
    }

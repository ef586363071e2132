from academy.cohorts.models.cohorts import Cohort, CohortCourse, Membership
from academy.cohorts.models.exports import Export, export_storage
from academy.cohorts.models.invitations import Invitation, InvitationBatch
from academy.cohorts.models.reminders import DigestLog, ReminderLog, ReminderPreference

__all__ = [
    "Cohort",
    "CohortCourse",
    "DigestLog",
    "Export",
    "Invitation",
    "InvitationBatch",
    "Membership",
    "ReminderLog",
    "ReminderPreference",
    "export_storage",
]

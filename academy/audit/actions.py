"""What the audit log records: one constant per privileged action, and the words the admin shows for it.

Other apps call ``academy.audit.services.record(actions.X, ...)`` with these names; an action's name never changes
once written, so searches and exports stay comparable over the years.
"""

STAFF_SIGN_IN = "staff.sign_in"
ROLES_CHANGED = "user.roles_changed"
PROGRESS_RESET = "progress.reset"
CERTIFICATE_REVOKED = "certificate.revoked"
CERTIFICATE_REISSUED = "certificate.reissued"
COHORT_EXPORTED = "export.cohort"
AUDIT_EXPORTED = "export.audit_log"
MY_DATA_REQUESTED = "my_data.requested"
MY_DATA_DOWNLOADED = "my_data.downloaded"
ACCOUNT_DELETED = "account.deleted"
INACTIVE_ACCOUNT_DELETED = "account.deleted_inactive"
COURSE_IMPORTED = "import.course"
QUESTIONS_IMPORTED = "import.questions"
# Single sign-on: the SSO work records a change to an identity provider's configuration under this name.
SSO_CONFIGURATION_CHANGED = "sso.configuration_changed"
AUDIT_PURGED = "audit.purged"

LABELS = {
    STAFF_SIGN_IN: "Staff member signed in",
    ROLES_CHANGED: "Roles changed",
    PROGRESS_RESET: "Progress reset",
    CERTIFICATE_REVOKED: "Certificate revoked",
    CERTIFICATE_REISSUED: "Certificate reissued",
    COHORT_EXPORTED: "Cohort report exported",
    AUDIT_EXPORTED: "Audit log exported",
    MY_DATA_REQUESTED: "Personal data download prepared",
    MY_DATA_DOWNLOADED: "Personal data downloaded",
    ACCOUNT_DELETED: "Account deleted by its owner",
    INACTIVE_ACCOUNT_DELETED: "Inactive account deleted",
    COURSE_IMPORTED: "Course imported",
    QUESTIONS_IMPORTED: "Questions imported",
    SSO_CONFIGURATION_CHANGED: "Single sign-on settings changed",
    AUDIT_PURGED: "Old audit entries removed",
}


def label(action: str) -> str:
    return LABELS.get(action, action)

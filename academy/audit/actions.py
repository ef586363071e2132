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
SSO_SIGN_IN_REFUSED = "sso.sign_in_refused"
API_TOKEN_CREATED = "api.token_created"  # noqa: S105 (an action name, not a secret)
API_TOKEN_CHANGED = "api.token_changed"  # noqa: S105
API_TOKEN_REVOKED = "api.token_revoked"  # noqa: S105
API_PERSONAL_DATA_READ = "api.personal_data_read"
LRS_ENDPOINT_CHANGED = "records.lrs_endpoint_changed"
STATEMENTS_RESENT = "records.statements_resent"
LEARNER_REMOVED_FROM_COHORT = "cohort.learner_removed"

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
    SSO_SIGN_IN_REFUSED: "Single sign-on refused",
    API_TOKEN_CREATED: "API token created",
    API_TOKEN_CHANGED: "API token changed",
    API_TOKEN_REVOKED: "API token revoked",
    API_PERSONAL_DATA_READ: "Personal data read through the API",
    LRS_ENDPOINT_CHANGED: "Learning record store settings changed",
    STATEMENTS_RESENT: "Learning records sent again",
    LEARNER_REMOVED_FROM_COHORT: "Learner removed from a cohort",
}


def label(action: str) -> str:
    return LABELS.get(action, action)

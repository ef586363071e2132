"""Everything that changes cohorts: views, admin actions, tasks and commands all call these functions."""


class CohortError(Exception):
    """A cohort rule was broken; the message is fit to show to the person."""

"""A learner's attempt at a quiz: its fixed selection of question versions, saved responses and grades."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class Attempt(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        AWAITING_MARKING = "marking", "Awaiting marking"
        SUBMITTED = "submitted", "Submitted"

    quiz = models.ForeignKey("assessments.QuizPage", on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    number = models.PositiveSmallIntegerField()
    state = models.CharField(max_length=12, choices=State.choices, default=State.IN_PROGRESS)
    seed = models.BigIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    closed_by_time_limit = models.BooleanField(default=False)
    score = models.DecimalField(max_digits=8, decimal_places=4, null=True, blank=True)
    max_score = models.DecimalField(max_digits=8, decimal_places=4, default=0)
    percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["quiz_id", "user_id", "number"]
        permissions = [("mark_attempt", "Can mark essay answers in any quiz")]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "user", "number"], name="attempt_unique_number"),
            models.UniqueConstraint(
                fields=["quiz", "user"], condition=Q(state="in_progress"), name="attempt_one_open_per_learner_and_quiz"
            ),
        ]

    def __str__(self) -> str:
        return f"Attempt {self.number} at {self.quiz_id} by {self.user_id}"

    @property
    def is_open(self) -> bool:
        return self.state == self.State.IN_PROGRESS

    @property
    def is_awaiting_marking(self) -> bool:
        return self.state == self.State.AWAITING_MARKING


class AttemptQuestion(models.Model):
    """One question in an attempt: the version used, display seed, saved response and, once graded, its grade."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    version = models.ForeignKey(
        "assessments.QuestionVersion", on_delete=models.PROTECT, related_name="attempt_questions"
    )
    seed = models.BigIntegerField()
    shuffle = models.BooleanField(default=True)
    max_mark = models.DecimalField(max_digits=6, decimal_places=2, default=1)
    response = models.JSONField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    fraction = models.FloatField(null=True, blank=True)
    mark = models.DecimalField(max_digits=8, decimal_places=4, null=True, blank=True)
    grade_state = models.CharField(max_length=20, blank=True)
    feedback = models.JSONField(default=list, blank=True)
    right_answer = models.TextField(blank=True)
    # Set when a person marks the answer (essays): who, when, and their comment to the learner (plain text).
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(null=True, blank=True)
    marker_comment = models.TextField(blank=True)

    class Meta:
        ordering = ["attempt_id", "position"]
        constraints = [models.UniqueConstraint(fields=["attempt", "position"], name="attempt_question_unique")]

    def __str__(self) -> str:
        return f"Q{self.position} of {self.attempt_id}"

    @property
    def display_spec(self) -> dict:
        """The version's spec with the quiz's choice-shuffle setting applied."""
        spec = dict(self.version.spec)
        if not self.shuffle and "shuffle" in spec:
            spec["shuffle"] = False
        return spec

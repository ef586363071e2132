"""Redis restarted while learners submit quizzes and a lead sends invitations: every request is answered (stored, or
the 'try again' page, never a 500), no submission is lost or doubled, and every queued email goes out exactly once.

The web node and worker run against a Redis of the test's own (cache, sessions and broker), never the machine's."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.urls import reverse

from academy.accounts.models import OutgoingEmail
from academy.accounts.tasks import send_pending_emails
from academy.cohorts.models import Invitation
from assessments.models import Attempt
from assessments.services.attempts import start_attempt
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.academy.cohorts.factories import make_cohort, make_lead
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course
from tests.production.topology import Browser, Node, RedisServer, Worker, broker, emails
from tests.worker import wait_for

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]
LEARNERS = 8
OUTAGE_SECONDS = 1.5


@pytest.fixture
def own_redis(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def on_own_redis(topology, own_redis, tmp_path):
    """A web node and a worker whose cache, sessions and broker are ``own_redis``."""
    email_dir = tmp_path / "emails"
    email_dir.mkdir()
    env = {
        **topology.env,
        "REDIS_URL": own_redis.url(0),
        "REDIS_CACHE_URL": own_redis.url(1),
        "EMAIL_FILE_PATH": str(email_dir),
    }
    node = Node("redis-node", env)
    worker = Worker(env, name="redis-worker")
    yield type("OnOwnRedis", (), {"node": node, "env": env, "email_dir": email_dir})
    worker.stop()
    node.stop()


def answered_clearly(response, *, success: int) -> bool:
    if response.status_code == success:
        return True
    return response.status_code == 503 and "Try again in a minute" in response.text


def test_a_redis_restart_loses_no_submission_and_no_email(on_own_redis, own_redis):
    node = on_own_redis.node
    course = make_course(modules=1, lessons=1, slug="redis-restart")
    quiz = make_quiz(course.get_children().first(), questions=[make_question("true_false")], slug="restart-quiz")
    lead = make_lead()
    cohort = make_cohort(courses=[course], leads=[lead])
    learners = []
    for _ in range(LEARNERS):
        user = UserFactory()
        attempt = start_attempt(user=user, quiz=quiz)
        browser = Browser()
        browser.sign_in(node, user.email, PASSWORD)
        learners.append((browser, attempt))
    lead_browser = Browser()
    lead_browser.sign_in(node, lead.email, PASSWORD)
    invite_path = reverse("cohorts:invite_emails", args=[cohort.pk])

    def submit(learner):
        browser, attempt = learner
        return browser.post(node, reverse("assessments:submit", args=[attempt.pk]))

    def invite(batch: str):
        addresses = ", ".join(f"{batch}{n}@council.gov.uk" for n in range(3))
        return lead_browser.post(node, invite_path, {"emails": addresses})

    own_redis.stop()
    # While Redis is down: sessions come from the database, and the emails wait in the outbox.
    down = [submit(learner) for learner in learners[: LEARNERS // 2]]
    invited_while_down = invite("down")
    # Redis comes back while the other half are submitting and the lead invites again.
    restart = threading.Timer(OUTAGE_SECONDS, own_redis.start)
    restart.start()
    with ThreadPoolExecutor(max_workers=LEARNERS // 2 + 1) as pool:
        across = list(pool.map(submit, learners[LEARNERS // 2 :]))
        invited_across = pool.submit(invite, "across").result()
    restart.join()

    responses = [*down, *across]
    assert all(answered_clearly(response, success=302) for response in responses), [r.status_code for r in responses]
    assert invited_while_down.status_code == 302  # the outbox took the emails
    assert answered_clearly(invited_across, success=302)
    for (browser, attempt), response in zip(learners, responses, strict=True):
        if response.status_code == 302:
            assert Attempt.objects.get(pk=attempt.pk).state == Attempt.State.SUBMITTED
        else:  # the learner tries again, as the page asks
            assert browser.post(node, reverse("assessments:submit", args=[attempt.pk])).status_code == 302
    attempts = Attempt.objects.filter(quiz=quiz)
    assert attempts.count() == LEARNERS
    assert set(attempts.values_list("state", flat=True)) == {Attempt.State.SUBMITTED}

    # Beat's sweep, queued as beat would, sends what never reached the worker.
    broker(on_own_redis.env["REDIS_URL"]).send_task(send_pending_emails.name)
    invited = sorted(Invitation.objects.filter(cohort=cohort).values_list("email", flat=True))
    assert len(invited) >= 3
    wait_for(lambda: not OutgoingEmail.objects.exists(), timeout=60)
    assert sorted(to for to in emails(on_own_redis.email_dir, subject="") if to) == invited

"""Every plan URL that takes an id, visited by the wrong person: another cohort's member or lead, a member outside
the plan's group, a group member when the plan is not shared, or an anonymous visitor. 404, 403 or sign-in, and
nothing changes."""

import pytest
from django.urls import reverse

from academy.accounts.models import User
from academy.cohorts.models import Cohort
from academy.plans import services
from academy.plans.models import Comment, Plan
from tests.academy.cohorts.factories import add_learner
from tests.academy.plans.factories import plan_cohort, submitted_plan
from tests.built_once import rolled_back_at_the_end

pytestmark = pytest.mark.django_db

PLAN_URLS = [
    ("get", "plans:plan", ()),
    ("get", "plans:edit", ()),
    ("post", "plans:share", ()),
    ("get", "plans:version", (1,)),
    ("get", "plans:compare", ()),
    ("get", "plans:feedback", ()),
    ("post", "plans:feedback", ()),
    ("post", "plans:accept", ()),
    ("post", "plans:reviewer", ()),
    ("post", "plans:comment", ()),
]


@pytest.fixture(scope="module")
def _world_ids(django_db_setup, django_db_blocker):
    """Two cohorts, a submitted plan, its group and a comment, built once for every test here (each test's own
    changes are rolled back after it)."""
    with rolled_back_at_the_end(django_db_blocker):
        cohort, lead = plan_cohort(name="Northshire")
        plan = submitted_plan(cohort, full_name="Owner")
        grouped = add_learner(cohort, full_name="Grouped").user
        outsider = add_learner(cohort, full_name="Not in the group").user
        services.save_groups(cohort=cohort, names=["Set A"], assignment={plan.owner_id: "Set A", grouped.pk: "Set A"})
        other_cohort, other_lead = plan_cohort(name="Westshire", slug="other-course")
        stranger = add_learner(other_cohort, full_name="Other cohort").user
        comment = Comment.objects.create(plan=plan, author=plan.owner, body="Mine")
        yield {
            "cohort": (Cohort, cohort.pk),
            "lead": (User, lead.pk),
            "plan": (Plan, plan.pk),
            "grouped": (User, grouped.pk),
            "outsider": (User, outsider.pk),
            "other_lead": (User, other_lead.pk),
            "stranger": (User, stranger.pk),
            "comment": (Comment, comment.pk),
        }


@pytest.fixture
def world(_world_ids):
    """Fetched for each test, so that nothing a test changes on an instance reaches the next."""
    return {key: model.objects.get(pk=pk) for key, (model, pk) in _world_ids.items()}


def fetch(client, method, name, plan, extra):
    url = reverse(name, args=[plan.pk, *extra])
    return client.get(url) if method == "get" else client.post(url, {"shared": "1", "body": "x", "reviewer": ""})


@pytest.mark.parametrize("who", ["stranger", "other_lead", "outsider", "grouped"])
@pytest.mark.parametrize(("method", "name", "extra"), PLAN_URLS)
def test_people_who_may_not_see_an_unshared_plan_get_404(client, world, who, method, name, extra):
    client.force_login(world[who])
    assert fetch(client, method, name, world["plan"], extra).status_code == 404
    plan = Plan.objects.get(pk=world["plan"].pk)
    assert plan.status == Plan.Status.SUBMITTED and not plan.shared_with_group and not plan.comments.count() > 1


@pytest.mark.parametrize(("method", "name", "extra"), PLAN_URLS)
def test_anonymous_visitors_are_sent_to_sign_in(client, world, method, name, extra):
    response = fetch(client, method, name, world["plan"], extra)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    ("method", "name", "extra", "status"),
    [
        ("get", "plans:plan", (), 200),
        ("get", "plans:edit", (), 403),
        ("post", "plans:share", (), 404),
        ("get", "plans:version", (1,), 403),
        ("get", "plans:compare", (), 403),
        ("get", "plans:feedback", (), 403),
        ("post", "plans:accept", (), 403),
        ("post", "plans:reviewer", (), 403),
    ],
)
def test_a_group_member_may_read_a_shared_plan_and_nothing_more(client, world, method, name, extra, status):
    services.set_sharing(plan=world["plan"], shared=True)
    client.force_login(world["grouped"])
    assert fetch(client, method, name, world["plan"], extra).status_code == status
    assert Plan.objects.get(pk=world["plan"].pk).status == Plan.Status.SUBMITTED


def test_a_member_outside_the_group_cannot_read_a_shared_plan(client, world):
    services.set_sharing(plan=world["plan"], shared=True)
    client.force_login(world["outsider"])
    assert client.get(reverse("plans:plan", args=[world["plan"].pk])).status_code == 404


def test_an_assigned_peer_reviewer_may_give_feedback_but_not_accept(client, world):
    services.assign_reviewer(plan=world["plan"], reviewer_id=world["outsider"].pk)
    client.force_login(world["outsider"])
    assert client.get(reverse("plans:feedback", args=[world["plan"].pk])).status_code == 200
    assert client.post(reverse("plans:accept", args=[world["plan"].pk])).status_code == 403


def test_a_reviewer_from_another_cohort_cannot_be_assigned(world):
    with pytest.raises(services.PlanError):
        services.assign_reviewer(plan=world["plan"], reviewer_id=world["stranger"].pk)


@pytest.mark.parametrize("who", ["stranger", "other_lead", "outsider", "grouped"])
def test_only_members_who_see_a_comment_may_report_it(client, world, who):
    client.force_login(world[who])
    assert client.post(reverse("plans:report_comment", args=[world["comment"].pk])).status_code == 404
    assert not world["comment"].reports.exists()


@pytest.mark.parametrize("who", ["stranger", "other_lead", "grouped", "outsider"])
def test_only_the_cohorts_lead_may_hide_a_comment(client, world, who):
    services.set_sharing(plan=world["plan"], shared=True)
    client.force_login(world[who])
    assert client.post(reverse("plans:hide_comment", args=[world["comment"].pk])).status_code == 404
    assert Comment.objects.get(pk=world["comment"].pk).hidden_at is None


@pytest.mark.parametrize("who", ["stranger", "other_lead", "outsider"])
def test_a_group_page_is_for_its_members_and_the_lead(client, world, who):
    group = world["cohort"].peer_groups.get()
    client.force_login(world[who])
    assert client.get(reverse("plans:group", args=[group.pk])).status_code == 404
    client.force_login(world["grouped"])
    assert client.get(reverse("plans:group", args=[group.pk])).status_code == 200
    client.force_login(world["lead"])
    assert client.get(reverse("plans:group", args=[group.pk])).status_code == 200


@pytest.mark.parametrize(
    "name", ["plans:cohort", "plans:cohort_settings", "plans:groups", ("plans:export", "csv"), ("plans:export", "pdf")]
)
@pytest.mark.parametrize("who", ["other_lead", "grouped", "stranger"])
def test_the_lead_pages_are_404_for_anyone_but_the_cohorts_leads(client, world, name, who):
    name, *extra = name if isinstance(name, tuple) else (name,)
    client.force_login(world[who])
    assert client.get(reverse(name, args=[world["cohort"].pk, *extra])).status_code == 404


def test_starting_a_plan_in_another_cohort_is_404(client, world):
    client.force_login(world["stranger"])
    assert client.post(reverse("plans:start", args=[world["cohort"].pk])).status_code == 404
    assert not Plan.objects.filter(owner=world["stranger"]).exists()


def test_a_removed_member_loses_their_group_s_shared_plans(client, world):
    services.set_sharing(plan=world["plan"], shared=True)
    world["cohort"].memberships.filter(user=world["grouped"]).delete()
    client.force_login(world["grouped"])
    assert client.get(reverse("plans:plan", args=[world["plan"].pk])).status_code == 404

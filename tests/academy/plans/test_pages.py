"""The plan pages: writing without JavaScript, autosave, errors, feedback, comments, groups and the lead's view."""

import pytest
from django.urls import reverse

from academy.plans import selectors, services
from academy.plans.models import Comment, Plan
from tests.academy.cohorts.factories import add_learner, make_cohort
from tests.academy.plans.factories import plan_cohort, ratings, submitted_plan, written_plan
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def plan_post(**overrides) -> dict:
    data = {
        "title": "Better day services",
        "challenge": "Day services do not meet need",
        "outcome": "",
        "measures": "",
        "review": "",
    }
    for kind, fields in {
        "actions": ("action", "owner", "due"),
        "stakeholders": ("name", "kind", "interest"),
        "risks": ("risk", "mitigation"),
    }.items():
        data.update({f"{kind}-TOTAL_FORMS": "2", f"{kind}-INITIAL_FORMS": "0"})
        for number in range(2):
            data.update({f"{kind}-{number}-{field}": "" for field in fields})
    data.update(overrides)
    return data


@pytest.fixture
def draft():
    cohort, lead = plan_cohort()
    plan = written_plan(cohort)
    return plan, lead


def test_save_draft_without_javascript_keeps_rows_and_drops_empty_ones(client, draft):
    plan, _ = draft
    client.force_login(plan.owner)
    response = client.post(
        reverse("plans:edit", args=[plan.pk]),
        plan_post(**{"actions-0-action": "Survey users", "actions-0-due": "27 3 2026", "save": "1"}),
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.actions == [{"action": "Survey users", "owner": "", "due": "2026-03-27"}]
    assert plan.stakeholders == [] and plan.title == "Better day services"


def test_a_bad_due_date_is_shown_in_the_error_summary_and_nothing_is_saved(client, draft):
    plan, _ = draft
    client.force_login(plan.owner)
    response = client.post(
        reverse("plans:edit", args=[plan.pk]), plan_post(**{"actions-1-due": "31 2 2026", "save": "1"})
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in body and "There is a problem" in body
    assert 'href="#id_actions-1-due"' in body and "Due date must be a real date" in body
    plan.refresh_from_db()
    assert plan.title == "Reducing delayed discharges"


@pytest.mark.parametrize(
    "text", ["<script>alert(1)</script>", "' OR 1=1 --", '=HYPERLINK("x")', "\u202e\x00ok", "ü" * 5000]
)
def test_every_text_box_accepts_any_text(client, draft, text):
    plan, _ = draft
    client.force_login(plan.owner)
    response = client.post(
        reverse("plans:edit", args=[plan.pk]),
        plan_post(title=text[:200], challenge=text, **{"risks-0-risk": text, "stakeholders-0-kind": text}),
    )
    assert response.status_code in {200, 302}
    page = client.get(reverse("plans:plan", args=[plan.pk]))
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.content.decode()


def test_autosave_answers_with_the_time_and_saves(client, draft):
    plan, _ = draft
    client.force_login(plan.owner)
    response = client.post(reverse("plans:edit", args=[plan.pk]), plan_post(autosave="1", title="Autosaved"))
    assert response.json()["saved"] is True and len(response.json()["at"]) == 5
    assert Plan.objects.get(pk=plan.pk).title == "Autosaved"


def test_autosave_with_a_bad_date_says_it_did_not_save(client, draft):
    plan, _ = draft
    client.force_login(plan.owner)
    response = client.post(
        reverse("plans:edit", args=[plan.pk]), plan_post(autosave="1", title="No", **{"actions-0-due": "soon"})
    )
    assert response.json()["saved"] is False
    assert Plan.objects.get(pk=plan.pk).title == "Reducing delayed discharges"


def test_autosave_needs_the_csrf_token(draft):
    from django.test import Client

    plan, _ = draft
    client = Client(enforce_csrf_checks=True)
    client.force_login(plan.owner)
    response = client.post(reverse("plans:edit", args=[plan.pk]), plan_post(autosave="1"))
    assert response.status_code == 403


def test_submit_from_the_form_then_lead_gives_feedback_through_the_page(client, draft):
    plan, lead = draft
    client.force_login(plan.owner)
    client.post(reverse("plans:edit", args=[plan.pk]), plan_post(submit="1"))
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.SUBMITTED
    client.force_login(lead)
    missing = client.post(reverse("plans:feedback", args=[plan.pk]), {"rating_0": "met"})
    assert "Choose a rating for The outcome can be measured" in missing.content.decode()
    client.post(
        reverse("plans:feedback", args=[plan.pk]),
        {"rating_0": "met", "rating_1": "not_yet", "comment_1": "How will you count it?", "summary": "Nearly"},
    )
    plan.refresh_from_db()
    assert plan.status == Plan.Status.FEEDBACK
    version_page = client.get(reverse("plans:version", args=[plan.pk, 1])).content.decode()
    assert "How will you count it?" in version_page and "Does not meet it yet" in version_page


def test_the_plan_page_points_the_learner_to_the_feedback_to_revise_from(client):
    cohort, lead = plan_cohort()
    plan = submitted_plan(cohort)
    client.force_login(plan.owner)
    assert "Read the feedback" not in client.get(reverse("plans:plan", args=[plan.pk])).content.decode()
    services.give_feedback(plan=plan, reviewer=lead, ratings=ratings(), summary="Nearly there")
    page = client.get(reverse("plans:plan", args=[plan.pk])).content.decode()
    assert "You have feedback on version 1" in page
    assert f'href="{reverse("plans:version", args=[plan.pk, 1])}">Read the feedback</a>' in page
    client.force_login(lead)  # the lead sees the versions table, not the learner's prompt
    assert "Read the feedback" not in client.get(reverse("plans:plan", args=[plan.pk])).content.decode()


def test_my_learning_shows_the_learners_plan_and_its_next_step(client, django_assert_max_num_queries):
    cohort, lead = plan_cohort(required=True, name="Northshire programme")
    plan = submitted_plan(cohort)
    client.force_login(plan.owner)
    page = client.get("/my-learning/").content.decode()
    assert "Your 100-day plan" in page and "Awaiting feedback" in page
    assert f'href="{reverse("plans:plan", args=[plan.pk])}">Reducing delayed discharges</a>' in page
    assert "Your course certificate needs an accepted plan." in page
    services.give_feedback(plan=plan, reviewer=lead, ratings=ratings(), summary="Nearly there")
    page = client.get("/my-learning/").content.decode()
    assert "Feedback given" in page and "Read the feedback and revise your plan" in page

    newcomer = add_learner(cohort, full_name="Nia New").user
    client.force_login(newcomer)
    page = client.get("/my-learning/").content.decode()
    assert "You have not started your plan yet." in page and f'href="{reverse("plans:mine")}">Start your plan' in page


def test_my_learning_has_no_plan_panel_outside_a_cohort_that_asks_for_plans(client):
    client.force_login(add_learner(make_cohort(courses=[make_course(slug="no-plans")], name="No plans here")).user)
    assert "Your 100-day plan" not in client.get("/my-learning/").content.decode()


def test_compare_shows_removed_and_added_lines(client, draft):
    plan, lead = draft
    services.submit_plan(plan=plan, user=plan.owner)
    services.give_feedback(plan=plan, reviewer=lead, ratings=ratings(), summary="")
    services.save_draft(plan=Plan.objects.get(pk=plan.pk), data={"challenge": "Discharges are delayed at weekends"})
    services.submit_plan(plan=plan, user=plan.owner)
    client.force_login(plan.owner)
    body = client.get(reverse("plans:compare", args=[plan.pk]), {"from": "1", "to": "2"}).content.decode()
    assert "Removed: </span>Too many delayed hospital discharges" in body
    assert "Added: </span>Discharges are delayed at weekends" in body


def test_group_members_comment_report_and_the_lead_hides(client):
    cohort, lead = plan_cohort()
    plan = written_plan(cohort)
    peer = add_learner(cohort, full_name="Quinn Peer").user
    other = add_learner(cohort, full_name="Remy Other").user
    services.save_groups(
        cohort=cohort, names=["Set A"], assignment={plan.owner_id: "Set A", peer.pk: "Set A", other.pk: "Set A"}
    )
    services.set_sharing(plan=plan, shared=True)
    client.force_login(peer)
    client.post(reverse("plans:comment", args=[plan.pk]), {"body": "<b>Rude</b> remark & more"})
    comment = Comment.objects.get()
    assert comment.body == "Rude remark & more"
    client.force_login(other)
    client.post(reverse("plans:report_comment", args=[comment.pk]))
    assert comment.reports.count() == 1
    client.force_login(lead)
    assert "Reported 1 time" in client.get(reverse("plans:plan", args=[plan.pk])).content.decode()
    client.post(reverse("plans:hide_comment", args=[comment.pk]), {"hidden": "1"})
    assert "Hidden" in client.get(reverse("plans:plan", args=[plan.pk])).content.decode()
    client.force_login(other)
    assert "Rude remark" not in client.get(reverse("plans:plan", args=[plan.pk])).content.decode()


def test_an_empty_comment_is_an_error(client):
    cohort, _ = plan_cohort()
    plan = written_plan(cohort)
    services.set_sharing(plan=plan, shared=True)
    client.force_login(plan.owner)
    response = client.post(reverse("plans:comment", args=[plan.pk]), {"body": "<script>x</script>"})
    assert response.status_code == 200 and "Enter a comment" in response.content.decode()
    assert not Comment.objects.exists()


def test_lead_divides_members_into_groups(client):
    cohort, lead = plan_cohort()
    first, second = add_learner(cohort).user, add_learner(cohort).user
    client.force_login(lead)
    url = reverse("plans:groups", args=[cohort.pk])
    client.post(url, {"names": "Set A\nSet B"})
    client.post(url, {"names": "Set A\nSet B", f"member_{first.pk}": "Set A", f"member_{second.pk}": "Set B"})
    assert {m.user_id: m.group.name for m in cohort.peer_groups.get(name="Set A").members.all()} == {first.pk: "Set A"}
    response = client.post(url, {"names": "Set A", f"member_{first.pk}": "No such set"})
    assert response.status_code == 200 and "There is a problem" in response.content.decode()


def test_the_lead_sets_the_template_and_the_requirement(client):
    cohort, lead = plan_cohort()
    client.force_login(lead)
    template_id = cohort.plan_settings.template_id
    client.post(
        reverse("plans:cohort_settings", args=[cohort.pk]), {"template": template_id, "required_for_completion": "on"}
    )
    cohort.plan_settings.refresh_from_db()
    assert cohort.plan_settings.required_for_completion is True


def test_the_lead_overview_reads_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    cohort, lead = plan_cohort()
    for number in range(3):
        submitted_plan(cohort, full_name=f"Learner {number}")
    client.force_login(lead)
    url = reverse("plans:cohort", args=[cohort.pk])
    client.get(url)
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200
    for number in range(5):
        written_plan(cohort, full_name=f"Later {number}")
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


def test_my_plans_lists_the_cohorts_that_ask_for_one(client):
    cohort, _ = plan_cohort(name="Autumn programme")
    membership = add_learner(cohort)
    client.force_login(membership.user)
    body = client.get(reverse("plans:mine")).content.decode()
    assert "Autumn programme" in body and "Start your plan" in body
    response = client.post(reverse("plans:start", args=[cohort.pk]))
    plan = Plan.objects.get(owner=membership.user)
    assert response["Location"] == reverse("plans:edit", args=[plan.pk])
    assert "Write your 100-day plan" in client.get(response["Location"]).content.decode()


def test_the_plan_page_and_group_page_read_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    cohort, lead = plan_cohort()
    plan = submitted_plan(cohort)
    members = [add_learner(cohort, full_name=f"Member {n}").user for n in range(2)]
    services.save_groups(cohort=cohort, names=["Set A"], assignment={u.pk: "Set A" for u in [plan.owner, *members]})
    services.set_sharing(plan=plan, shared=True)
    pages = [
        (lead, reverse("plans:plan", args=[plan.pk]), 13),
        (members[1], reverse("plans:plan", args=[plan.pk]), 12),
        (members[1], reverse("plans:group", args=[cohort.peer_groups.get().pk]), 11),
    ]
    for user, url, limit in pages:
        client.force_login(user)
        client.get(url)
        with django_assert_max_num_queries(limit):
            assert client.get(url).status_code == 200
    for _ in range(3):  # more comments, versions, feedback and group members
        services.add_comment(plan=plan, author=members[0], body="A thought")
        services.give_feedback(plan=Plan.objects.get(pk=plan.pk), reviewer=lead, ratings=ratings(), summary="")
        services.submit_plan(plan=plan, user=plan.owner)
        everyone = [plan.owner, *members, add_learner(cohort).user]
        services.save_groups(cohort=cohort, names=["Set A"], assignment={u.pk: "Set A" for u in everyone})
    for user, url, limit in pages:
        client.force_login(user)
        with django_assert_max_num_queries(limit):
            assert client.get(url).status_code == 200


def test_a_lead_finds_their_cohorts_plans_from_the_menu_page(client):
    cohort, lead = plan_cohort(name="Led programme")
    plan_cohort(name="Someone else's programme", slug="other-programme")
    client.force_login(lead)
    body = client.get(reverse("plans:mine")).content.decode()
    assert reverse("plans:cohort", args=[cohort.pk]) in body
    assert "Someone else&#x27;s programme" not in body and "Someone else's programme" not in body


def test_my_plan_cohorts_reads_each_cohort_with_the_learners_own_plan_in_one_query(django_assert_num_queries):
    cohort, _lead = plan_cohort(name="Northshire programme")
    other_cohort, _ = plan_cohort(name="Westshire programme", slug="west-course")
    mine = submitted_plan(cohort, full_name="Pat Planner")
    written_plan(cohort, full_name="Sam Someone", challenge="Someone else's challenge")  # not Pat's
    add_learner(other_cohort, user=mine.owner)  # in a second cohort, with no plan there yet
    with django_assert_num_queries(1):
        rows = selectors.my_plan_cohorts(mine.owner)
    by_cohort = {row["cohort"].pk: row["plan"] for row in rows}
    assert set(by_cohort) == {cohort.pk, other_cohort.pk} and by_cohort[other_cohort.pk] is None
    plan = by_cohort[cohort.pk]
    assert (plan.pk, plan.status, plan.display_title, plan.owner_id) == (
        mine.pk,
        "submitted",
        "Reducing delayed discharges",
        mine.owner.pk,
    )
    assert plan.cohort == cohort and plan.outcome == mine.outcome  # a field not read at first loads when used

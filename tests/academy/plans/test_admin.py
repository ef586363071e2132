"""Authors edit plan templates in the Wagtail admin: guidance per section and the feedback criteria."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from academy.plans.models import PlanTemplate
from tests.academy.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def author_client(client):
    author = UserFactory(is_staff=True)
    author.groups.add(Group.objects.get(name="Course authors"))
    client.force_login(author)
    return client


def test_an_author_adds_a_template_with_guidance_and_criteria(author_client):
    url = reverse("wagtailsnippets_plans_plantemplate:add")
    assert author_client.get(url).status_code == 200
    data = {
        "name": "Programme plan",
        "introduction": "Plan your next 100 days.",
        "challenge_guidance": "Say who is affected.",
        "outcome_guidance": "",
        "actions_guidance": "",
        "stakeholders_guidance": "",
        "risks_guidance": "",
        "review_guidance": "",
        "criteria-TOTAL_FORMS": "1",
        "criteria-INITIAL_FORMS": "0",
        "criteria-MIN_NUM_FORMS": "1",
        "criteria-MAX_NUM_FORMS": "1000",
        "criteria-0-title": "The outcome can be measured",
        "criteria-0-description": "",
        "criteria-0-ORDER": "1",
        "criteria-0-id": "",
        "criteria-0-DELETE": "",
    }
    response = author_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    template = PlanTemplate.objects.get(name="Programme plan")
    assert template.guidance()["challenge"] == "Say who is affected."
    assert [c.title for c in template.criteria.all()] == ["The outcome can be measured"]


def test_a_learner_cannot_open_the_templates(client):
    client.force_login(UserFactory())
    response = client.get(reverse("wagtailsnippets_plans_plantemplate:list"))
    assert response.status_code in {302, 403}

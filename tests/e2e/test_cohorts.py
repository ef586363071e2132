"""The cohort journey in a browser: a lead invites by CSV, a new learner accepts (signing up) and progresses, the
lead sees it and exports. Every lead page is checked with axe (WCAG 2.2 AA) on the way."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from academy.cohorts.models import Export, Invitation
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.courses.factories import make_course
from tests.e2e.conftest import assert_accessible, sign_in, sign_out

pytestmark = pytest.mark.django_db(transaction=True)

LINK = re.compile(r"https?://[^/\s]+(/cohorts/invitations/[^/\s]+/)")


def visit(page, path):
    page.goto(path)
    assert_accessible(page)


def test_lead_invites_by_csv_learner_accepts_and_progresses_lead_sees_it_and_exports(
    page, site_root, tmp_path, settings
):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path / "exports"
    course = make_course(modules=2, lessons=2, slug="commissioning-basics")
    lead = make_lead(full_name="Lee Lead")
    cohort = make_cohort(courses=[course], leads=[lead], deadline_days=30, name="Spring commissioners")
    add_learner(cohort, full_name="Olu Overdue", days_ago=40, completed=1)
    existing = UserFactory(email="already@council.gov.uk")

    sign_in(page, lead.email)
    visit(page, "/cohorts/")
    page.get_by_role("link", name="Spring commissioners").click()
    assert_accessible(page)
    page.get_by_role("link", name="Invitations").click()
    assert_accessible(page)

    page.get_by_role("button", name="Upload a CSV file").click()
    assert_accessible(page)
    page.get_by_role("button", name="Upload and send invitations").click()  # no file: the GOV.UK error pattern
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert_accessible(page)

    upload = tmp_path / "people.csv"
    upload.write_text(
        "email,name,organisation\n"
        "nia.new@council.gov.uk,Nia New,Northshire County Council\n"
        "already@council.gov.uk,Al Ready,Northshire County Council\n"
        "not-an-email,Bad Row,Northshire County Council\n",
        encoding="utf-8-sig",
    )
    page.get_by_label("Upload a CSV file").set_input_files(str(upload))
    page.get_by_role("button", name="Upload and send invitations").click()
    page.wait_for_url(re.compile(r".*/invitations/batches/\d+/$"))
    assert_accessible(page)
    results = page.locator("table").inner_text()
    assert "Invited" in results and "Invalid email address" in results
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the results (CSV)").click()
    rows = list(csv.reader(io.StringIO(download_info.value.path().read_text(encoding="utf-8-sig"))))
    assert [row[4] for row in rows[1:]] == ["Invited", "Invited", "Invalid email address"]
    assert Invitation.objects.filter(email=existing.email).exists()

    # The other lead pages, each checked with axe
    visit(page, f"/cohorts/{cohort.pk}/invitations/")
    page.get_by_role("button", name="Make a join code").click()
    assert_accessible(page)
    visit(page, f"/cohorts/{cohort.pk}/invitations/emails/")
    visit(page, f"/cohorts/{cohort.pk}/invitations/{Invitation.objects.get(email=existing.email).pk}/revoke/")
    visit(page, f"/cohorts/{cohort.pk}/settings/")
    visit(page, f"/cohorts/{cohort.pk}/settings/edit/")
    visit(page, f"/cohorts/{cohort.pk}/courses/{course.pk}/deadline/")
    page.get_by_label("On a fixed date").check()
    page.get_by_role("button", name="Save deadline").click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert_accessible(page)
    visit(page, f"/cohorts/{cohort.pk}/archive/")
    visit(page, f"/cohorts/{cohort.pk}/delete/")
    visit(page, "/cohorts/new/")
    sign_out(page)

    # The invited learner: follows the link, creates an account, joins, and completes a lesson
    message = next(m for m in mail.outbox if m.to == ["nia.new@council.gov.uk"])
    invitation_path = LINK.search(message.body).group(1)
    visit(page, invitation_path)
    page.get_by_role("button", name="Create an account and join").click()
    page.wait_for_url(re.compile(r".*/accounts/signup/.*"))
    assert page.get_by_label("Work email address").input_value() == "nia.new@council.gov.uk"
    page.get_by_label("Full name").fill("Nia New")
    page.get_by_label("Organisation").fill("Northshire County Council")
    page.get_by_label("Create a password").fill(PASSWORD)
    page.get_by_label("Confirm your password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(rf".*/cohorts/joined/{cohort.pk}/$"))
    assert_accessible(page)
    assert "Complete by" in page.content()
    page.get_by_role("link", name=course.title).click()
    page.goto(page.url + "module-1/lesson-1/")
    page.get_by_role("button", name="Mark as complete and continue").click()
    page.wait_for_load_state()
    sign_out(page)

    # The lead sees the progress and exports
    sign_in(page, lead.email)
    visit(page, f"/cohorts/{cohort.pk}/")
    row = page.locator("tr", has=page.get_by_role("link", name="Nia New"))
    assert "In progress" in row.inner_text() and "25%" in row.inner_text()
    overdue_row = page.locator("tr", has=page.get_by_role("link", name="Olu Overdue"))
    assert "Overdue" in overdue_row.inner_text()
    page.get_by_label("Search by name or email").fill("nia")
    page.get_by_role("button", name="Apply filters").click()
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export progress (CSV)").click()
    exported = list(csv.reader(io.StringIO(download_info.value.path().read_text(encoding="utf-8-sig"))))
    assert [row[0] for row in exported[1:]] == ["Nia New"]
    assert exported[1][5] == "In progress"

    page.get_by_role("link", name="Nia New").click()
    assert_accessible(page)
    assert "Completed" in page.locator("table").first.inner_text()

    # A large export goes to the background: the progress page, then the download
    settings.ACADEMY_COHORT_EXPORT_STREAM_MAX_ROWS = 0
    page.goto(f"/cohorts/{cohort.pk}/")
    page.get_by_role("button", name="Export progress (Excel)").click()
    page.wait_for_url(re.compile(r".*/exports/\d+/$"))
    assert_accessible(page)
    assert page.get_by_text("Your export is ready").is_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Download dashboard-")).click()
    assert download_info.value.suggested_filename.endswith(".xlsx")
    assert Export.objects.get().status == "ready"


def test_the_learners_cohort_pages_are_accessible(page, site_root):
    course = make_course(modules=1, lessons=1, slug="short-course")
    cohort = make_cohort(courses=[course], deadline_date=timezone.localdate() + timedelta(days=5))
    member = add_learner(cohort)
    sign_in(page, member.user.email)
    visit(page, f"/cohorts/joined/{cohort.pk}/")
    visit(page, "/cohorts/join/")
    page.get_by_role("button", name="Join cohort").click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert_accessible(page)
    visit(page, "/cohorts/reminders/")
    page.get_by_label("No, do not send reminders").check()
    page.get_by_role("button", name="Save setting").click()
    assert_accessible(page)

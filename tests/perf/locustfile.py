"""The soak's load (locust): a cohort's learners and its lead on the two web nodes, and the bare-view baseline.

Run by tests/perf/test_soak.py, which starts the topology and writes the plan (nodes, accounts, pages) to the file
named by ACADEMY_SOAK_PLAN. Any 5xx is a failure; each quiz submission that reaches its result is counted.
"""

import json
import os
import random
import re
from pathlib import Path

from locust import HttpUser, between, constant, task

PLAN = json.loads(Path(os.environ["ACADEMY_SOAK_PLAN"]).read_text()) if os.environ.get("ACADEMY_SOAK_PLAN") else {}
CHOICE = re.compile(r'<input[^>]*type="(?:radio|checkbox)"[^>]*>')
ATTRIBUTE = re.compile(r'(name|value)="([^"]*)"')
ATTEMPT_PAGE = re.compile(r"/quizzes/attempts/(\d+)/page/(\d+)/")


class _Visitor(HttpUser):
    abstract = True
    host = "http://127.0.0.1"
    wait_time = between(0.1, 0.5)

    def url(self, path: str) -> str:
        return random.choice(PLAN["nodes"]) + path

    def post(self, path: str, data: dict | None = None, name: str | None = None):
        data = {**(data or {}), "csrfmiddlewaretoken": self.client.cookies.get("csrftoken", "")}
        return self.client.post(self.url(path), data=data, name=name or path, allow_redirects=False)

    def sign_in(self, email: str) -> None:
        self.client.get(self.url("/accounts/login/"), name="sign in (form)")
        response = self.post("/accounts/login/", {"login": email, "password": PLAN["password"]}, name="sign in")
        if response.status_code != 302:
            response.failure(f"sign-in answered {response.status_code}")


class Learner(_Visitor):
    weight = 10

    def on_start(self):
        self.account = PLAN["learners"].pop()
        self.sign_in(self.account["email"])

    @task(6)
    def read_a_lesson(self):
        self.client.get(self.url(random.choice(PLAN["lessons"])["url"]), name="lesson")

    @task(2)
    def my_learning(self):
        self.client.get(self.url("/my-learning/"), name="my learning")

    @task(1)
    def complete_a_lesson(self):
        lesson = random.choice(PLAN["lessons"])
        self.post(f"/my-learning/items/{lesson['id']}/complete/", name="complete lesson")

    @task(1)
    def download_the_certificate(self):
        self.client.get(self.url(f"/certificates/{self.account['certificate']}/certificate.pdf"), name="certificate")

    @task(2)
    def take_a_quiz(self):
        quiz = random.choice(PLAN["quizzes"])
        started = self.post(f"/quizzes/{quiz}/start/", name="quiz start")
        found = ATTEMPT_PAGE.search(started.headers.get("Location", ""))
        if not found:
            return  # e.g. an attempt already open in another tab: the quiz page says so
        attempt, page = found.group(1), int(found.group(2))
        for _ in range(20):
            html = self.client.get(self.url(f"/quizzes/attempts/{attempt}/page/{page}/"), name="quiz page").text
            answers = {}
            for tag in CHOICE.findall(html):
                attributes = dict(ATTRIBUTE.findall(tag))
                if "name" in attributes and attributes["name"] not in answers:
                    answers[attributes["name"]] = attributes.get("value", "")
            self.post(f"/quizzes/attempts/{attempt}/autosave/", {**answers, "page": page}, name="quiz autosave")
            moved = self.post(f"/quizzes/attempts/{attempt}/page/{page}/", answers, name="quiz save page")
            next_page = ATTEMPT_PAGE.search(moved.headers.get("Location", ""))
            if not next_page:
                break
            page = int(next_page.group(2))
        submitted = self.post(f"/quizzes/attempts/{attempt}/submit/", name="quiz submit")
        if submitted.status_code == 302 and "/result/" in submitted.headers.get("Location", ""):
            with open(PLAN["submissions_log"], "a") as log:
                log.write(f"{attempt}\n")


class Lead(_Visitor):
    weight = 1
    fixed_count = 1

    def on_start(self):
        self.sign_in(PLAN["lead"])

    @task(3)
    def dashboard(self):
        self.client.get(self.url(f"/cohorts/{PLAN['cohort']}/"), name="lead dashboard")

    @task(1)
    def export(self):
        self.post(f"/cohorts/{PLAN['cohort']}/exports/", {"kind": "dashboard", "format": "csv"}, name="export")


class Bare(HttpUser):
    """The baseline: a one-view Django app under the same gunicorn settings."""

    host = "http://127.0.0.1"
    wait_time = constant(0)

    @task
    def hello(self):
        self.client.get(random.choice(PLAN["bare_nodes"]) + "/", name="bare view")

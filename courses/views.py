"""Search, and the learner's progress actions: start a course, complete an item, start again, "My learning".

Every view works without JavaScript (plain links and POST forms with CSRF) and only ever reads or changes the
signed-in learner's own enrolments.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST
from wagtail.models import Page

from academy.core.routecache import cached_site
from academy.core.search import printable_text, search_text
from courses import extensions, learning_cache
from courses.forms import StartAgainForm
from courses.models import CourseItemMixin, CoursePage, Enrolment, LessonPage, ModulePage
from courses.selectors import (
    course_outline,
    course_progress,
    learner_dashboard,
    live_course_item,
    placements,
    visitor_may_see,
)
from courses.services.progress import NOTHING_TO_RETAKE, ProgressError, complete_item, enrol, start_again
from courses.templatetags.academy_content import TokenTrap

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
EMPTY_SEARCH = "Enter words to search for"
MY_LEARNING_CONTENT = "courses/includes/my_learning_content.html"


def search(request):
    """Search published courses, modules and lessons for the words of any text (punctuation is ignored)."""
    query = printable_text(request.GET.get("q", ""))[:MAX_QUERY_LENGTH].strip()
    page_obj = None
    error = None
    if "q" in request.GET and not query:
        error = EMPTY_SEARCH
    elif query:
        pages = Page.objects.live().public().type(CoursePage, ModulePage, LessonPage).specific()
        words = search_text(query)
        results = pages.search(words) if words else pages.none()
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        where = placements(pages=list(page_obj))
        for result in page_obj:
            result.placement = where.get(result.pk)
    return render(request, "courses/search.html", {"query": query, "page_obj": page_obj, "error": error})


def _visible_page_or_404(request, queryset, pk: int) -> Page:
    """A live page the visitor may see (Wagtail's privacy settings apply), or 404."""
    page = get_object_or_404(queryset.live(), pk=pk)
    if not visitor_may_see(page=page, request=request):
        raise Http404
    return page


@require_POST
def start_course(request, course_id: int):
    """Enrol the learner (idempotent) and take them to the item to do next."""
    course = _visible_page_or_404(request, CoursePage.objects.all(), course_id)
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request=request))
    outline = course_outline(course=course, request=request)
    progress = course_progress(user=request.user, course=course)
    if not progress.is_enrolled:
        enrol(user=request.user, course=course)
        messages.success(request, f"You have started {course.title}. Your progress is saved as you go.")
    target = progress.next_item(outline)
    return redirect(target.url if target is not None else outline.url)


@require_POST
def complete(request, item_id: int):
    """Record the item as completed (a no-op the second time), then go to the next item.

    When this completion meets the course's rule the learner goes to the course page, which shows the panel.
    """
    item = get_object_or_404(Page.objects.live(), pk=item_id).specific
    if not isinstance(item, CourseItemMixin):
        raise Http404
    if not isinstance(item, LessonPage):  # other items (quizzes) are completed by passing them, never by a click
        raise Http404
    found = live_course_item(item=item, request=request)
    if found is None:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(item.get_url(request=request))
    course, outline, position = found.course, found.outline, found.position
    was_complete = course_progress(user=request.user, course=course).is_complete
    complete_item(user=request.user, item=item, outline=outline)
    progress = course_progress(user=request.user, course=course)
    if progress.is_complete and not was_complete:
        return redirect(outline.url)
    target = position.next or progress.next_item(outline)
    return redirect(target.url if target is not None else outline.url)


@login_required
def my_learning(request):
    """The learner's courses in progress, completed, and earlier completions, with the panels of other apps (their
    plan, their sessions). Kept for each learner until anything it shows changes (``courses.learning_cache``)."""
    cached_site(request)  # the site the courses' addresses are worked out for, from the cache: no query
    user = request.user

    def build() -> tuple[str, object]:
        panels = extensions.learning_panels(user=user, request=request)
        context = {"dashboard": learner_dashboard(user=user, request=request), "panels": panels}
        trap = TokenTrap()
        html = render_to_string(MY_LEARNING_CONTENT, {**context, "csrf_token": trap}, request=request)
        if trap.used:
            raise learning_cache.Personal(render_to_string(MY_LEARNING_CONTENT, context, request=request))
        stale_at = [panel["fresh_until"] for panel in panels if panel.get("fresh_until")]
        return html, min(stale_at, default=None)

    content = mark_safe(learning_cache.kept(user=user, request=request, build=build))
    return render(request, "courses/my_learning.html", {"content": content})


my_learning.read_ahead = learning_cache.read_ahead


@login_required
def start_again_view(request, enrolment_id: int):
    """Ask, then start a completed course again; the completed cycle stays on "My learning" as history."""
    enrolment = get_object_or_404(Enrolment.objects.select_related("course"), pk=enrolment_id, user=request.user)
    if not (enrolment.is_current and enrolment.is_complete):
        context = {"enrolment": enrolment, "can_start_again": False, "cannot_start_again": NOTHING_TO_RETAKE}
        return render(request, "courses/start_again.html", context)
    form = StartAgainForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if not form.confirmed:
            return redirect("learning:dashboard")
        try:
            new = start_again(enrolment=enrolment, actor=request.user)
        except ProgressError as error:  # another tab started it again first
            form.add_error("confirm", str(error))
        else:
            messages.success(
                request, f"You have started {new.course.title} again. Your earlier completion is kept in My learning."
            )
            return redirect(new.course.get_url(request=request) or "learning:dashboard")
    return render(request, "courses/start_again.html", {"form": form, "enrolment": enrolment, "can_start_again": True})

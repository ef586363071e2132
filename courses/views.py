from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search published courses, modules and lessons."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    page_obj = None
    error = None
    if "q" in request.GET and not query:
        error = "Enter words to search for"
    elif query:
        results = Page.objects.live().public().type(CoursePage, ModulePage, LessonPage).specific().search(query)
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "courses/search.html", {"query": query, "page_obj": page_obj, "error": error})

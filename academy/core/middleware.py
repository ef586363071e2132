"""A Content Security Policy for the public site. The Wagtail and Django admins keep their own behaviour.

Wagtail renders a preview by running a dummy request for the page's public address through this middleware, marked
``request.is_preview``. Only those responses may be framed by the admin's own origin (the editor's preview and Checks
panels); every other page keeps ``frame-ancestors 'none'``.

A page whose form is answered by a redirect to another origin (the sign-in page's "Sign in with <organisation>",
which goes on to the organisation's identity provider) lists those origins in ``request.csp_form_action``: browsers
hold a form's redirects to ``form-action`` too.
"""

from django.conf import settings

PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
EXEMPT_PREFIXES = ("/admin/", "/django-admin/")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(EXEMPT_PREFIXES) and "Content-Security-Policy" not in response:
            policy = getattr(settings, "ACADEMY_CSP", PUBLIC_POLICY)
            if media_origin := getattr(settings, "ACADEMY_MEDIA_ORIGIN", ""):  # images in object storage
                policy = policy.replace("img-src 'self' data:", f"img-src 'self' data: {media_origin}")
            if form_origins := getattr(request, "csp_form_action", ()):
                policy = policy.replace("form-action 'self'", " ".join(["form-action 'self'", *sorted(form_origins)]))
            if getattr(request, "is_preview", False):
                policy = policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'")
            response["Content-Security-Policy"] = policy
        return response

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings")
application = get_wsgi_application()

from academy.operations.warmup import warm_up  # noqa: E402 - needs the apps loaded by get_wsgi_application

warm_up()  # each gunicorn worker imports this module before it accepts a connection

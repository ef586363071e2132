import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings")
application = get_wsgi_application()

from academy.operations.warmup import freeze_the_heap, warm_up  # noqa: E402 - needs the apps get_wsgi_application loads

warm_up()  # each gunicorn worker imports this module before it accepts a connection
freeze_the_heap()  # last: what the warm-up built is frozen with the rest of the application

"""Settings for the Commissioning Academy: the framework, services and security (``base``), then the feature apps'
own settings and beat schedules (``features``). DJANGO_SETTINGS_MODULE is ``academy.settings``."""

from academy.settings.base import *  # noqa: F403
from academy.settings.features import *  # noqa: F403

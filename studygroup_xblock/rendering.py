"""The package's Django templates, compiled once per process.

XBlock's ``ResourceLoader`` builds a new template engine on every render, so nothing is
ever cached; and its ``{% trans %}`` goes through the runtime's i18n service, which may
not have our catalogues (see ``i18n.py``). Rendered inside ``i18n.activated``, the
standard ``{% trans %}`` speaks the viewer's language.
"""

import functools
from importlib.resources import files

from django.template import Context, Engine


@functools.cache
def engine():
    return Engine(
        dirs=[str(files(__package__) / "templates")],
        libraries={"i18n": "django.templatetags.i18n"},
        loaders=[("django.template.loaders.cached.Loader", ["django.template.loaders.filesystem.Loader"])],
    )


def render(name, context):
    """The template ``studygroup/<name>`` rendered with ``context`` (autoescaped)."""
    return engine().get_template(f"studygroup/{name}").render(Context(context))

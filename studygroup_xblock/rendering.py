"""The package's Django templates, compiled once per process.

XBlock's ``ResourceLoader`` builds a new template engine on every render, so nothing is
ever cached; and its ``{% trans %}`` goes through the runtime's i18n service, which may
not have our catalogues (see ``i18n.py``). Rendered inside ``i18n.activated``, the
standard ``{% trans %}`` speaks the viewer's language.
"""

import functools
from importlib.resources import files

from django.template import Context, Engine, Library
from django.utils.html import format_html_join

register = Library()


@functools.cache
def engine():
    return Engine(
        dirs=[str(files(__package__) / "templates")],
        libraries={"i18n": "django.templatetags.i18n", "studygroup": __name__},
        loaders=[("django.template.loaders.cached.Loader", ["django.template.loaders.filesystem.Loader"])],
    )


def render(name, context):
    """The template ``studygroup/<name>`` rendered with ``context`` (autoescaped)."""
    return engine().get_template(f"studygroup/{name}").render(Context(context))


@register.simple_tag
def options(choices, selected=None):
    """``<option>``s for ``choices`` ((value, label) pairs), built once per list and choice.

    The country and language lists hold some 450 options each, shown in several forms:
    rendering them option by option was half the learner view's time.
    """
    return _options(tuple(choices), "" if selected is None else str(selected))


@functools.lru_cache(maxsize=256)
def _options(choices, selected):
    marked = ((value, " selected" if str(value) == selected else "", label) for value, label in choices)
    return format_html_join("", '<option value="{}"{}>{}</option>', marked)

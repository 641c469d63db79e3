"""The package's Django templates, compiled once per process.

XBlock's ``ResourceLoader`` builds a new template engine on every render, so nothing is
ever cached; and its ``{% trans %}`` goes through the runtime's i18n service, which may
not have our catalogues (see ``i18n.py``). Rendered inside ``i18n.activated``, the
standard ``{% trans %}`` speaks the viewer's language.
"""

import functools
from importlib.resources import files

from django.template import Context, Engine, Library, Node
from django.utils.html import format_html, format_html_join

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


def render_text(name, context):
    """The plain-text template ``studygroup/<name>`` (an e-mail's text) rendered with ``context``, unescaped."""
    return engine().get_template(f"studygroup/{name}").render(Context(context, autoescape=False))


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


@register.simple_tag
def choice_field(name, field_id, label, any_label, choices, selected=None):
    """A filter's labelled ``<select>``, its first option (``any_label``) choosing nothing."""
    return format_html(
        '<div class="sg-field"><label for="{}">{}</label><select name="{}" id="{}">'
        '<option value="">{}</option>{}</select></div>',
        field_id,
        label,
        name,
        field_id,
        any_label,
        options(choices, selected),
    )


SECTION = (
    '<section class="sg-section" data-section="{name}" aria-labelledby="sg-{name}-toggle-{uid}">'
    '<h3 class="sg-section-heading">'
    '<button type="button" class="sg-toggle" id="sg-{name}-toggle-{uid}" aria-expanded="false" data-reads'
    ' aria-controls="sg-{name}-{uid}">{title}</button></h3>'
    '<div class="sg-section-body" id="sg-{name}-{uid}" hidden>{body}</div>'
    "</section>"
)


@register.tag
def section(parser, token):
    """``{% section "name" _("Title") %}…{% endsection %}``: a part of the learner view that stays
    closed until the learner opens it (``sections.js``), so the summary above it stays in view."""
    name, title = (parser.compile_filter(bit) for bit in token.split_contents()[1:])
    body = parser.parse(("endsection",))
    parser.delete_first_token()
    return SectionNode(name, title, body)


class SectionNode(Node):
    def __init__(self, name, title, body):
        self.name, self.title, self.body = name, title, body

    def render(self, context):
        return format_html(
            SECTION,
            name=self.name.resolve(context),
            uid=context["uid"],
            title=self.title.resolve(context),
            body=self.body.render(context),
        )

"""The app's plugin settings (LMS and Studio, ``common``): the study-group events pass
event-routing-backends' allow-list with nothing for an operator to set by hand.

The platform applies plugins' settings in the order it finds their entry points, so this must
work before and after event-routing-backends' own: before, it starts the list that library then
extends; after, it also reaches the whitelists that library already built from the list (the
outer one is a copy) and the event bus's set of events.
"""

from importlib.util import find_spec

from .vocabulary import STATEMENTS

ALLOWED = "EVENT_TRACKING_BACKENDS_ALLOWED_XAPI_EVENTS"
WHITELIST = "eventtracking.processors.whitelist.NameWhitelistProcessor"


def plugin_settings(settings):
    if find_spec("event_routing_backends") is None:
        return  # nothing routes events to xAPI on this site: leave its settings as they are
    if getattr(settings, ALLOWED, None) is None:
        setattr(settings, ALLOWED, [])
    _add_to(getattr(settings, ALLOWED))
    transformer = (getattr(settings, "EVENT_TRACKING_BACKENDS", None) or {}).get("event_transformer")
    if transformer:
        options = transformer["OPTIONS"]
        xapi = options.get("backends", {}).get("xapi", {}).get("OPTIONS", {})
        for processor in [*options.get("processors", []), *xapi.get("processors", [])]:
            if processor.get("ENGINE") == WHITELIST:
                _add_to(processor["OPTIONS"]["whitelist"])
    if getattr(settings, "EVENT_BUS_TRACKING_LOGS", None) is not None:
        _add_to(settings.EVENT_BUS_TRACKING_LOGS)


def _add_to(names):
    """Add the block's event names to a list or set of names, each once."""
    missing = [name for name in STATEMENTS if name not in names]
    if isinstance(names, set):
        names.update(missing)
    else:
        names.extend(missing)

"""One event-routing-backends transformer makes every study-group event's xAPI statement, as
``vocabulary.STATEMENTS`` describes it. Imported by the app only where event-routing-backends is an
installed app: importing it registers the transformer for each event."""

from django.conf import settings
from event_routing_backends.helpers import convert_seconds_to_iso
from event_routing_backends.processors.xapi import constants
from event_routing_backends.processors.xapi.registry import XApiTransformersRegistry
from event_routing_backends.processors.xapi.transformer import XApiTransformer
from tincan import Activity, ActivityDefinition, ActivityList, Context, ContextActivities, Extensions, Result, Verb

from .vocabulary import EVENT, GROUP, MEETING, STATEMENTS


class StudyGroupTransformer(XApiTransformer):
    """A statement of what a learner (or course staff) did in a study group: the actor, the time, the
    course and the session as event-routing-backends makes them for its own events; the rest from the
    event's ids, numbers and codes, never from text a person wrote."""

    additional_fields = ("result",)

    @property
    def statement(self):
        return STATEMENTS[self.get_data("name", True)]

    @property
    def _verb(self):
        """Read by the base class's ``get_verb``, which lets the site's openedx-filters change it."""
        verb = self.statement.verb
        return Verb(id=verb.iri, display={constants.EN: verb.display})

    def get_object(self):
        return self._activity(self.statement.object, self.statement.definition)

    def get_context(self):
        return Context(
            extensions=self.get_context_extensions(),
            contextActivities=self.get_context_activities(),
            language=self.get_data("data.language"),
        )

    def get_context_extensions(self):
        extensions = super().get_context_extensions()
        extensions.update({EVENT: self.get_data("name", True), **self._extensions(self.statement.context)})
        return extensions

    def get_context_activities(self):
        """What the object belongs to as its parent (the course, its group or its meeting), what that
        belongs to as the grouping, and the other things the statement is about."""
        course_context = super().get_context_activities()  # None for an event outside a course
        course = list(course_context.parent) if course_context else []
        within = self.statement.object.within
        if within == "course":
            parent, grouping = course, []
        elif within == "group":
            parent, grouping = [self._activity(GROUP)], course
        else:
            parent, grouping = [self._activity(MEETING)], [self._activity(GROUP), *course]
        others = [self._activity(kind) for kind in self.statement.others]
        lists = {"parent": parent, "grouping": grouping, "other": others}
        present = {name: ActivityList(items) for name, items in lists.items() if items}
        return ContextActivities(**present) if present else None

    def get_result(self):
        statement = self.statement
        duration = self.get_data(f"data.{statement.result_duration}") if statement.result_duration else None
        response = self.get_data(f"data.{statement.result_response}") if statement.result_response else None
        extensions = self._extensions(statement.result)
        if duration is None and response is None and not extensions and not statement.completion:
            return None
        return Result(
            duration=_minutes(duration) if duration is not None else None,
            response=response,
            completion=True if statement.completion else None,
            extensions=Extensions(extensions) if extensions else None,
        )

    def _activity(self, kind, extensions=()):
        """The activity of ``kind`` this event names, with its type and ``extensions`` where it has them."""
        iri = f"{settings.LMS_ROOT_URL}/{kind.path.format_map(self.event['data'])}"
        values = self._extensions(extensions)
        if not kind.type and not values:
            return Activity(id=iri)
        definition = ActivityDefinition(type=kind.type or None, extensions=Extensions(values) if values else None)
        return Activity(id=iri, definition=definition)

    def _extensions(self, extensions):
        """The values ``extensions`` take from the event's data; those an older event lacks are left out."""
        values = {}
        for extension in extensions:
            value = self.event["data"].get(extension.key)
            if value is not None:
                values[extension.iri] = _minutes(value) if extension.duration else value
        return values


def _minutes(minutes):
    """A number of minutes as an ISO 8601 duration, written as event-routing-backends writes its own."""
    return convert_seconds_to_iso(minutes * 60)


for name in STATEMENTS:
    XApiTransformersRegistry.register(name)(StudyGroupTransformer)

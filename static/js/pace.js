/* Study Group XBlock: the group's pace through the course, part of the learner view.
 *
 * In the summary, the unit the group is on and where the viewer stands (in words); above the
 * progress board, the pace itself; and the coordinators' form that sets it: a start day and a
 * rhythm fill each unit's date, and any date can be changed. User text is only ever set with
 * textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, ngettext, npgettext, format} = i18n;
    var {make, ignore} = dom;
    var SCHOOL_WEEK_END = 3; // a stretch's unit is due on its Friday, when the stretch starts on a Monday

    /* A calendar day (``2027-01-11``) moved by ``days``, reckoned at noon UTC so no time zone moves it. */
    function addDays(isoDate, days) {
        var day = new Date(isoDate + 'T12:00:00Z');
        day.setUTCDate(day.getUTCDate() + days);
        return day.toISOString().slice(0, 10);
    }

    /* The day the unit at ``place`` (0 for the first) is due by the rhythm alone, as the server reckons it. */
    function rhythmDay(start, weeks, place) {
        return addDays(start, 7 * weeks * (place + 1) - SCHOOL_WEEK_END);
    }

    /* Today on the learner's own calendar, written as a date field writes it. */
    function today() {
        var now = new Date();
        return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
    }

    /* The Monday after today: where a new pace starts unless the coordinator says otherwise. */
    function nextMonday() {
        var now = today();
        var weekday = new Date(now + 'T12:00:00Z').getUTCDay();
        return addDays(now, ((8 - weekday) % 7) || 7);
    }

    global.StudyGroupPace = function (view, context) {
        var part = view.part;
        var form = part('pace-form');
        var dates = part('pace-dates');
        var clearButton = view.root.querySelector('[data-action="clear-pace"]');
        var state = context.initial.state;

        /* --- where the group is, in the summary --------------------------------------------- */

        function nowLine(pace) {
            var next = pace.due_next;
            if (!next) {
                return gettext('Every unit in the group\'s pace is due by now.');
            }
            var values = {unit: next.title, day: i18n.formatCalendarDay(next.due), start: i18n.formatCalendarDay(pace.start)};
            if (today() < pace.start) {
                return format(gettext('The group\'s pace starts on %(start)s: %(unit)s first, by %(day)s.'), values);
            }
            return format(gettext('This week: %(unit)s, by %(day)s'), values);
        }

        function standingLine(standing) {
            if (standing.behind) {
                return format(ngettext(
                    'You are %(count)s unit behind the group\'s pace.',
                    'You are %(count)s units behind the group\'s pace.',
                    standing.behind
                ), {count: standing.behind});
            }
            return standing.ahead ? gettext('You are ahead of the group\'s pace.') : gettext('You are on track with the group\'s pace.');
        }

        /* The part ``name`` emptied, and shown only where the group keeps a pace (null where not). */
        function emptied(name, pace) {
            var box = part(name);
            box.textContent = '';
            box.hidden = !pace;
            return pace ? box : null;
        }

        function renderNow(pace) {
            var box = emptied('pace-now', pace);
            if (!box) {
                return;
            }
            box.appendChild(make('p', 'sg-pace-line', nowLine(pace)));
            pace.standings.forEach(function (standing) {
                if (standing.person.is_you) {
                    box.appendChild(make('p', standing.behind ? 'sg-pace-behind' : 'sg-pace-on-track', standingLine(standing)));
                }
            });
            var others = pace.standings.filter(function (standing) {
                return !standing.person.is_you && !standing.on_track;
            }).length;
            if (others) {
                box.appendChild(make('p', 'sg-hint', format(ngettext(
                    '%(count)s colleague is behind: the progress board shows who.',
                    '%(count)s colleagues are behind: the progress board shows who.',
                    others
                ), {count: others})));
            }
        }

        /* --- the pace, above the progress board --------------------------------------------- */

        function renderPlan(pace) {
            var box = emptied('pace-plan', pace);
            if (!box) {
                return;
            }
            box.appendChild(make('h4', 'sg-subheading', gettext('The group\'s pace')));
            box.appendChild(make('p', null, format(npgettext(
                'rhythm of a study group\'s pace',
                'One unit every week, from %(day)s.',
                'One unit every %(count)s weeks, from %(day)s.',
                pace.weeks_per_unit
            ), {count: pace.weeks_per_unit, day: i18n.formatCalendarDay(pace.start)})));
        }

        /* --- the coordinators' form --------------------------------------------------------- */

        function dateInputs() {
            return Array.prototype.slice.call(dates.querySelectorAll('input'));
        }

        function fillFromRhythm() {
            var start = form.elements.start.value;
            if (!start) {
                return;
            }
            dateInputs().forEach(function (input, place) {
                input.value = rhythmDay(start, Number(form.elements.weeks_per_unit.value), place);
            });
        }

        /* The form as the pace stands (or a new one from next Monday), one date per unit of the board. */
        function fillForm() {
            var pace = state.pace;
            var kept = {};
            (pace ? pace.dates : []).forEach(function (entry) {
                kept[entry.unit_id] = entry.due;
            });
            form.elements.start.value = pace ? pace.start : nextMonday();
            form.elements.weeks_per_unit.value = String(pace ? pace.weeks_per_unit : 2);
            dates.textContent = '';
            state.progress.units.forEach(function (unit, place) {
                var input = make('input');
                input.type = 'date';
                input.name = 'dates';
                input.required = true;
                input.dataset.unit = unit.id;
                input.value = kept[unit.id] || rhythmDay(form.elements.start.value, Number(form.elements.weeks_per_unit.value), place);
                var row = make('li');
                row.appendChild(dom.labelledField(view.uid + '-pace-unit-' + unit.id, unit.title, input));
                dates.appendChild(row);
            });
        }

        form.elements.start.addEventListener('change', fillFromRhythm);
        form.elements.weeks_per_unit.addEventListener('change', fillFromRhythm);
        part('pace-details').addEventListener('toggle', function () {
            if (part('pace-details').open) {
                fillForm();
            }
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var chosen = {};
            dateInputs().forEach(function (input) {
                chosen[input.dataset.unit] = input.value;
            });
            var pace = {start: form.elements.start.value, weeks_per_unit: Number(form.elements.weeks_per_unit.value), dates: chosen};
            view.act('set_pace', {pace: pace}, form).then(function (result) {
                part('pace-details').open = false;
                context.onState(result, gettext('The group\'s pace is saved.'), 'pace-now');
            }, ignore);
        });

        clearButton.addEventListener('click', function () {
            if (global.confirm(gettext('Remove the group\'s pace? Each unit\'s date will be lost.'))) {
                view.act('clear_pace', {}).then(function (result) {
                    part('pace-details').open = false;
                    context.onState(result, gettext('The group\'s pace is removed.'), 'pace-summary');
                }, ignore);
            }
        });

        return {
            render: function (learnerState) {
                state = learnerState;
                var pace = learnerState.group ? learnerState.pace : null;
                renderNow(pace);
                renderPlan(pace);
                part('pace-details').hidden = learnerState.role !== 'coordinator';
                part('pace-summary').textContent = pace ? gettext('Change the group\'s pace') : gettext('Set the group\'s pace');
                clearButton.hidden = !pace;
            }
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

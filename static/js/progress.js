/* Study Group XBlock: checking in on this unit, and the group's progress board; part of the learner view.
 *
 * "I've worked through this unit" (which also completes it for Open edX), and who in the
 * group has worked through which unit, with each unit's day and each member's standing where
 * the group set a pace. User text is only ever set with textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, pgettext, npgettext, format} = i18n;
    var {make, ignore} = dom;

    /* ``context``: the page's initial data, and ``onState(state, message)`` for the state a check-in answers. */
    global.StudyGroupProgress = function (view, context) {
        var part = view.part;

        var checkInButton = view.root.querySelector('[data-action="check-in"]');

        function renderCheckIn(state) {
            var done = state.checked_in.indexOf(context.initial.this_unit) !== -1;
            checkInButton.setAttribute('aria-pressed', done ? 'true' : 'false');
            checkInButton.textContent = done ?
                gettext('✓ You have worked through this unit (undo)') : gettext('I\'ve worked through this unit');
        }

        checkInButton.addEventListener('click', function () {
            var done = checkInButton.getAttribute('aria-pressed') !== 'true';
            view.act('check_in', {done: done}).then(function (result) {
                context.onState(result, done ? gettext('Marked as worked through. Well done!') : gettext('No longer marked as worked through.'));
                checkInButton.focus();
            }, ignore);
        });

        /* Where a member stands against the group's pace, in a word or three. */
        function standingWords(standing) {
            if (standing.behind) {
                return format(npgettext('standing against a study group\'s pace', '%(count)s unit behind', '%(count)s units behind',
                    standing.behind), {count: standing.behind});
            }
            return standing.ahead ? pgettext('standing against a study group\'s pace', 'Ahead') :
                pgettext('standing against a study group\'s pace', 'On track');
        }

        function renderBoard(board, pace) {
            var box = part('progress-board');
            box.textContent = '';
            if (!board || !board.units.length) {
                return;
            }
            var due = {};
            (pace ? pace.dates : []).forEach(function (entry) {
                due[entry.unit_id] = entry.due;
            });
            var table = make('table', 'sg-board');
            table.appendChild(make('caption', 'sg-offscreen', gettext('Units each colleague has worked through')));
            var head = make('tr');
            head.appendChild(make('th', null, pgettext('table heading', 'Colleague')));
            board.units.forEach(function (unit) {
                var cell = make('th', null, unit.title);
                cell.scope = 'col';
                if (due[unit.id]) {
                    cell.appendChild(make('span', 'sg-due', format(pgettext('the day a unit is due in the group\'s pace', 'by %(day)s'),
                        {day: i18n.formatDay(due[unit.id] + 'T12:00:00Z')})));
                }
                head.appendChild(cell);
            });
            if (pace) {
                var paceHeading = make('th', null, pgettext('table heading', 'Pace'));
                paceHeading.scope = 'col';
                head.appendChild(paceHeading);
            }
            var thead = make('thead');
            thead.appendChild(head);
            table.appendChild(thead);
            var body = make('tbody');
            board.rows.forEach(function (row) {
                var line = make('tr');
                var name = make('th', null, row.person.display_name + (row.person.is_you ? ' ' + pgettext('after the name of the person viewing the page', '(you)') : ''));
                name.scope = 'row';
                line.appendChild(name);
                board.units.forEach(function (unit) {
                    var done = row.checked_in.indexOf(unit.id) !== -1;
                    var cell = make('td', done ? 'sg-cell-done' : 'sg-cell-open');
                    cell.appendChild(make('span', null, done ? '✓' : '–'));
                    cell.firstChild.setAttribute('aria-hidden', 'true');
                    cell.appendChild(make('span', 'sg-offscreen', done ? gettext('worked through') : gettext('not yet')));
                    line.appendChild(cell);
                });
                if (pace) {
                    var standing = pace.standings.filter(function (entry) {
                        return entry.person.learner_id === row.person.learner_id;
                    })[0];
                    line.appendChild(make('td', standing.behind ? 'sg-pace-behind' : 'sg-pace-on-track', standingWords(standing)));
                }
                body.appendChild(line);
            });
            table.appendChild(body);
            box.appendChild(table);
        }

        return {
            render: function (state) {
                renderCheckIn(state);
                renderBoard(state.progress, state.pace);
            }
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

/* Study Group XBlock: checking in on this unit, and the group's progress board; part of the learner view.
 *
 * "I've worked through this unit" (which also completes it for Open edX), and who in the
 * group has worked through which unit. User text is only ever set with textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, pgettext} = i18n;
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

        function renderBoard(board) {
            var box = part('progress-board');
            box.textContent = '';
            if (!board || !board.units.length) {
                return;
            }
            var table = make('table', 'sg-board');
            table.appendChild(make('caption', 'sg-offscreen', gettext('Units each colleague has worked through')));
            var head = make('tr');
            head.appendChild(make('th', null, pgettext('table heading', 'Colleague')));
            board.units.forEach(function (unit) {
                var cell = make('th', null, unit.title);
                cell.scope = 'col';
                head.appendChild(cell);
            });
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
                body.appendChild(line);
            });
            table.appendChild(body);
            box.appendChild(table);
        }

        return {
            render: function (state) {
                renderCheckIn(state);
                renderBoard(state.progress);
            }
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

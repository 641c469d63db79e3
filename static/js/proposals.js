/* Study Group XBlock: finding a meeting time together, part of the learner view.
 *
 * A member proposes a few times; each colleague answers Yes, If need be or No for each time,
 * one labelled group of three choices per time; everyone sees who said what, the best time so
 * far and who has not answered; the member who proposed or a coordinator plans the meeting at
 * one of the times, or withdraws them. User text is only ever set with textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, pgettext, format} = i18n;
    var {make, button, ignore} = dom;
    var ANSWERS = ['yes', 'if_need_be', 'no'];

    /* ``shown``: how the meetings panel writes a moment, a duration, a mode, and the agenda draft. */
    global.StudyGroupProposals = function (view, context, shown) {
        var part = view.part;
        var initial = context.initial;
        var zone = i18n.learnerZone(initial.time_zone);
        var limits = initial.limits;
        var box = part('proposal');
        var form = part('propose-form');
        var rows = part('proposed-time-rows');
        var rowCount = 0;
        var answerNames = {
            yes: pgettext('an answer to a proposed meeting time', 'Yes'),
            if_need_be: pgettext('an answer to a proposed meeting time', 'If need be'),
            no: pgettext('an answer to a proposed meeting time', 'No')
        };

        /* --- proposing ------------------------------------------------------------------- */

        function field(row, name, label, input) {
            rowCount += 1;
            input.name = name;
            input.required = true;
            row.appendChild(dom.labelledField(view.uid + '-proposed-' + name + '-' + rowCount, label, input));
            return input;
        }

        function input(type, attributes) {
            var node = make('input');
            node.type = type;
            Object.keys(attributes || {}).forEach(function (name) {
                node.setAttribute(name, attributes[name]);
            });
            return node;
        }

        function addRow() {
            var row = make('li', 'sg-row sg-proposed-time-row');
            field(row, 'date', pgettext('form field label', 'Date'), input('date'));
            field(row, 'time', gettext('Start time'), input('time'));
            var duration = field(row, 'duration_minutes', gettext('Duration in minutes'), input('number', {
                min: limits.duration_min, max: limits.duration_max, step: 5, inputmode: 'numeric'
            }));
            duration.value = 60;
            var remove = button(pgettext('button', 'Remove this time'), function () {
                rows.removeChild(row);
                numberRows();
                rows.querySelector('input').focus();
            }, true);
            remove.dataset.action = 'remove-proposed-time';
            row.appendChild(dom.actionLine(remove));
            rows.appendChild(row);
            numberRows();
            return row;
        }

        /* Each row is named for screen readers by its number; two rows stay, six at most. */
        function numberRows() {
            var all = rows.querySelectorAll('li');
            Array.prototype.forEach.call(all, function (row, index) {
                var remove = row.querySelector('[data-action="remove-proposed-time"]');
                remove.hidden = all.length <= initial.times_range[0];
                dom.nameFor(remove, pgettext('button', 'Remove this time'), format(pgettext('one of the times proposed for a meeting, by its number', 'Time %(number)s'), {
                    number: index + 1
                }));
            });
            part('add-proposed-time').hidden = all.length >= initial.times_range[1];
        }

        function resetForm() {
            form.reset();
            rows.textContent = '';
            for (var count = 0; count < initial.times_range[0]; count += 1) {
                addRow();
            }
        }

        part('add-proposed-time').addEventListener('click', function () {
            addRow().querySelector('input').focus();
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var times = Array.prototype.map.call(rows.querySelectorAll('li'), function (row) {
                return {
                    date: row.querySelector('[name="date"]').value,
                    time: row.querySelector('[name="time"]').value,
                    duration_minutes: Number(row.querySelector('[name="duration_minutes"]').value),
                    mode: form.elements.mode.value,
                    location: form.elements.location.value
                };
            });
            var proposal = {times: times, time_zone: zone, answer_by: form.elements.answer_by.value};
            view.act('propose_times', {proposal: proposal}, form).then(function (result) {
                part('propose-details').open = false;
                resetForm();
                context.onState(result, gettext('The times are proposed: your colleagues can answer now.'), 'proposal');
            }, ignore);
        });

        /* --- answering and choosing ------------------------------------------------------ */

        function names(people) {
            return people.map(function (person) {
                return person.is_you ? pgettext('instead of a name, in a list of people', 'you') : person.display_name;
            }).join(', ');
        }

        function tally(time) {
            return format(pgettext('the answers to a proposed meeting time, counted',
                'Yes: %(yes)s · If need be: %(if_need_be)s · No: %(no)s'), {
                yes: time.yes.length, if_need_be: time.if_need_be.length, no: time.no.length
            });
        }

        function when(time) {
            return format(pgettext('a proposed meeting time, then how long it lasts', '%(start)s, %(duration)s'), {
                start: shown.formatMoment(time.start), duration: shown.minutes(time.duration_minutes)
            });
        }

        function renderTime(proposal, time) {
            var group = make('fieldset', time.best ? 'sg-proposed-time sg-best' : 'sg-proposed-time');
            var legend = make('legend', null, when(time));
            group.appendChild(legend);
            if (time.best) {
                group.appendChild(make('p', 'sg-badge', gettext('Suits the most colleagues so far')));
            }
            var how = [shown.modeName(time.mode)].concat(time.location ? [time.location] : []).join(' · ');
            group.appendChild(make('p', 'sg-hint', how));
            var choices = make('div', 'sg-choices');
            ANSWERS.forEach(function (answer) {
                var label = make('label');
                var radio = input('radio');
                radio.name = 'time-' + time.id;
                radio.value = answer;
                radio.checked = time.mine === answer;
                label.appendChild(radio);
                label.appendChild(document.createTextNode(' ' + answerNames[answer]));
                choices.appendChild(label);
            });
            group.appendChild(choices);
            group.appendChild(make('p', 'sg-tally', tally(time)));
            ANSWERS.forEach(function (answer) {
                if (time[answer].length) {
                    group.appendChild(make('p', 'sg-hint', format(pgettext('an answer to a proposed meeting time, then who gave it', '%(answer)s: %(names)s'), {
                        answer: answerNames[answer], names: names(time[answer])
                    })));
                }
            });
            if (proposal.can_pick) {
                var pick = button(pgettext('button', 'Plan the meeting at this time'), function () {
                    var chosen = {proposal_id: proposal.id, time_id: time.id, agenda: shown.agendaDraft()};
                    view.act('pick_time', chosen).then(function (result) {
                        context.onState(result, gettext('The meeting is planned at the time you chose.'), 'next-meeting');
                    }, ignore);
                }, !time.best);
                dom.nameFor(pick, pgettext('button', 'Plan the meeting at this time'), when(time));
                group.appendChild(dom.actionLine(pick));
            }
            return group;
        }

        function renderProposal(proposal) {
            box.textContent = '';
            box.hidden = !proposal;
            part('propose-details').hidden = Boolean(proposal);
            if (!proposal) {
                return;
            }
            box.appendChild(make('h4', 'sg-subheading', gettext('Times proposed for the next meeting')));
            var by = proposal.proposed_by ? (proposal.proposed_by.is_you ? gettext('Proposed by you.') :
                format(gettext('Proposed by %(name)s.'), {name: proposal.proposed_by.display_name})) : '';
            var until = proposal.answer_by ? format(gettext('Please answer by %(day)s.'), {
                day: i18n.formatCalendarDay(proposal.answer_by)
            }) : '';
            box.appendChild(make('p', null, [by, until].filter(Boolean).join(' ')));
            var answers = make('form', 'sg-form sg-answer-form');
            proposal.times.forEach(function (time) {
                answers.appendChild(renderTime(proposal, time));
            });
            var save = make('button', 'sg-button', pgettext('button', 'Save my answers'));
            save.type = 'submit';
            answers.appendChild(save);
            answers.addEventListener('submit', function (event) {
                event.preventDefault();
                var chosen = {};
                proposal.times.forEach(function (time) {
                    var checked = answers.querySelector('input[name="time-' + time.id + '"]:checked');
                    if (checked) {
                        chosen[time.id] = checked.value;
                    }
                });
                view.act('answer_times', {proposal_id: proposal.id, answers: chosen}, answers).then(function (result) {
                    context.onState(result, gettext('Your answers are saved.'), 'proposal');
                }, ignore);
            });
            box.appendChild(answers);
            box.appendChild(make('p', 'sg-hint', proposal.waiting_for.length ?
                format(gettext('Not answered yet: %(names)s'), {names: names(proposal.waiting_for)}) :
                gettext('Everyone has answered.')));
            if (proposal.can_pick) {
                box.appendChild(dom.actionLine(button(pgettext('button', 'Withdraw these times'), function () {
                    if (global.confirm(gettext('Withdraw these times? The answers given so far will be lost.'))) {
                        view.act('withdraw_proposal', {proposal_id: proposal.id}).then(function (result) {
                            context.onState(result, gettext('The times are withdrawn.'), 'history-heading');
                        }, ignore);
                    }
                }, true)));
            }
        }

        resetForm();
        box.tabIndex = -1;

        /* In the summary, under the next meeting: times waiting for the learner's answer. */
        function invitation(proposal) {
            var waiting = proposal && proposal.waiting_for.some(function (person) {
                return person.is_you;
            });
            if (!waiting) {
                return null;
            }
            var line = make('p', 'sg-proposal-invitation', gettext('Times are proposed for the next meeting.') + ' ');
            line.appendChild(button(pgettext('button', 'Choose the times that suit you'), function () {
                dom.focusOn(box);
            }, true));
            return line;
        }

        return {
            render: function (state) {
                renderProposal(state.proposal);
            },
            invitation: invitation
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

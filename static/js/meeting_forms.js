/* Study Group XBlock: the forms that plan and log a group's meetings, part of the learner view.
 *
 * Plan a meeting or edit a planned one; log a meeting held at school with who was there (the
 * group's members on that day), the units discussed and the action items agreed, or edit that
 * record. Each form is filled the moment it opens. User text is only ever set with textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, pgettext, format} = i18n;
    var {make, button, ignore} = dom;

    /* ``context``: the page's initial data, and ``onState(state, message, focus)`` to call with
     * the learner state a saved form answers. */
    global.StudyGroupMeetingForms = function (view, context) {
        var part = view.part;
        var initial = context.initial;
        var zone = i18n.learnerZone(initial.time_zone);
        var units = initial.units;
        var thisUnit = initial.this_unit;
        var agendaTemplate = initial.agenda_template || '';
        var state = initial.state;
        var planForm = part('plan-form');
        var logForm = part('log-form');
        var rowCount = 0;

        /* The date and time inputs' values for a moment, in the learner's time zone. */
        function localParts(moment) {
            var parts = i18n.partsIn(moment, zone);
            return {date: parts.year + '-' + parts.month + '-' + parts.day, time: parts.hour + ':' + parts.minute};
        }

        /* --- planning ------------------------------------------------------------------ */

        function agendaDraft() {
            var open = state.open_action_items;
            var lines = agendaTemplate ? [agendaTemplate] : [];
            var due = state.pace ? state.pace.since_last_meeting : [];
            if (due.length) {
                lines.push(gettext('Units due since the last meeting:'));
                due.forEach(function (entry) {
                    lines.push('- ' + format(pgettext('a unit in a meeting\'s agenda, and the day it is due', '%(unit)s (by %(day)s)'),
                        {unit: entry.title, day: i18n.formatCalendarDay(entry.due)}));
                });
            }
            if (open.length) {
                lines.push(gettext('Tasks still open from the last meeting:'));
                open.forEach(function (actionItem) {
                    lines.push('- ' + actionItem.text + (actionItem.owner ? ' (' + actionItem.owner.display_name + ')' : ''));
                });
            }
            return lines.join('\n');
        }

        function fillCommon(form, meeting) {
            var start = localParts(meeting ? new Date(meeting.start) : defaultStart(form));
            form.elements.date.value = start.date;
            form.elements.time.value = start.time;
            form.elements.duration_minutes.value = meeting ? meeting.duration_minutes : 60;
            form.elements.mode.value = meeting ? meeting.mode : form.elements.mode[0].value;
            form.elements.location.value = meeting ? meeting.location : '';
            form.elements.link.value = meeting ? meeting.link : '';
            form.elements.agenda.value = meeting ? meeting.agenda : agendaDraft();
        }

        function defaultStart(form) {
            var start = new Date();
            start.setMinutes(0, 0, 0);
            if (form === planForm) {
                start.setDate(start.getDate() + 7);
            }
            return start;
        }

        function commonFields(form) {
            return {
                date: form.elements.date.value,
                time: form.elements.time.value,
                time_zone: zone,
                duration_minutes: Number(form.elements.duration_minutes.value),
                mode: form.elements.mode.value,
                location: form.elements.location.value,
                link: form.elements.link.value,
                agenda: form.elements.agenda.value
            };
        }

        function openPlanForm(meeting) {
            planForm.dataset.meetingId = meeting ? meeting.id : '';
            part('plan-summary').textContent = meeting ? gettext('Edit the planned meeting') : gettext('Plan a meeting');
            fillCommon(planForm, meeting);
            dom.reveal(planForm);
            part('plan-details').open = true;
            planForm.elements.date.focus();
        }

        planForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var meetingId = planForm.dataset.meetingId;
            var request = meetingId ?
                view.act('edit_meeting', {meeting_id: Number(meetingId), meeting: commonFields(planForm)}, planForm) :
                view.act('plan_meeting', {meeting: commonFields(planForm)}, planForm);
            request.then(function (result) {
                part('plan-details').open = false;
                context.onState(result, meetingId ? gettext('Changes saved.') : gettext('The meeting is planned.'),
                    'next-meeting');
            }, ignore);
        });

        /* Closing a form without saving leaves edit mode, so the next opening starts afresh. */
        function leaveEditModeOnClose(detailsName, form, summaryName, summaryText) {
            part(detailsName).addEventListener('toggle', function () {
                if (!part(detailsName).open) {
                    form.reset();
                    delete form.dataset.meetingId;
                    delete form.dataset.mode;
                    part(summaryName).textContent = summaryText;
                }
            });
        }

        leaveEditModeOnClose('plan-details', planForm, 'plan-summary', gettext('Plan a meeting'));
        leaveEditModeOnClose('log-details', logForm, 'log-summary', gettext('Log a meeting held at school'));

        /* Opening a form fills it at once, before anyone can type into it. */
        part('plan-summary').addEventListener('click', function (event) {
            if (!part('plan-details').open && !planForm.dataset.meetingId) {
                event.preventDefault();
                openPlanForm(null);
            }
        });

        /* --- logging ------------------------------------------------------------------- */

        /* mode: 'new', 'planned' (log a planned meeting) or 'edit' (a held one). */
        function openLogForm(meeting, mode) {
            logForm.dataset.mode = mode;
            logForm.dataset.meetingId = meeting ? meeting.id : '';
            part('log-summary').textContent = mode === 'edit' ?
                gettext('Edit the minutes') : gettext('Log a meeting held at school');
            fillCommon(logForm, meeting);
            var held = mode === 'edit' ? meeting : null;
            logForm.elements.guests.value = held ? held.guests : 0;
            logForm.elements.topics.value = held ? held.topics : '';
            logForm.elements.notes.value = held ? held.notes : '';
            logForm.elements.outcomes.value = held ? held.outcomes : '';
            renderUnitChoices(held ? held.units.map(function (unit) {
                return unit.id;
            }) : [thisUnit]);
            part('action-item-rows').textContent = '';
            (held ? held.action_items : []).forEach(addActionItemRow);
            var present = held ? held.attendees.map(function (attendee) {
                return attendee.person.learner_id;
            }) : null;
            loadAttendees(present);
            dom.reveal(logForm);
            part('log-details').open = true;
            logForm.elements.date.focus();
        }

        function renderUnitChoices(checked) {
            var box = part('unit-choices');
            box.textContent = '';
            units.forEach(function (unit) {
                box.appendChild(choice('units', unit.id, unit.title, checked.indexOf(unit.id) !== -1));
            });
        }

        function choice(name, value, text, checked) {
            var label = make('label');
            var input = make('input');
            input.type = 'checkbox';
            input.name = name;
            input.value = value;
            input.checked = checked;
            label.appendChild(input);
            label.appendChild(document.createTextNode(' ' + text));
            return label;
        }

        /* Who can be ticked as present: the group's members on the chosen day. */
        function loadAttendees(present) {
            var box = part('attendee-choices');
            var keep = present || checkedValues('attendees');
            var query = {date: logForm.elements.date.value, time_zone: zone};
            view.act('members_on', query, logForm, true).then(function (people) {
                box.textContent = '';
                if (!people.length) {
                    box.appendChild(make('p', 'sg-hint', gettext('Nobody was in the group on that day: check the date.')));
                }
                people.forEach(function (person) {
                    var checked = (present || keep.length) ? keep.indexOf(person.learner_id) !== -1 : person.is_you;
                    box.appendChild(choice('attendees', person.learner_id, person.display_name, checked));
                });
            }, ignore);
        }

        function checkedValues(name) {
            return Array.prototype.filter.call(logForm.querySelectorAll('input[name="' + name + '"]'), function (box) {
                return box.checked;
            }).map(function (box) {
                return Number(box.value);
            });
        }

        function owners() {
            var people = {};
            state.group.members.forEach(function (member) {
                people[member.learner_id] = member.display_name;
            });
            return people;
        }

        function addActionItemRow(actionItem) {
            rowCount += 1;
            var id = 'sg-item-' + view.uid + '-' + rowCount;
            var row = make('li', 'sg-item-row');
            row.dataset.itemId = actionItem && actionItem.id ? actionItem.id : '';

            var textLabel = make('label', null, pgettext('form field label', 'Task'));
            textLabel.htmlFor = id + '-text';
            var text = make('input');
            text.type = 'text';
            text.id = id + '-text';
            text.className = 'sg-item-text';
            text.maxLength = initial.limits.action_item;
            text.required = true;
            text.value = actionItem ? actionItem.text : '';

            var ownerLabel = make('label', null, gettext('Who does it'));
            ownerLabel.htmlFor = id + '-owner';
            var owner = make('select');
            owner.id = id + '-owner';
            owner.className = 'sg-item-owner';
            owner.appendChild(option('', pgettext('who does a task', 'Anyone')));
            var people = owners();
            if (actionItem && actionItem.owner) {
                people[actionItem.owner.learner_id] = actionItem.owner.display_name;
            }
            Object.keys(people).forEach(function (learnerId) {
                owner.appendChild(option(learnerId, people[learnerId]));
            });
            owner.value = actionItem && actionItem.owner ? String(actionItem.owner.learner_id) : '';

            var doneLabel = make('label', 'sg-item-done');
            var done = make('input');
            done.type = 'checkbox';
            done.checked = Boolean(actionItem && actionItem.done);
            doneLabel.appendChild(done);
            doneLabel.appendChild(document.createTextNode(' ' + pgettext('a task is done', 'Done')));

            var remove = button(pgettext('button', 'Remove'), function () {
                row.parentNode.removeChild(row);
                logForm.querySelector('[data-action="add-action-item"]').focus();
            }, true);
            remove.setAttribute('aria-label', gettext('Remove this task'));

            [textLabel, text, ownerLabel, owner, doneLabel, remove].forEach(function (node) {
                row.appendChild(node);
            });
            row.done = done;
            part('action-item-rows').appendChild(row);
            return text;
        }

        function option(value, text) {
            var node = make('option', null, text);
            node.value = value;
            return node;
        }

        function actionItems() {
            return Array.prototype.map.call(part('action-item-rows').children, function (row) {
                var owner = row.querySelector('.sg-item-owner').value;
                return {
                    id: row.dataset.itemId ? Number(row.dataset.itemId) : null,
                    text: row.querySelector('.sg-item-text').value,
                    owner: owner ? Number(owner) : null,
                    done: row.done.checked
                };
            });
        }

        logForm.querySelector('[data-action="add-action-item"]').addEventListener('click', function () {
            addActionItemRow(null).focus();
        });

        logForm.elements.date.addEventListener('change', function () {
            loadAttendees(null);
        });

        logForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var fields = commonFields(logForm);
            fields.attendees = checkedValues('attendees');
            fields.units = checkedValues('units');
            fields.guests = Number(logForm.elements.guests.value || 0);
            fields.topics = logForm.elements.topics.value;
            fields.notes = logForm.elements.notes.value;
            fields.outcomes = logForm.elements.outcomes.value;
            fields.action_items = actionItems();
            var mode = logForm.dataset.mode || 'new';
            var meetingId = Number(logForm.dataset.meetingId) || null;
            var request;
            if (mode === 'edit') {
                request = view.act('edit_meeting', {meeting_id: meetingId, meeting: fields}, logForm);
            } else {
                request = view.act('log_meeting', {meeting: fields, planned_meeting_id: meetingId}, logForm);
            }
            request.then(function (result) {
                part('log-details').open = false;
                context.onState(result, mode === 'edit' ? gettext('Changes saved.') : gettext('The meeting is logged.'),
                    'history-heading');
            }, ignore);
        });

        part('log-summary').addEventListener('click', function (event) {
            if (!part('log-details').open && !logForm.dataset.mode) {
                event.preventDefault();
                openLogForm(null, 'new');
            }
        });

        return {
            openPlanForm: openPlanForm,
            openLogForm: openLogForm,
            agendaDraft: agendaDraft,
            /* The learner state the next form drafts from: open action items, the members. */
            use: function (learnerState) {
                state = learnerState;
            }
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

/* Study Group XBlock: the group's meetings, part of the learner view.
 *
 * In the summary, the next meeting (and its calendar file) and what the learner said they
 * would do; in its section, the history a page at a time: confirm one's own attendance, tick
 * off action items, open a record in its form (meeting_forms.js) to edit it, or delete it.
 * User text is only ever set with textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, pgettext, npgettext, format} = i18n;
    var {make, button, ignore} = dom;

    /* ``context``: the page's initial data, and ``onState(state, message, focus)`` to call with
     * the learner state a change answers. */
    global.StudyGroupMeetings = function (view, context) {
        var part = view.part;
        var initial = context.initial;
        var zone = i18n.learnerZone(initial.time_zone);
        var modeName = function (mode) {
            return initial.mode_names[mode] || mode;
        };
        var forms = global.StudyGroupMeetingForms(view, context);
        var proposals = global.StudyGroupProposals(view, context, {formatMoment: formatMoment, minutes: minutes,
            modeName: modeName, agendaDraft: forms.agendaDraft});

        /* --- dates in the learner's time zone --------------------------------------- */

        function formatMoment(iso) {
            return i18n.formatDate(new Date(iso), {
                timeZone: zone,
                weekday: 'short',
                day: 'numeric',
                month: 'short',
                year: 'numeric',
                hour: '2-digit',
                minute: '2-digit',
                timeZoneName: 'short'
            });
        }

        function minutes(count) {
            return format(npgettext('duration of a meeting', '%(count)s minute', '%(count)s minutes', count), {count: count});
        }

        /* --- the next meeting --------------------------------------------------------- */

        function renderNext(meeting) {
            var box = part('next-meeting');
            box.textContent = '';
            box.appendChild(make('h4', 'sg-subheading', gettext('Next meeting')));
            if (!meeting) {
                box.appendChild(make('p', 'sg-hint', gettext('No meeting is planned yet.')));
                box.appendChild(dom.actionLine(button(pgettext('button', 'Plan a meeting'), function () {
                    forms.openPlanForm(null);
                }, true)));
                return;
            }
            box.appendChild(make('p', 'sg-next-when', formatMoment(meeting.start)));
            box.appendChild(make('p', 'sg-hint', describe(meeting)));
            if (meeting.link) {
                box.appendChild(dom.linkLine(meeting.link));
            }
            var actions = dom.actionLine(calendarLink(meeting));
            if (new Date(meeting.start) <= new Date()) {
                actions.appendChild(button(pgettext('button', 'Log this meeting'), function () {
                    forms.openLogForm(meeting, 'planned');
                }, true));
            }
            box.appendChild(actions);
        }

        /* What the last meeting left the learner to do, to tick off without opening the record. */
        function renderMyActionItems(items) {
            var box = part('my-action-items');
            box.textContent = '';
            var mine = items.filter(function (actionItem) {
                return actionItem.owner && actionItem.owner.is_you;
            });
            box.hidden = !mine.length;
            if (mine.length) {
                box.appendChild(make('h4', 'sg-subheading', gettext('What you said you would do')));
                box.appendChild(actionItemList(mine, 'my-'));
            }
        }

        function describe(meeting) {
            return [minutes(meeting.duration_minutes), modeName(meeting.mode), meeting.location]
                .filter(Boolean).join(' · ');
        }

        function calendarLink(meeting) {
            var link = make('a', 'sg-button sg-secondary', gettext('Add to my calendar (.ics)'));
            link.href = view.handlerUrl('meeting_calendar', 'meeting_id=' + meeting.id);
            link.setAttribute('download', '');
            return link;
        }

        /* --- the history ------------------------------------------------------------- */

        function renderHistory(page) {
            var box = part('history');
            box.textContent = '';
            if (!page || !page.total) {
                box.appendChild(make('p', 'sg-hint', gettext('No meetings logged yet.')));
                return;
            }
            var list = make('ol', 'sg-meeting-list');
            page.meetings.forEach(function (meeting) {
                list.appendChild(renderMeeting(meeting));
            });
            box.appendChild(list);
            if (page.num_pages > 1) {
                box.appendChild(dom.pager(page, gettext('Pages of the group\'s meetings'), showPage, {
                    previous: gettext('Newer meetings'),
                    next: gettext('Older meetings')
                }));
            }
        }

        function renderMeeting(meeting) {
            var item = make('li', 'sg-meeting');
            var title = meeting.status === 'held' ?
                format(gettext('Meeting held on %(when)s'), {when: formatMoment(meeting.start)}) :
                format(gettext('Meeting planned for %(when)s'), {when: formatMoment(meeting.start)});
            item.appendChild(make('h5', 'sg-meeting-title', title));
            item.appendChild(make('p', 'sg-hint', describe(meeting)));
            if (meeting.link) {
                item.appendChild(dom.linkLine(meeting.link));
            }
            if (meeting.status === 'held') {
                item.appendChild(attendanceLine(meeting));
            }
            if (meeting.units.length) {
                item.appendChild(labelled(gettext('Units discussed'), meeting.units.map(function (unit) {
                    return unit.title;
                }).join(', ')));
            }
            [
                [pgettext('table heading', 'Agenda'), meeting.agenda],
                [pgettext('table heading', 'Topics'), meeting.topics],
                [pgettext('table heading', 'Notes'), meeting.notes],
                [pgettext('table heading', 'Outcomes'), meeting.outcomes]
            ].forEach(function (field) {
                if (field[1]) {
                    item.appendChild(labelled(field[0], field[1]));
                }
            });
            if (meeting.action_items.length) {
                item.appendChild(actionItemList(meeting.action_items, ''));
            }
            item.appendChild(make('p', 'sg-hint', recordedBy(meeting)));
            item.appendChild(meetingActions(meeting));
            return item;
        }

        function attendanceLine(meeting) {
            var line = make('p', 'sg-text');
            line.appendChild(make('strong', null, pgettext('before the names of those at a meeting', 'Present:') + ' '));
            meeting.attendees.forEach(function (attendee, index) {
                if (index) {
                    line.appendChild(document.createTextNode(', '));
                }
                line.appendChild(document.createTextNode(attendee.person.display_name));
                if (attendee.confirmed) {
                    line.appendChild(make('span', 'sg-confirmed', ' ✓ ' + pgettext('attendance confirmed by the member', 'confirmed')));
                }
            });
            if (meeting.guests) {
                line.appendChild(document.createTextNode(' · ' + format(
                    npgettext('people at a meeting who are not in the course', '%(count)s guest', '%(count)s guests', meeting.guests),
                    {count: meeting.guests}
                )));
            }
            return line;
        }

        function labelled(label, text) {
            var line = make('p', 'sg-text');
            line.appendChild(make('strong', null, label + ': '));
            line.appendChild(document.createTextNode(text));
            return line;
        }

        /* ``place``: where the list is drawn (the summary or the record), so focus returns to the box ticked. */
        function actionItemList(items, place) {
            var list = make('ul', 'sg-action-items');
            list.setAttribute('aria-label', pgettext('tasks agreed at a meeting', 'Tasks'));
            items.forEach(function (actionItem) {
                var entry = make('li', actionItem.done ? 'sg-done' : '');
                var text = actionItem.text;
                if (actionItem.owner && !place) {
                    text += ' (' + actionItem.owner.display_name + ')';
                }
                if (actionItem.can_tick) {
                    var label = make('label');
                    var box = make('input');
                    box.type = 'checkbox';
                    box.checked = Boolean(actionItem.done);
                    box.dataset.focusKey = place + 'tick-' + actionItem.id;
                    box.addEventListener('change', function () {
                        view.act('set_action_item_done', {action_item_id: actionItem.id, done: box.checked})
                            .then(function (result) {
                                context.onState(result, box.checked ? gettext('Ticked off.') : pgettext('a task is marked as not done again', 'Reopened.'));
                                // An item ticked off in the summary leaves it: focus stays nearby.
                                if (!view.refocus(place + 'tick-' + actionItem.id)) {
                                    view.refocus('next-meeting');
                                }
                            }, function () {
                                box.checked = !box.checked;
                            });
                    });
                    label.appendChild(box);
                    label.appendChild(document.createTextNode(' ' + text));
                    entry.appendChild(label);
                } else {
                    entry.textContent = (actionItem.done ? '✓ ' : '○ ') + text;
                }
                list.appendChild(entry);
            });
            return list;
        }

        function recordedBy(meeting) {
            var text = format(gettext('Logged by %(name)s.'), {name: meeting.created_by.display_name});
            if (meeting.last_edit) {
                text += ' ' + format(gettext('Last edited by %(name)s on %(when)s.'), {
                    name: meeting.last_edit.by.display_name,
                    when: formatMoment(meeting.last_edit.at)
                });
            }
            return text;
        }

        function meetingActions(meeting) {
            var actions = make('p', 'sg-actions');
            var when = formatMoment(meeting.start);
            if (meeting.can_confirm) {
                actions.appendChild(button(pgettext('button', 'Confirm I was there'), function () {
                    view.act('confirm_attendance', {meeting_id: meeting.id}).then(function (result) {
                        context.onState(result, gettext('Thank you: your attendance is confirmed.'), 'history-heading');
                    }, ignore);
                }));
            }
            if (meeting.status === 'planned') {
                actions.appendChild(calendarLink(meeting));
                if (new Date(meeting.start) <= new Date()) {
                    actions.appendChild(button(pgettext('button', 'Log this meeting'), function () {
                        forms.openLogForm(meeting, 'planned');
                    }, true));
                }
            }
            if (meeting.can_edit) {
                var edit = button(pgettext('button', 'Edit'), function () {
                    if (meeting.status === 'held') {
                        forms.openLogForm(meeting, 'edit');
                    } else {
                        forms.openPlanForm(meeting);
                    }
                }, true);
                edit.setAttribute('aria-label', format(gettext('Edit the meeting of %(when)s'), {when: when}));
                actions.appendChild(edit);
                var remove = button(pgettext('button', 'Delete'), function () {
                    if (global.confirm(gettext('Delete this meeting and its minutes?'))) {
                        view.act('delete_meeting', {meeting_id: meeting.id}).then(function (result) {
                            context.onState(result, gettext('The meeting was deleted.'), 'history-heading');
                        }, ignore);
                    }
                }, true);
                remove.setAttribute('aria-label', format(gettext('Delete the meeting of %(when)s'), {when: when}));
                actions.appendChild(remove);
            }
            return actions;
        }

        /* --- meeting e-mails on or off ---------------------------------------------- */

        var mailChoice = part('meeting-mail');
        mailChoice.addEventListener('change', function () {
            view.act('set_meeting_mail', {on: mailChoice.checked}).then(function (result) {
                context.onState(result, mailChoice.checked ?
                    gettext('You will get the group\'s meeting e-mails.') :
                    gettext('You will get no more meeting e-mails from this course.'));
            }, function () {
                mailChoice.checked = !mailChoice.checked;
            });
        });

        function showPage(number) {
            view.act('meeting_history', {page: number}, null, true).then(function (page) {
                renderHistory(page);
                dom.focusOn(part('history-heading'));
            }, ignore);
        }

        return {
            render: function (state) {
                forms.use(state);
                part('time-zone-note').textContent = format(gettext('Times are in the %(zone)s time zone.'), {
                    zone: zone
                });
                mailChoice.checked = state.meeting_mail;
                renderNext(state.next_meeting);
                var invitation = proposals.invitation(state.proposal);
                if (invitation) {
                    part('next-meeting').appendChild(invitation);
                }
                renderMyActionItems(state.open_action_items);
                renderHistory(state.meetings);
                proposals.render(state);
            }
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

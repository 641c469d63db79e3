/* Study Group XBlock: the learner's group, or finding and starting one; part of the learner view.
 *
 * Without a group: search the course's groups, join one (or with a code), start one
 * (told when the school has one already). In a group: its school, place and members, the
 * join code and an invitation to copy, and the coordinators' tools. User text is only
 * ever set with textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, ngettext, pgettext, format} = i18n;
    var {make, button, ignore} = dom;

    /* ``context``: the page's initial data, the names of countries and languages, and
     * ``onState(state, message, focus)`` to call with the learner state a change answers. */
    global.StudyGroupGroup = function (view, context) {
        var {part, root, say, act} = view;
        var update = context.onState;
        var countryNames = context.names.countries;
        var languageNames = context.names.languages;
        var state = context.initial.state;
        var duplicateOf = null;

        function placeOf(group) {
            return [group.city, countryNames[group.country] || group.country].join(', ');
        }

        function memberCount(group) {
            return format(ngettext('%(count)s of %(limit)s member', '%(count)s of %(limit)s members', group.size_limit), {
                count: group.member_count,
                limit: group.size_limit
            });
        }

        /* How a group takes members, as a search result says it. */
        function admission(group) {
            if (group.is_full) {
                return pgettext('status of a study group', 'Full');
            }
            if (group.is_open) {
                return pgettext('status of a study group', 'Open');
            }
            return group.by_request ? pgettext('status of a study group', 'By request') : pgettext('status of a study group', 'Join with code only');
        }

        /* --- without a group ---------------------------------------------------------- */

        /* Search; resolves once the results are drawn. ``focusResults`` after paging, so focus is not lost. */
        function search(page, focusResults) {
            var form = part('search-form');
            var query = {q: form.elements.q.value, country: form.elements.country.value, page: page};
            return act('search_groups', query, form, true).then(function (found) {
                renderResults(found);
                if (focusResults) {
                    dom.focusOn(part('search-results').firstChild);
                }
            }, ignore);
        }

        function renderResults(found) {
            var box = part('search-results');
            box.textContent = '';
            if (!found.total) {
                box.appendChild(make('p', 'sg-hint', gettext('No group matches yet. If your school has none, start one below.')));
                return;
            }
            var counted = found.more ?
                gettext('More than %(total)s groups found') :
                ngettext('%(total)s group found', '%(total)s groups found', found.total);
            box.appendChild(make('p', 'sg-hint', format(counted, {total: found.total})));
            var list = make('ul', 'sg-results');
            found.results.forEach(function (group) {
                var item = make('li', 'sg-result');
                item.appendChild(make('strong', 'sg-result-name', group.school_name));
                item.appendChild(make('span', 'sg-result-place', placeOf(group)));
                var facts = make('span', 'sg-result-facts', memberCount(group) + ' · ');
                facts.appendChild(make('span', 'sg-badge', admission(group)));
                item.appendChild(facts);
                if (group.by_request && !group.is_full) {
                    var ask = button(pgettext('button', 'Ask to join'), function () {
                        context.askToJoin(group, item);
                    });
                    ask.setAttribute('aria-label', format(pgettext('button', 'Ask to join %(school)s'), {school: group.school_name}));
                    item.appendChild(ask);
                }
                if (group.is_open && !group.is_full) {
                    var join = button(pgettext('button', 'Join'), function () {
                        joinGroup(group.id);
                    });
                    join.setAttribute('aria-label', format(pgettext('button', 'Join %(school)s'), {school: group.school_name}));
                    item.appendChild(join);
                }
                list.appendChild(item);
            });
            box.appendChild(list);
            if (found.num_pages > 1) {
                box.appendChild(dom.pager(found, gettext('Search result pages'), function (number) {
                    search(number, true);
                }));
            }
        }

        /* Previous and next buttons for a paged list; ``names`` can say "Newer" and "Older" instead. */
        function joinGroup(groupId) {
            act('join_group', {group_id: groupId}).then(function (result) {
                update(result, gettext('Welcome to the group!'), 'group-name');
            }, ignore);
        }

        function createGroup(allowDuplicate) {
            var form = part('create-form');
            act('create_group', {group: dom.formValues(form), allow_duplicate: allowDuplicate}, form).then(function (result) {
                showDuplicate(null);
                form.reset();
                update(result, gettext('Your group is ready. Invite colleagues with its join code.'), 'group-name');
            }, function (error) {
                if (error.error === 'duplicate_school') {
                    say('');
                    showDuplicate(error.group);
                }
            });
        }

        function showDuplicate(group) {
            duplicateOf = group;
            var box = part('duplicate');
            box.hidden = !group;
            if (!group) {
                return;
            }
            var joinable = group.is_open && !group.is_full;
            var text = joinable ?
                gettext('%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?') :
                gettext('%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.');
            part('duplicate-text').textContent = format(text, {
                school: group.school_name,
                place: placeOf(group),
                members: memberCount(group)
            });
            root.querySelector('[data-action="join-duplicate"]').hidden = !joinable;
            dom.focusOn(part('duplicate-text'));
        }

        /* --- in a group --------------------------------------------------------------- */

        function renderGroup() {
            var group = state.group;
            var summary = group.summary;
            var isCoordinator = state.role === 'coordinator';
            part('group-name').textContent = summary.school_name;
            part('group-place').textContent = format(gettext('%(place)s · working language: %(language)s · %(members)s'), {
                place: placeOf(summary),
                language: languageNames[summary.language] || summary.language,
                members: memberCount(summary)
            });
            part('group-description').textContent = group.description;
            part('group-description').hidden = !group.description;
            part('join-code').textContent = group.join_code;

            var box = part('members');
            box.textContent = '';
            var schools = bySchool(group);
            schools.forEach(function (school) {
                if (schools.length > 1) {
                    box.appendChild(make('h5', 'sg-school-name', schoolLine(school.school)));
                }
                var list = make('ul', 'sg-members');
                school.members.forEach(function (member) {
                    list.appendChild(renderMember(member, isCoordinator));
                });
                box.appendChild(list);
            });
            var mine = group.members.find(function (member) {
                return member.is_you;
            });
            if (!part('my-school-details').open) {
                dom.fillForm(part('my-school-form'), mine.school);
            }

            part('coordinator').hidden = !isCoordinator;
            part('evidence-link').href = view.withZone(view.handlerUrl('group_record', 'group_id=' + summary.id));
            if (isCoordinator && !part('edit-form').closest('details').open) {
                // never over a coordinator's unsaved edits
                dom.fillForm(part('edit-form'), Object.assign({
                    description: group.description,
                    admission: summary.is_open ? 'open' : (summary.by_request ? 'request' : 'code')
                }, summary));
            }
        }

        /* The group's schools, each with its members: the host school first, then the others by name. */
        function bySchool(group) {
            var host = schoolKey(group.summary);
            var found = {};
            group.members.forEach(function (member) {
                var key = schoolKey(member.school);
                found[key] = found[key] || {school: member.school, members: []};
                found[key].members.push(member);
            });
            return Object.keys(found).sort(function (a, b) {
                return (b === host) - (a === host) || found[a].school.school_name.localeCompare(found[b].school.school_name);
            }).map(function (key) {
                return found[key];
            });
        }

        function schoolKey(school) {
            return [school.school_name, school.city].join('|').toLocaleLowerCase();
        }

        function schoolLine(school) {
            return [school.school_name, school.city, countryNames[school.country] || school.country].join(', ');
        }

        function renderMember(member, isCoordinator) {
            var item = make('li', 'sg-member');
            var who = make('span', 'sg-member-name', member.display_name);
            if (member.is_you) {
                who.appendChild(make('span', 'sg-you', ' ' + pgettext('after the name of the person viewing the page', '(you)')));
            }
            item.appendChild(who);
            if (member.role === 'coordinator') {
                item.appendChild(make('span', 'sg-badge sg-role', pgettext('role in a study group', 'Coordinator')));
            }
            item.appendChild(make('span', 'sg-hint sg-joined', format(pgettext('the day a member joined', 'joined %(date)s'), {
                date: i18n.formatDay(member.joined)
            })));
            if (isCoordinator && !member.is_you) {
                var tools = make('span', 'sg-member-tools');
                if (member.role === 'coordinator') {
                    tools.appendChild(memberAction(pgettext('button', 'Remove coordinator role'), member, 'set_role', {role: 'member'}));
                } else {
                    tools.appendChild(memberAction(pgettext('button', 'Make co-coordinator'), member, 'set_role', {role: 'coordinator'}));
                    tools.appendChild(memberAction(pgettext('button', 'Hand over the coordinator role'), member, 'hand_over', {},
                        gettext('Make %(name)s the coordinator? You will become a member.')));
                }
                tools.appendChild(memberAction(pgettext('button', 'Remove'), member, 'remove_member', {},
                    gettext('Remove %(name)s from the group? Their meetings and adaptations stay with the group.')));
                item.appendChild(tools);
            }
            return item;
        }

        function memberAction(label, member, handler, extra, question) {
            var name = member.display_name;
            var node = button(label, function () {
                if (question && !window.confirm(format(question, {name: name}))) {
                    return;
                }
                var payload = Object.assign({membership_id: member.membership_id}, extra);
                act(handler, payload).then(function (result) {
                    update(result, pgettext('message after an action', 'Done.'), result.role === 'coordinator' ? 'members-heading' : 'group-name');
                }, ignore);
            }, true);
            dom.nameFor(node, label, name);
            return node;
        }

        function invitation() {
            return format(gettext('Join our study group “%(school)s” in this course: open any Study Group unit, choose “Join with a code” and enter %(code)s.'), {
                school: state.group.summary.school_name,
                code: state.group.join_code
            });
        }

        function copy(text) {
            var done = function () {
                say(pgettext('message after an action', 'Copied.'));
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(done, function () {
                    say(gettext('Copying failed: select the code and copy it yourself.'), true);
                });
                return;
            }
            var scratch = make('textarea');
            scratch.value = text;
            scratch.setAttribute('readonly', '');
            scratch.className = 'sg-offscreen';
            root.appendChild(scratch);
            scratch.select();
            try {
                document.execCommand('copy');
                done();
            } finally {
                root.removeChild(scratch);
            }
        }

        part('search-form').addEventListener('submit', function (event) {
            event.preventDefault();
            search(1);
        });
        part('code-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var form = event.target;
            act('join_by_code', {code: form.elements.code.value}, form).then(function (result) {
                form.reset();
                update(result, gettext('Welcome to the group!'), 'group-name');
            }, ignore);
        });
        part('create-form').addEventListener('submit', function (event) {
            event.preventDefault();
            createGroup(false);
        });
        part('my-school-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var form = event.target;
            act('set_my_school', {school: dom.formValues(form)}, form).then(function (result) {
                part('my-school-details').open = false;
                update(result, gettext('Your school is saved.'), 'members-heading');
            }, ignore);
        });
        part('edit-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var form = event.target;
            act('update_group', {group: dom.formValues(form)}, form).then(function (result) {
                form.closest('details').open = false;
                update(result, gettext('Changes saved.'), 'group-name');
            }, ignore);
        });
        root.querySelector('[data-action="join-duplicate"]').addEventListener('click', function () {
            joinGroup(duplicateOf.id);
        });
        root.querySelector('[data-action="create-anyway"]').addEventListener('click', function () {
            createGroup(true);
        });
        root.querySelector('[data-action="copy-code"]').addEventListener('click', function () {
            copy(state.group.join_code);
        });
        root.querySelector('[data-action="copy-invitation"]').addEventListener('click', function () {
            copy(invitation());
        });
        root.querySelector('[data-action="rotate-code"]').addEventListener('click', function () {
            if (window.confirm(gettext('Make a new join code? The old code will stop working.'))) {
                act('rotate_code').then(function (result) {
                    update(result, gettext('The group has a new join code.'), 'join-code');
                }, ignore);
            }
        });
        root.querySelector('[data-action="leave"]').addEventListener('click', function () {
            if (window.confirm(gettext('Leave this study group? Your meetings and adaptations stay with the group.'))) {
                act('leave_group').then(function (result) {
                    update(result, '', 'no-group-lead');
                    return search(1).then(function () {
                        say(gettext('You have left the group.'));
                    });
                }, ignore);
            }
        });

        /* The printable pages show times in the browser's zone unless the LMS has the learner's own. */

        return {
            render: function (learnerState) {
                state = learnerState;
                if (state.group) {
                    renderGroup();
                }
            },
            search: search
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

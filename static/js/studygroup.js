/* Study Group XBlock: the learner view.
 *
 * The page arrives with the learner's state as JSON; every action posts to a handler
 * and redraws from the state it answers with. User text is only ever set with
 * textContent.
 */
function StudyGroupXBlock(runtime, element) {
    'use strict';

    var i18n = window.StudyGroupI18n;
    var gettext = i18n.gettext;
    var ngettext = i18n.ngettext;
    var format = i18n.format;

    var host = element.jquery ? element[0] : element;
    var root = host.querySelector('.studygroup-block');
    var dataNode = root && root.querySelector('script[type="application/json"]');
    if (!dataNode) {
        return; // Signed-out or unenrolled viewers only get the explanation.
    }
    var initial = JSON.parse(dataNode.textContent);
    i18n.useCalendar(initial.calendar);
    var state = initial.state;
    var groupCount = initial.group_count;
    var language = root.getAttribute('lang') || undefined;
    var countryNames = optionNames(root.querySelector('select[name="country"]'));
    var languageNames = optionNames(root.querySelector('[data-role="create-form"] select[name="language"]'));
    var duplicateOf = null;
    var busy = false;

    function part(name) {
        return root.querySelector('[data-role="' + name + '"]');
    }

    function personName(person) {
        return person.full_name || person.username;
    }

    /* A paragraph with a link to an address a learner gave (always http or https: the api checks). */
    function linkLine(url) {
        var link = make('a', 'sg-link', url);
        link.href = url;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        var line = make('p');
        line.appendChild(link);
        return line;
    }

    /* After a redraw, give focus back to the control (data-focus-key) or part (data-role) named ``key``. */
    function refocus(key) {
        var node = root.querySelector('[data-focus-key="' + key + '"]') || part(key);
        if (node) {
            focusOn(node);
        }
    }

    function optionNames(select) {
        var names = {};
        Array.prototype.forEach.call(select ? select.options : [], function (option) {
            names[option.value] = option.textContent;
        });
        return names;
    }

    function make(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function button(text, onClick, secondary) {
        var node = make('button', secondary ? 'sg-button sg-secondary' : 'sg-button', text);
        node.type = 'button';
        node.addEventListener('click', onClick);
        return node;
    }

    function say(message, isError) {
        var status = part('status');
        status.textContent = message || '';
        status.classList.toggle('sg-error', Boolean(isError));
    }

    function csrfToken() {
        var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
        return match ? decodeURIComponent(match[1]) : '';
    }

    /* Post to a handler; resolves with its JSON, rejects with {error, message, ...}. */
    function call(handler, payload) {
        return fetch(runtime.handlerUrl(host, handler), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-CSRFToken': csrfToken()},
            body: JSON.stringify(payload || {})
        }).then(function (response) {
            return response.json().catch(function () {
                return {error: 'server_error'};
            }).then(function (body) {
                if (!response.ok) {
                    body.message = body.message || gettext('Something went wrong. Please try again.');
                    throw body;
                }
                return body;
            });
        }, function () {
            throw {error: 'network', message: gettext('Could not reach the server. Check your connection and try again.')};
        });
    }

    /* Send a request, showing any error where the learner looks. Changes run one at a
     * time (no double submits) and announce progress; quiet reads (searches, lists)
     * neither wait for changes nor block them. */
    function act(handler, payload, form, quiet) {
        if (!quiet && initial.read_only) {
            say(part('read-only').textContent, true);
            return Promise.reject({error: 'read_only'});
        }
        if (!quiet) {
            if (busy) {
                return Promise.reject({error: 'busy'});
            }
            busy = true;
            root.setAttribute('aria-busy', 'true');
            say(gettext('Working…'));
        }
        clearFieldErrors(form);
        return call(handler, payload).then(function (result) {
            if (!quiet) {
                say('');
            }
            return result;
        }, function (error) {
            if (markFieldError(form, error.field, error.message)) {
                say('');
            } else {
                say(error.message, true);
            }
            throw error;
        }).finally(function () {
            if (!quiet) {
                busy = false;
                root.removeAttribute('aria-busy');
            }
        });
    }

    function clearFieldErrors(form) {
        if (!form) {
            return;
        }
        Array.prototype.forEach.call(form.querySelectorAll('.sg-field-error'), function (note) {
            note.parentNode.removeChild(note);
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
            field.removeAttribute('aria-describedby');
        });
    }

    /* Put the error next to the field it is about, tied to it for screen readers. */
    function markFieldError(form, fieldName, message) {
        var field = form && fieldName && form.querySelector('[name="' + fieldName + '"]');
        if (!field) {
            return false;
        }
        var note = make('p', 'sg-field-error', message);
        note.id = (field.id || fieldName) + '-error';
        (field.closest('fieldset') || field).insertAdjacentElement('afterend', note);
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', note.id);
        field.focus();
        return true;
    }

    /* Move focus to a part that stays on screen after a redraw, so keyboard users keep their place. */
    function focusOn(node) {
        if (!node.matches('a, button, input, select, textarea, summary')) {
            node.setAttribute('tabindex', '-1');
        }
        node.focus();
    }

    /* Apply a new learner state and move focus to ``target`` (a part name); errors were shown by act(). */
    function update(result, message, target) {
        var groupChanged = groupId(state) !== groupId(result);
        state = result;
        render();
        if (groupChanged) {
            adaptations.refresh();
        }
        say(message);
        if (target) {
            focusOn(part(target));
        }
    }

    function ignore() {
        return null;
    }

    function groupId(learnerState) {
        return learnerState.group ? learnerState.group.summary.id : null;
    }

    function placeOf(group) {
        return [group.city, countryNames[group.country] || group.country].join(', ');
    }

    function memberCount(group) {
        return format(ngettext('%(count)s of %(limit)s member', '%(count)s of %(limit)s members', group.size_limit), {
            count: group.member_count,
            limit: group.size_limit
        });
    }

    /* --- without a group ---------------------------------------------------------- */

    /* Search; resolves once the results are drawn. ``focusResults`` after paging, so focus is not lost. */
    function search(page, focusResults) {
        var form = part('search-form');
        var query = {q: form.elements.q.value, country: form.elements.country.value, page: page};
        return act('search_groups', query, form, true).then(function (found) {
            renderResults(found);
            if (focusResults) {
                focusOn(part('search-results').firstChild);
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
        box.appendChild(make('p', 'sg-hint', format(
            ngettext('%(total)s group found', '%(total)s groups found', found.total),
            {total: found.total}
        )));
        var list = make('ul', 'sg-results');
        found.results.forEach(function (group) {
            var item = make('li', 'sg-result');
            item.appendChild(make('strong', 'sg-result-name', group.school_name));
            item.appendChild(make('span', 'sg-result-place', placeOf(group)));
            var facts = make('span', 'sg-result-facts', memberCount(group) + ' · ');
            var status;
            if (group.is_full) {
                status = gettext('Full');
            } else if (group.is_open) {
                status = gettext('Open');
            } else {
                status = gettext('Join with code only');
            }
            facts.appendChild(make('span', 'sg-badge', status));
            item.appendChild(facts);
            if (group.is_open && !group.is_full) {
                var join = button(gettext('Join'), function () {
                    joinGroup(group.id);
                });
                join.setAttribute('aria-label', format(gettext('Join %(school)s'), {school: group.school_name}));
                item.appendChild(join);
            }
            list.appendChild(item);
        });
        box.appendChild(list);
        if (found.num_pages > 1) {
            box.appendChild(pager(found, gettext('Search result pages'), function (number) {
                search(number, true);
            }));
        }
    }

    /* Previous and next buttons for a paged list; ``names`` can say "Newer" and "Older" instead. */
    function pager(page, label, showPage, names) {
        names = names || {previous: gettext('Previous page'), next: gettext('Next page')};
        var nav = make('nav', 'sg-pager');
        nav.setAttribute('aria-label', label);
        if (page.page > 1) {
            nav.appendChild(button(names.previous, function () {
                showPage(page.page - 1);
            }, true));
        }
        nav.appendChild(make('span', 'sg-hint', format(gettext('Page %(page)s of %(pages)s'), {
            page: page.page,
            pages: page.num_pages
        })));
        if (page.page < page.num_pages) {
            nav.appendChild(button(names.next, function () {
                showPage(page.page + 1);
            }, true));
        }
        return nav;
    }

    function joinGroup(groupId) {
        act('join_group', {group_id: groupId}).then(function (result) {
            update(result, gettext('Welcome to the group!'), 'group-name');
        }, ignore);
    }

    function groupFields(form) {
        return {
            school_name: form.elements.school_name.value,
            city: form.elements.city.value,
            country: form.elements.country.value,
            language: form.elements.language.value,
            description: form.elements.description.value,
            is_open: form.elements.is_open.value === 'true'
        };
    }

    function createGroup(allowDuplicate) {
        var form = part('create-form');
        act('create_group', {group: groupFields(form), allow_duplicate: allowDuplicate}, form).then(function (result) {
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
        focusOn(part('duplicate-text'));
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

        var list = part('members');
        list.textContent = '';
        group.members.forEach(function (member) {
            list.appendChild(renderMember(member, isCoordinator));
        });

        meetings.render(state);
        part('coordinator').hidden = !isCoordinator;
        part('evidence-link').href = withZone(runtime.handlerUrl(host, 'group_record', '', 'group_id=' + summary.id));
        if (isCoordinator && !part('edit-form').closest('details').open) {
            fillGroupForm(part('edit-form'), group); // never over a coordinator's unsaved edits
        }
    }

    function renderMember(member, isCoordinator) {
        var item = make('li', 'sg-member');
        var who = make('span', 'sg-member-name', personName(member));
        if (member.is_you) {
            who.appendChild(make('span', 'sg-you', ' ' + gettext('(you)')));
        }
        item.appendChild(who);
        if (member.role === 'coordinator') {
            item.appendChild(make('span', 'sg-badge sg-role', gettext('Coordinator')));
        }
        item.appendChild(make('span', 'sg-hint sg-joined', format(gettext('joined %(date)s'), {
            date: i18n.formatDate(new Date(member.joined), {day: 'numeric', month: 'short', year: 'numeric'})
        })));
        if (isCoordinator && !member.is_you) {
            var tools = make('span', 'sg-member-tools');
            if (member.role === 'coordinator') {
                tools.appendChild(memberAction(gettext('Make member'), member, 'set_role', {role: 'member'}));
            } else {
                tools.appendChild(memberAction(gettext('Make co-coordinator'), member, 'set_role', {role: 'coordinator'}));
                tools.appendChild(memberAction(gettext('Hand coordination over'), member, 'hand_over', {},
                    gettext('Make %(name)s the coordinator? You will become a member.')));
            }
            tools.appendChild(memberAction(gettext('Remove'), member, 'remove_member', {},
                gettext('Remove %(name)s from the group? Their past records stay.')));
            item.appendChild(tools);
        }
        return item;
    }

    function memberAction(label, member, handler, extra, question) {
        var name = personName(member);
        var node = button(label, function () {
            if (question && !window.confirm(format(question, {name: name}))) {
                return;
            }
            var payload = Object.assign({membership_id: member.membership_id}, extra);
            act(handler, payload).then(function (result) {
                update(result, gettext('Done.'), result.role === 'coordinator' ? 'members-heading' : 'group-name');
            }, ignore);
        }, true);
        node.setAttribute('aria-label', label + ': ' + name);
        return node;
    }

    function fillGroupForm(form, group) {
        var summary = group.summary;
        form.elements.school_name.value = summary.school_name;
        form.elements.city.value = summary.city;
        form.elements.country.value = summary.country;
        form.elements.language.value = summary.language;
        form.elements.description.value = group.description;
        form.elements.is_open.value = summary.is_open ? 'true' : 'false';
    }

    function invitation() {
        return format(gettext('Join our study group “%(school)s” in this course: open any Study Group unit, choose “Join with a code” and enter %(code)s.'), {
            school: state.group.summary.school_name,
            code: state.group.join_code
        });
    }

    function copy(text) {
        var done = function () {
            say(gettext('Copied.'));
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

    /* --- drawing the whole view --------------------------------------------------- */

    function render() {
        var inGroup = Boolean(state.group);
        part('no-group').hidden = inGroup;
        part('in-group').hidden = !inGroup;
        if (inGroup) {
            renderGroup();
        }
        adaptations.render(state);
        var staff = part('staff-summary');
        if (staff) {
            staff.textContent = format(ngettext(
                'Staff view: %(count)s study group in this course.',
                'Staff view: %(count)s study groups in this course.',
                groupCount
            ), {count: groupCount});
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
    part('edit-form').addEventListener('submit', function (event) {
        event.preventDefault();
        var form = event.target;
        act('update_group', {group: groupFields(form)}, form).then(function (result) {
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
        if (window.confirm(gettext('Leave this study group? Your past records stay with the group.'))) {
            act('leave_group').then(function (result) {
                update(result, '', 'no-group-lead');
                return search(1).then(function () {
                    say(gettext('You have left the group.'));
                });
            }, ignore);
        }
    });

    /* The printable pages show times in the browser's zone unless the LMS has the learner's own. */
    function withZone(url) {
        var zone = initial.time_zone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
        return url + (url.indexOf('?') === -1 ? '?' : '&') + 'tz=' + encodeURIComponent(zone);
    }

    Array.prototype.forEach.call(root.querySelectorAll('a[data-zoned]'), function (link) {
        link.href = withZone(link.getAttribute('href'));
    });

    var kit = {
        runtime: runtime,
        host: host,
        root: root,
        initial: initial,
        language: language,
        uid: root.getAttribute('aria-labelledby'),
        limits: initial.limits,
        countryNames: countryNames,
        part: part,
        personName: personName,
        linkLine: linkLine,
        refocus: refocus,
        optionNames: optionNames,
        ignore: ignore,
        make: make,
        button: button,
        pager: pager,
        act: act,
        say: say,
        focusOn: focusOn,
        update: update,
        state: function () {
            return state;
        }
    };
    var meetings = window.StudyGroupMeetings(kit);
    var adaptations = window.StudyGroupAdaptations(kit);

    render();
    if (!state.group) {
        search(1);
    }
}

/* Study Group XBlock: asking to join a group, and answering those who ask; part of the learner view.
 *
 * A learner without a group asks a group that takes requests (with a short message), sees
 * whether it waits or was declined (and why), and may withdraw it. A coordinator sees the
 * requests waiting in the summary and accepts or declines each (with a reason the learner
 * reads). User text is only ever set with textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, pgettext, format} = i18n;
    var {make, button, ignore} = dom;

    /* ``context``: the page's initial data and ``onState(state, message, focus)``. */
    global.StudyGroupRequests = function (view, context) {
        var part = view.part;
        var limit = context.initial.limits.request_text;
        var fieldCount = 0;

        /* A labelled text box for a message or a reason, with an id of its own. */
        function textField(form, labelText) {
            fieldCount += 1;
            var box = make('textarea');
            box.name = 'text';
            box.rows = 2;
            box.maxLength = limit;
            form.appendChild(dom.labelledField(view.uid + '-request-text-' + fieldCount, labelText, box));
            return box;
        }

        /* --- asking ------------------------------------------------------------------- */

        /* Show, under a search result, the form to ask ``group`` to join (one at a time). */
        function openAskForm(group, place) {
            var open = view.root.querySelector('[data-role="ask-form"]');
            if (open) {
                open.parentNode.removeChild(open);
            }
            var form = make('form', 'sg-form sg-ask');
            form.dataset.role = 'ask-form';
            var box = textField(form, format(gettext('A short message to the coordinators of %(school)s (optional)'), {
                school: group.school_name
            }));
            var actions = make('p', 'sg-actions');
            var send = make('button', 'sg-button', pgettext('button', 'Send the request'));
            send.type = 'submit';
            actions.appendChild(send);
            actions.appendChild(button(pgettext('button', 'Cancel'), function () {
                form.parentNode.removeChild(form);
                dom.focusOn(place.querySelector('button'));
            }, true));
            form.appendChild(actions);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                view.act('ask_to_join', {group_id: group.id, message: box.value}, form).then(function (result) {
                    context.onState(result, gettext('Your request is sent.'), 'my-request');
                }, ignore);
            });
            place.appendChild(form);
            box.focus();
        }

        function renderOwn(request) {
            var box = part('my-request');
            box.textContent = '';
            box.hidden = !request;
            if (!request) {
                return;
            }
            var school = request.group.school_name;
            if (request.state === 'pending') {
                box.appendChild(make('p', 'sg-lead', format(
                    gettext('You asked on %(date)s to join %(school)s. Its coordinators will answer here.'),
                    {date: i18n.formatDay(request.created), school: school}
                )));
                box.appendChild(dom.actionLine(button(pgettext('button', 'Withdraw the request'), function () {
                    view.act('withdraw_request').then(function (result) {
                        context.onState(result, gettext('Your request is withdrawn.'), 'no-group-lead');
                    }, ignore);
                }, true)));
                return;
            }
            box.appendChild(make('p', 'sg-lead', format(
                gettext('%(school)s declined your request to join.'), {school: school}
            )));
            if (request.reason) {
                box.appendChild(make('p', 'sg-text', format(gettext('Their reason: %(reason)s'), {reason: request.reason})));
            }
            box.appendChild(make('p', 'sg-hint', gettext('You can ask another group, join one with a code or start your own.')));
        }

        /* --- answering ------------------------------------------------------------- */

        function renderWaiting(requests) {
            var box = part('requests');
            box.textContent = '';
            box.hidden = !requests.length;
            if (!requests.length) {
                return;
            }
            box.appendChild(make('h4', 'sg-subheading', gettext('Colleagues asking to join')));
            var list = make('ul', 'sg-requests');
            requests.forEach(function (request) {
                list.appendChild(renderRequest(request));
            });
            box.appendChild(list);
        }

        function renderRequest(request) {
            var name = request.person.display_name;
            var item = make('li', 'sg-request');
            item.appendChild(make('strong', 'sg-member-name', name));
            item.appendChild(make('span', 'sg-hint', ' ' + format(gettext('asked on %(date)s'), {date: i18n.formatDay(request.created)})));
            if (request.message) {
                item.appendChild(make('p', 'sg-text', request.message));
            }
            var actions = make('p', 'sg-actions');
            var accept = button(pgettext('button', 'Accept'), function () {
                decide(request, true, '', null);
            });
            accept.setAttribute('aria-label', format(pgettext('button', 'Accept %(name)s'), {name: name}));
            var decline = button(pgettext('button', 'Decline'), function () {
                openDeclineForm(request, item, decline);
            }, true);
            decline.setAttribute('aria-label', format(pgettext('button', 'Decline %(name)s'), {name: name}));
            actions.appendChild(accept);
            actions.appendChild(decline);
            item.appendChild(actions);
            return item;
        }

        function openDeclineForm(request, item, opener) {
            if (item.querySelector('form')) {
                item.querySelector('textarea').focus();
                return;
            }
            var form = make('form', 'sg-form');
            var box = textField(form, format(gettext('Why, for %(name)s to read (optional)'), {
                name: request.person.display_name
            }));
            var send = make('button', 'sg-button', pgettext('button', 'Decline the request'));
            send.type = 'submit';
            form.appendChild(dom.actionLine(send));
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                decide(request, false, box.value, form);
            });
            item.appendChild(form);
            opener.setAttribute('aria-expanded', 'true');
            box.focus();
        }

        function decide(request, accept, reason, form) {
            var payload = {request_id: request.id, accept: accept, reason: reason};
            view.act('decide_request', payload, form).then(function (result) {
                var message = accept ?
                    format(gettext('%(name)s is now a member of the group.'), {name: request.person.display_name}) :
                    gettext('The request is declined.');
                context.onState(result, message, 'group-name');
            }, ignore);
        }

        return {
            openAskForm: openAskForm,
            render: function (state) {
                renderOwn(state.group ? null : state.request);
                renderWaiting(state.requests || []);
            }
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

/* Study Group XBlock: a new coordinator's first steps, in the summary; part of the learner view.
 *
 * Each step is ticked from what the group has done (the api reads it from the records); the
 * steps still to do are listed, each leading to where it is done: the control it names opens
 * its section and takes the focus.
 * The coordinator hides the list when they know their way.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, pgettext, format} = i18n;
    var {make, button, ignore} = dom;

    /* ``context``: ``onState(state, message, focus)``. */
    global.StudyGroupGuide = function (view, context) {
        var part = view.part;
        var root = view.root;

        /* Where each step is done: the control to open (a form's summary) or to focus. */
        var steps = {
            invite: {text: gettext('Invite at least two colleagues with the join code'), go: focus('[data-action="copy-invitation"]')},
            plan: {text: gettext('Plan the first meeting'), go: open('[data-role="plan-summary"]', 'plan-form')},
            log: {text: gettext('Hold the meeting at school and log it'), go: open('[data-role="log-summary"]', 'log-form')},
            share: {text: gettext('Share how your group adapted a unit'), go: open('[data-role="share-summary"]', 'share-form')},
            check_in: {text: gettext('Mark a unit as worked through'), go: focus('[data-action="check-in"]')},
            report: {text: gettext('Print the group\'s evidence report'), go: focus('[data-role="evidence-link"]')}
        };

        function focus(selector) {
            return function () {
                dom.focusOn(root.querySelector(selector));
            };
        }

        function open(summarySelector, formName) {
            return function () {
                var summary = root.querySelector(summarySelector);
                dom.reveal(summary);
                if (!summary.parentNode.open) {
                    summary.click();
                }
                var form = part(formName);
                dom.focusOn(form.querySelector('input, textarea, select') || summary);
            };
        }

        function render(state) {
            var box = part('getting-started');
            box.textContent = '';
            box.hidden = !state.getting_started.length;
            if (box.hidden) {
                return;
            }
            var open = state.getting_started.filter(function (step) {
                return !step.done;
            });
            box.appendChild(make('h4', 'sg-subheading', gettext('Getting started as coordinator')));
            box.appendChild(make('p', 'sg-hint', format(gettext('%(done)s of %(total)s first steps done.'), {
                done: state.getting_started.length - open.length,
                total: state.getting_started.length
            })));
            var list = make('ul', 'sg-steps');
            open.forEach(function (step) {
                var item = make('li');
                var go = make('button', 'sg-link-button', steps[step.name].text);
                go.type = 'button';
                go.addEventListener('click', steps[step.name].go);
                item.appendChild(go);
                list.appendChild(item);
            });
            box.appendChild(list);
            box.appendChild(dom.actionLine(button(pgettext('button', 'Hide these steps'), function () {
                view.act('dismiss_guide').then(function (result) {
                    context.onState(result, gettext('The steps are hidden. The sections below hold everything.'), 'group-name');
                }, ignore);
            }, true)));
        }

        return {render: render};
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

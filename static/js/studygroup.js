/* Study Group XBlock: the learner view, put together from its panels.
 *
 * The page arrives with the learner's state as JSON. Each panel (group, meetings,
 * adaptations, progress) draws its part of it and sends its changes to a handler; the
 * learner state a change answers comes back here and every panel draws it again.
 */
function StudyGroupXBlock(runtime, element) {
    'use strict';

    var i18n = window.StudyGroupI18n;
    var ngettext = i18n.ngettext;
    var format = i18n.format;
    var dom = window.StudyGroupDom;

    var host = element.jquery ? element[0] : element;
    var dataNode = host.querySelector('.studygroup-block script[type="application/json"]');
    if (!dataNode) {
        return; // Signed-out or unenrolled viewers only get the explanation.
    }
    var initial = JSON.parse(dataNode.textContent);
    i18n.useCalendar(initial.calendar);
    var view = window.StudyGroupView(runtime, element, initial);
    var part = view.part;
    var state = initial.state;
    var context = {
        initial: initial,
        names: {
            countries: dom.optionNames(view.root.querySelector('select[name="country"]')),
            languages: dom.optionNames(view.root.querySelector('[data-role="create-form"] select[name="language"]'))
        },
        onState: update
    };
    var requests = window.StudyGroupRequests(view, context);
    context.askToJoin = requests.openAskForm;
    var group = window.StudyGroupGroup(view, context);
    var guide = window.StudyGroupGuide(view, context);
    var meetings = window.StudyGroupMeetings(view, context);
    var adaptations = window.StudyGroupAdaptations(view, context);
    var progress = window.StudyGroupProgress(view, context);
    var pace = window.StudyGroupPace(view, context);
    window.StudyGroupSections(view.root, initial.remember_as);

    function groupId(learnerState) {
        return learnerState.group ? learnerState.group.summary.id : null;
    }

    /* Take the learner state a change answered, redraw, say ``message`` and move focus to ``target`` (a part). */
    function update(result, message, target) {
        var groupChanged = groupId(state) !== groupId(result);
        state = result;
        render();
        if (groupChanged) {
            adaptations.refresh();
        }
        view.say(message);
        if (target) {
            dom.focusOn(part(target));
        }
    }

    function render() {
        var inGroup = Boolean(state.group);
        part('no-group').hidden = inGroup;
        part('in-group').hidden = !inGroup;
        part('in-group-sections').hidden = !inGroup;
        group.render(state);
        requests.render(state);
        guide.render(state);
        if (inGroup) {
            meetings.render(state);
        }
        adaptations.render(state);
        progress.render(state);
        pace.render(state);
        var staff = part('staff-summary');
        if (staff) {
            staff.textContent = format(ngettext(
                'Course team view: %(count)s study group in this course.',
                'Course team view: %(count)s study groups in this course.',
                initial.group_count
            ), {count: initial.group_count});
        }
    }

    /* The learner's own language for the block: the page comes again in it. */
    var languageForm = part('language-form');
    if (languageForm) {
        languageForm.addEventListener('submit', function (event) {
            event.preventDefault();
            view.act('choose_language', {language: languageForm.elements.language.value}).then(function () {
                window.location.reload();
            }, dom.ignore);
        });
    }

    Array.prototype.forEach.call(view.root.querySelectorAll('a[data-zoned]'), function (link) {
        link.href = view.withZone(link.getAttribute('href'));
    });

    render();
    if (!state.group) {
        group.search(1);
    }
}

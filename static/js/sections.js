/* Study Group XBlock: the learner view's sections, one open at a time.
 *
 * What a teacher needs this week stays in view above; the rest waits in sections with real
 * toggle buttons. The section last opened is remembered for this learner in this course, so
 * every unit opens where they were working. A control that moves focus into a closed section
 * (dom.reveal) opens it first.
 */
(function (global) {
    'use strict';

    /* ``rememberAs``: who and where (the course and the learner), so that a shared school laptop
     * does not carry one teacher's place over to another. */
    global.StudyGroupSections = function (root, rememberAs) {
        var key = 'studygroup-section:' + rememberAs;
        var sections = Array.prototype.slice.call(root.querySelectorAll('.sg-section'));

        function toggleOf(section) {
            return section.querySelector('.sg-toggle');
        }

        function isOpen(section) {
            return toggleOf(section).getAttribute('aria-expanded') === 'true';
        }

        function show(section, open) {
            toggleOf(section).setAttribute('aria-expanded', open ? 'true' : 'false');
            section.querySelector('.sg-section-body').hidden = !open;
        }

        /* Open ``section`` (null: none) and close the others, remembering the choice. */
        function openOnly(section) {
            sections.forEach(function (each) {
                show(each, each === section);
            });
            remember(section ? section.dataset.section : '');
        }

        /* Private browsing or a locked-down app may refuse storage: then nothing is remembered. */
        function remember(name) {
            try {
                global.localStorage.setItem(key, name);
            } catch {
                return;
            }
        }

        function recalled() {
            try {
                return global.localStorage.getItem(key);
            } catch {
                return null;
            }
        }

        sections.forEach(function (section) {
            toggleOf(section).addEventListener('click', function () {
                openOnly(isOpen(section) ? null : section);
            });
        });

        root.addEventListener('studygroup:reveal', function (event) {
            var section = event.target.closest('.sg-section');
            if (section && !isOpen(section)) {
                openOnly(section);
            }
        });

        var name = recalled();
        sections.forEach(function (section) {
            show(section, Boolean(name) && section.dataset.section === name);
        });
    };
}(this));

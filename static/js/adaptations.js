/* Study Group XBlock: this unit's adaptations, part of the learner view.
 *
 * Share how the group adapted the unit (to the group or the course), edit or withdraw
 * it, browse and mark useful other schools' adaptations, hide one as course staff.
 * User text is only ever set with textContent.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, ngettext, pgettext, format} = i18n;
    var {make, button, ignore} = dom;

    /* ``context``: the page's initial data and the names of countries. */
    global.StudyGroupAdaptations = function (view, context) {
        var part = view.part;
        var initial = context.initial;
        var shareForm = part('share-form');
        var galleryForm = part('gallery-form');
        var levelNames = dom.optionNames(shareForm.elements.isced_level);
        var languageNames = dom.optionNames(shareForm.elements.language);
        var countryNames = context.names.countries;
        var shown = initial.adaptations;
        var galleryPage = 1;

        /* The gallery's filters, so every change redraws the gallery the learner is looking at. */
        function galleryQuery() {
            if (!galleryForm) {
                return {};
            }
            return {
                isced: galleryForm.elements.isced.value,
                subject: galleryForm.elements.subject.value,
                language: galleryForm.elements.language.value,
                sort: galleryForm.elements.sort.value,
                page: galleryPage
            };
        }

        /* Make a change, redraw, and give focus back to ``focusKey`` (a control or a part). */
        function change(handler, payload, form, message, focusKey) {
            payload.gallery = galleryQuery();
            return view.act(handler, payload, form).then(function (result) {
                show(result);
                view.say(message);
                if (focusKey) {
                    view.refocus(focusKey);
                }
            });
        }

        function show(result) {
            shown = result;
            renderGroup();
            renderGallery();
        }

        /* --- one adaptation -------------------------------------------------------- */

        function renderAdaptation(adaptation, inGallery) {
            var item = make('li', 'sg-adaptation');
            item.appendChild(make('h5', 'sg-meeting-title', adaptation.title));
            var context = [
                adaptation.school_name + ', ' + (countryNames[adaptation.country] || adaptation.country),
                adaptation.subject,
                levelNames[adaptation.isced_level],
                languageNames[adaptation.language] || adaptation.language
            ];
            item.appendChild(make('p', 'sg-hint', context.join(' · ')));
            if (adaptation.hidden) {
                item.appendChild(make('p', 'sg-hidden-note', format(
                    gettext('Hidden by the course team: %(reason)s'), {reason: adaptation.hidden.reason}
                )));
            }
            item.appendChild(make('p', 'sg-text', adaptation.body));
            if (adaptation.link) {
                item.appendChild(dom.linkLine(adaptation.link));
            }
            var byline = format(gettext('Shared by %(name)s.'), {name: adaptation.author.display_name});
            if (!adaptation.course_wide) {
                byline += ' ' + gettext('Visible to your group only.');
            }
            if (adaptation.last_edit) {
                byline += ' ' + format(gettext('Edited on %(date)s.'), {
                    date: i18n.formatDate(new Date(adaptation.last_edit.at), {})
                });
            }
            item.appendChild(make('p', 'sg-hint', byline));
            item.appendChild(actions(adaptation, inGallery));
            return item;
        }

        function actions(adaptation, inGallery) {
            var box = make('p', 'sg-actions');
            var count = make('span', 'sg-useful', format(
                ngettext('%(count)s colleague found this useful', '%(count)s colleagues found this useful',
                    adaptation.useful_count),
                {count: adaptation.useful_count}
            ));
            box.appendChild(count);
            if (inGallery && adaptation.can_mark) {
                var markText = adaptation.marked_useful ? gettext('Useful (undo)') : pgettext('button', 'Mark as useful');
                var mark = button(markText, function () {
                    change('mark_useful', {adaptation_id: adaptation.id, useful: !adaptation.marked_useful}, null,
                        adaptation.marked_useful ? gettext('No longer marked as useful.') : gettext('Marked as useful.'),
                        'mark-' + adaptation.id).catch(ignore);
                }, !adaptation.marked_useful);
                mark.setAttribute('aria-pressed', adaptation.marked_useful ? 'true' : 'false');
                dom.nameFor(mark, markText, adaptation.title);
                mark.dataset.focusKey = 'mark-' + adaptation.id;
                box.appendChild(mark);
            }
            if (adaptation.can_edit) {
                box.appendChild(labelledButton(pgettext('button', 'Edit'), pgettext('button', 'Edit “%(title)s”'), adaptation, function () {
                    openShareForm(adaptation);
                }));
                box.appendChild(labelledButton(pgettext('button', 'Delete'), pgettext('button', 'Delete “%(title)s”'), adaptation, function () {
                    if (global.confirm(gettext('Withdraw this adaptation?'))) {
                        change('delete_adaptation', {adaptation_id: adaptation.id}, null,
                            gettext('The adaptation was withdrawn.'), 'group-adaptations-heading').catch(ignore);
                    }
                }));
            }
            if (initial.is_staff) {
                box.appendChild(moderation(adaptation));
            }
            return box;
        }

        function labelledButton(text, label, adaptation, onClick) {
            var node = button(text, onClick, true);
            node.setAttribute('aria-label', format(label, {title: adaptation.title}));
            return node;
        }

        /* Course staff hide an inappropriate post with a reason its author will read. */
        function moderation(adaptation) {
            if (adaptation.hidden) {
                var show = labelledButton(pgettext('button', 'Show again'), pgettext('button', 'Show “%(title)s” again'), adaptation,
                    function () {
                        change('unhide_adaptation', {adaptation_id: adaptation.id}, null,
                            gettext('The adaptation is visible again.'), 'hide-' + adaptation.id).catch(ignore);
                    });
                show.dataset.focusKey = 'unhide-' + adaptation.id;
                return show;
            }
            var details = make('details', 'sg-moderate');
            var summary = make('summary', null, pgettext('button', 'Hide from learners'));
            summary.dataset.focusKey = 'hide-' + adaptation.id;
            details.appendChild(summary);
            var form = make('form', 'sg-form');
            var id = view.uid + '-hide-' + adaptation.id;
            var label = make('label', null, gettext('Reason, shown to the author'));
            label.htmlFor = id;
            var reason = make('textarea');
            reason.id = id;
            reason.name = 'reason';
            reason.rows = 2;
            reason.required = true;
            reason.maxLength = initial.limits.reason;
            form.appendChild(label);
            form.appendChild(reason);
            var submit = make('button', 'sg-button', pgettext('button', 'Hide'));
            submit.type = 'submit';
            form.appendChild(submit);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                change('hide_adaptation', {adaptation_id: adaptation.id, reason: reason.value}, form,
                    gettext('The adaptation is hidden from learners.'), 'unhide-' + adaptation.id).catch(ignore);
            });
            details.appendChild(form);
            return details;
        }

        /* --- the group's adaptations and the gallery -------------------------------- */

        function renderGroup() {
            var box = part('group-adaptations');
            box.textContent = '';
            if (!shown.group.length) {
                box.appendChild(make('p', 'sg-hint', gettext('Your group has not shared an adaptation of this unit yet.')));
                return;
            }
            var list = make('ul', 'sg-adaptation-list');
            shown.group.forEach(function (adaptation) {
                list.appendChild(renderAdaptation(adaptation, false));
            });
            box.appendChild(list);
        }

        function renderGallery() {
            var box = part('gallery');
            if (!box || !shown.gallery) {
                return;
            }
            var page = shown.gallery;
            box.textContent = '';
            var counted = page.more ?
                gettext('More than %(total)s adaptations from other schools') :
                ngettext('%(total)s adaptation from other schools', '%(total)s adaptations from other schools',
                    page.total);
            box.appendChild(make('p', 'sg-hint', format(counted, {total: page.total})));
            var list = make('ul', 'sg-adaptation-list');
            page.adaptations.forEach(function (adaptation) {
                list.appendChild(renderAdaptation(adaptation, true));
            });
            box.appendChild(list);
            if (page.num_pages > 1) {
                box.appendChild(dom.pager(page, gettext('Adaptation pages'), loadGallery));
            }
        }

        function loadGallery(number) {
            galleryPage = number;
            view.act('unit_adaptations', galleryQuery(), galleryForm, true).then(function (result) {
                show(result);
                dom.focusOn(part('gallery').firstChild);
            }, ignore);
        }

        if (galleryForm) {
            galleryForm.addEventListener('submit', function (event) {
                event.preventDefault();
                loadGallery(1);
            });
        }

        /* --- sharing ------------------------------------------------------------------ */

        function openShareForm(adaptation) {
            shareForm.dataset.adaptationId = adaptation.id;
            part('share-summary').textContent = gettext('Edit your adaptation');
            shareForm.elements.title.value = adaptation.title;
            shareForm.elements.body.value = adaptation.body;
            shareForm.elements.subject.value = adaptation.subject;
            shareForm.elements.isced_level.value = String(adaptation.isced_level);
            shareForm.elements.language.value = adaptation.language;
            shareForm.elements.link.value = adaptation.link;
            if (shareForm.elements.course_wide) {
                shareForm.elements.course_wide.value = adaptation.course_wide ? 'true' : 'false';
            }
            part('share-details').open = true;
            shareForm.elements.title.focus();
        }

        /* Closing the form without saving leaves edit mode, so the next opening shares a new one. */
        part('share-details').addEventListener('toggle', function () {
            if (!part('share-details').open) {
                shareForm.reset();
                delete shareForm.dataset.adaptationId;
                part('share-summary').textContent = gettext('Share how your group adapted this unit');
            }
        });

        shareForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var fields = {
                title: shareForm.elements.title.value,
                body: shareForm.elements.body.value,
                subject: shareForm.elements.subject.value,
                isced_level: Number(shareForm.elements.isced_level.value),
                language: shareForm.elements.language.value,
                link: shareForm.elements.link.value,
                course_wide: Boolean(shareForm.elements.course_wide) && shareForm.elements.course_wide.value === 'true'
            };
            var editing = shareForm.dataset.adaptationId;
            var request = editing ?
                change('edit_adaptation', {adaptation_id: Number(editing), adaptation: fields}, shareForm,
                    gettext('Changes saved.'), 'group-adaptations-heading') :
                change('share_adaptation', {adaptation: fields}, shareForm,
                    gettext('Thank you for sharing.'), 'group-adaptations-heading');
            request.then(function () {
                part('share-details').open = false;
            }, ignore);
        });

        return {
            render: function (state) {
                part('group-adaptations-area').hidden = !state.group;
                renderGroup();
                renderGallery();
            },
            refresh: function () {
                view.act('unit_adaptations', galleryQuery(), null, true).then(show, ignore);
            }
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

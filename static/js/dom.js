/* Study Group XBlock: plain helpers for building the page, shared by every panel.
 *
 * No state of their own. User text only ever goes in with textContent.
 */
(function (global) {
    'use strict';

    var i18n = global.StudyGroupI18n;
    var gettext = i18n.gettext;
    var pgettext = i18n.pgettext;
    var format = i18n.format;

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

    /* A line of buttons (or links) with ``control`` first. */
    function actionLine(control) {
        var line = make('p', 'sg-actions');
        line.appendChild(control);
        return line;
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

    /* Previous and next buttons for a paged list; ``names`` can say "Newer" and "Older" instead. */
    function pager(page, label, showPage, names) {
        names = names || {previous: gettext('Previous page'), next: gettext('Next page')};
        var nav = make('nav', 'sg-pager');
        nav.setAttribute('aria-label', label);
        nav.dataset.reads = '';
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

    /* The names a select's options give their values (countries, languages, levels). */
    function optionNames(select) {
        var names = {};
        Array.prototype.forEach.call(select ? select.options : [], function (option) {
            names[option.value] = option.textContent;
        });
        return names;
    }

    /* Ask the view to open the closed section ``node`` sits in (sections.js), before it is used. */
    function reveal(node) {
        node.dispatchEvent(new CustomEvent('studygroup:reveal', {bubbles: true}));
    }

    /* Move focus to a node that stays on screen after a redraw, so keyboard users keep their place. */
    function focusOn(node) {
        reveal(node);
        if (!node.matches('a, button, input, select, textarea, summary')) {
            node.setAttribute('tabindex', '-1');
        }
        node.focus();
    }

    /* A form's fields by name, as the template declares them: its yes/no choices as booleans. */
    function formValues(form) {
        var values = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || Object.prototype.hasOwnProperty.call(values, field.name)) {
                return;
            }
            var value = form.elements[field.name].value;
            values[field.name] = field.type === 'radio' && (value === 'true' || value === 'false') ?
                value === 'true' : value;
        });
        return values;
    }

    /* Fill a form's fields from ``values``, by name (the inverse of formValues). */
    function fillForm(form, values) {
        Object.keys(formValues(form)).forEach(function (name) {
            if (Object.prototype.hasOwnProperty.call(values, name)) {
                form.elements[name].value = String(values[name]);
            }
        });
    }

    /* A button's name for screen readers: what it does, then whom or what it is for ("Remove: Ana"). */
    function nameFor(node, action, name) {
        node.setAttribute('aria-label', format(pgettext(
            'what a button does, then whom or what it is for: read by screen readers', '%(action)s: %(name)s'
        ), {action: action, name: name}));
    }

    /* ``control`` with its label, tied to it by ``id`` (unique on the page: it starts with the view's uid),
     * in the ``sg-field`` wrapper the templates give every field. */
    function labelledField(id, labelText, control) {
        var field = make('div', 'sg-field');
        var label = make('label', null, labelText);
        label.htmlFor = id;
        control.id = id;
        field.appendChild(label);
        field.appendChild(control);
        return field;
    }

    /* A failed request's error is already shown where the learner looks: nothing more to do. */
    function ignore() {
        return null;
    }

    global.StudyGroupDom = {
        make: make,
        button: button,
        labelledField: labelledField,
        nameFor: nameFor,
        actionLine: actionLine,
        linkLine: linkLine,
        pager: pager,
        optionNames: optionNames,
        reveal: reveal,
        focusOn: focusOn,
        formValues: formValues,
        fillForm: fillForm,
        ignore: ignore
    };
}(this));

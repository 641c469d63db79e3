/* Study Group XBlock: one block on the page, as its panels reach it.
 *
 * Its parts by name, the status line, and the one way to call a handler (act): changes
 * run one at a time and say so, errors are shown where the learner looks. What it keeps
 * (whether a change is under way) is its own.
 */
(function (global, i18n, dom) {
    'use strict';

    var {gettext, pgettext} = i18n;

    global.StudyGroupView = function (runtime, element, initial) {
        var host = element.jquery ? element[0] : element;
        var root = host.querySelector('.studygroup-block');
        var busy = false;

        /* Staff viewing the course as a learner may look, not change: every control is switched off as
         * it is drawn, but those that only show more (sections, searches, filters, pages: data-reads). */
        function switchOffChanges() {
            Array.prototype.forEach.call(root.querySelectorAll('button, input, select, textarea'), function (control) {
                if (!control.closest('[data-reads]')) {
                    control.disabled = true;
                }
            });
        }

        if (initial.read_only) {
            switchOffChanges();
            new MutationObserver(switchOffChanges).observe(root, {childList: true, subtree: true});
        }

        function part(name) {
            return root.querySelector('[data-role="' + name + '"]');
        }

        function say(message, isError) {
            var status = part('status');
            status.textContent = message || '';
            status.classList.toggle('sg-error', Boolean(isError));
        }

        /* After a redraw, give focus back to the control (data-focus-key) or part (data-role) named
         * ``key``; false when the redraw took it away. */
        function refocus(key) {
            var node = root.querySelector('[data-focus-key="' + key + '"]') || part(key);
            if (node) {
                dom.focusOn(node);
            }
            return Boolean(node);
        }

        function csrfToken() {
            var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
            return match ? decodeURIComponent(match[1]) : '';
        }

        function handlerUrl(handler, query) {
            return runtime.handlerUrl(host, handler, '', query || '');
        }

        /* Post to a handler; resolves with its JSON, rejects with {error, message, ...}. */
        function call(handler, payload) {
            return fetch(handlerUrl(handler), {
                method: 'POST',
                credentials: 'same-origin',
                headers: {
                    'Content-Type': 'application/json',
                    'X-CSRFToken': csrfToken(),
                    // Meeting e-mails give times in the learner's zone: the LMS's preference, else this.
                    'X-StudyGroup-Time-Zone': Intl.DateTimeFormat().resolvedOptions().timeZone || ''
                },
                body: JSON.stringify(payload || {})
            }).then(function (response) {
                return response.json().catch(function () {
                    return {error: 'server_error'};
                }).then(function (body) {
                    if (!response.ok) {
                        body.message = body.message || gettext('Something went wrong. Please try again; if it happens again, reload the page.');
                        throw body;
                    }
                    return body;
                });
            }, function () {
                throw {error: 'network', message: gettext('Could not reach the server. Check your connection and try again.')};
            });
        }

        /* What a screen reader reads after a field's label: its error first, then its help text. */
        function describe(field, ids) {
            if (ids.trim()) {
                field.setAttribute('aria-describedby', ids.trim());
            } else {
                field.removeAttribute('aria-describedby');
            }
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
                describe(field, field.dataset.hint || '');
            });
        }

        /* Put the error next to the field it is about, tied to it for screen readers. */
        function markFieldError(form, fieldName, message) {
            var field = form && fieldName && form.querySelector('[name="' + fieldName + '"]');
            if (!field) {
                return false;
            }
            var note = dom.make('p', 'sg-field-error', message);
            note.id = (field.id || fieldName) + '-error';
            (field.closest('fieldset') || field).insertAdjacentElement('afterend', note);
            field.setAttribute('aria-invalid', 'true');
            field.dataset.hint = field.getAttribute('aria-describedby') || '';
            describe(field, note.id + ' ' + field.dataset.hint);
            field.focus();
            return true;
        }

        /* Send a request, showing any error where the learner looks. Changes run one at a
         * time (no double submits) and announce progress; quiet reads (searches, lists)
         * neither wait for changes nor block them. Staff viewing the course as a learner
         * (whose controls are off) are told they can only look. */
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
                say(pgettext('shown while a change is being saved', 'Working…'));
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

        /* A page of the block's own (a record, the dashboard) shows times in the learner's zone. */
        function withZone(url) {
            var zone = i18n.learnerZone(initial.time_zone);
            return url + (url.indexOf('?') === -1 ? '?' : '&') + 'tz=' + encodeURIComponent(zone);
        }

        return {
            root: root,
            uid: root.getAttribute('aria-labelledby'),
            part: part,
            say: say,
            refocus: refocus,
            handlerUrl: handlerUrl,
            act: act,
            withZone: withZone
        };
    };
}(this, this.StudyGroupI18n, this.StudyGroupDom));

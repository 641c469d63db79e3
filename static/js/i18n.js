/* The one i18n helper of the Study Group scripts.
 *
 * Strings come from the block's own compiled catalogue (StudyGroupXBlockI18N, loaded for
 * the page's language), else from the page's Django catalogue, else stay in English.
 */
(function (global) {
    'use strict';

    function catalogue() {
        var own = global.StudyGroupXBlockI18N;
        if (own && typeof own.gettext === 'function') {
            return own;
        }
        if (typeof global.gettext === 'function' && typeof global.ngettext === 'function') {
            return global;
        }
        return null;
    }

    global.StudyGroupI18n = {
        gettext: function (msgid) {
            var source = catalogue();
            return source ? source.gettext(msgid) : msgid;
        },
        ngettext: function (singular, plural, count) {
            var source = catalogue();
            if (source) {
                return source.ngettext(singular, plural, count);
            }
            return count === 1 ? singular : plural;
        },
        /* Fill %(name)s placeholders, as Python does, so translators see one syntax. */
        format: function (template, values) {
            return template.replace(/%\((\w+)\)s/g, function (match, name) {
                return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
            });
        }
    };
}(this));

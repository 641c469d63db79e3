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
        if (typeof global.gettext === 'function' && typeof global.ngettext === 'function' &&
                typeof global.pgettext === 'function' && typeof global.npgettext === 'function') {
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
        /* A short text in its context ("button", "status of a study group"), as translators were shown it. */
        pgettext: function (context, msgid) {
            var source = catalogue();
            return source ? source.pgettext(context, msgid) : msgid;
        },
        npgettext: function (context, singular, plural, count) {
            var source = catalogue();
            if (source) {
                return source.npgettext(context, singular, plural, count);
            }
            return count === 1 ? singular : plural;
        },
        /* Fill %(name)s placeholders, as Python does, so translators see one syntax. */
        format: function (template, values) {
            return template.replace(/%\((\w+)\)s/g, function (match, name) {
                return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
            });
        },
        /* The page's calendar (from the server: a BCP 47 tag and CLDR's month and day names). */
        useCalendar: function (value) {
            calendar = value;
        },
        /* A date (and time) as Intl.DateTimeFormat would write it in the page's language; where the
         * browser has no data for that language (Chromium has no Maltese), from CLDR's names. */
        formatDate: function (date, options) {
            if (!calendar || Intl.DateTimeFormat.supportedLocalesOf([calendar.locale]).length) {
                return new Intl.DateTimeFormat(calendar ? calendar.locale : undefined, options).format(date);
            }
            return fromNames(date, options);
        },
        /* The day of an ISO moment, as members' join dates and requests give it: "1 Dec 2026". */
        formatDay: function (iso) {
            return global.StudyGroupI18n.formatDate(new Date(iso), {day: 'numeric', month: 'short', year: 'numeric'});
        },
        /* A calendar day (``2026-12-13``, as a day to answer by is kept), the same day wherever the
         * reader is: "Sunday 13 December 2026". */
        formatCalendarDay: function (isoDate) {
            return global.StudyGroupI18n.formatDate(new Date(isoDate + 'T12:00:00Z'), {
                timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'
            });
        },
        /* A moment's digits in a time zone (two each, four for the year) and the zone's short name. */
        partsIn: partsIn,
        /* The learner's time zone: their LMS preference (``known``), else their browser's. */
        learnerZone: function (known) {
            return known || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
        }
    };

    var calendar = null;

    function partsIn(date, timeZone) {
        var parts = {};
        new Intl.DateTimeFormat('en-CA', {
            timeZone: timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
            timeZoneName: 'short'
        }).formatToParts(date).forEach(function (piece) {
            parts[piece.type] = piece.value;
        });
        return parts;
    }

    function fromNames(date, options) {
        var parts = partsIn(date, options.timeZone);
        var day = Number(parts.day);
        var month = Number(parts.month);
        var weekday = new Date(Date.UTC(Number(parts.year), month - 1, day)).getUTCDay();
        var text = options.month ?
            day + ' ' + calendar.months[month - 1] + ' ' + parts.year :
            day + '/' + month + '/' + parts.year;
        if (options.weekday) {
            text = calendar.days[weekday] + ' ' + text;
        }
        if (options.hour) {
            text += ', ' + parts.hour + ':' + parts.minute;
        }
        if (options.timeZoneName) {
            text += ' ' + parts.timeZoneName;
        }
        return text;
    }
}(this));

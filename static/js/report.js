/* Study Group XBlock: the pages that open in a tab of their own (dashboard, group record, participation
 * record): printing, and on the dashboard, nudging the coordinators of the groups ticked. */
(function () {
    'use strict';

    var print = document.querySelector('[data-action="print"]');
    if (print) {
        print.addEventListener('click', function () {
            window.print();
        });
    }

    var nudge = document.querySelector('[data-role="nudge-form"]');
    if (!nudge) {
        return;
    }
    var status = nudge.querySelector('[data-role="nudge-status"]');
    var everyGroup = document.querySelector('[data-role="choose-all"]');
    var groups = Array.prototype.slice.call(document.querySelectorAll('[data-role="choose-group"]'));

    everyGroup.addEventListener('change', function () {
        groups.forEach(function (box) {
            box.checked = everyGroup.checked;
        });
    });

    function csrfToken() {
        var found = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
        return found ? decodeURIComponent(found[1]) : '';
    }

    nudge.addEventListener('submit', function (event) {
        event.preventDefault();
        var chosen = groups.filter(function (box) {
            return box.checked;
        }).map(function (box) {
            return Number(box.value);
        });
        if (!chosen.length) {
            status.textContent = nudge.dataset.none;
            return;
        }
        status.textContent = '';
        fetch(nudge.dataset.url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-CSRFToken': csrfToken()},
            body: JSON.stringify({group_ids: chosen, text: nudge.elements.text.value})
        }).then(function (response) {
            return response.json();
        }).then(function (result) {
            status.textContent = result.message || nudge.dataset.failed;
            if (!result.error) {
                groups.concat(everyGroup).forEach(function (box) {
                    box.checked = false;
                });
            }
        }, function () {
            status.textContent = nudge.dataset.failed;
        });
    });
}());

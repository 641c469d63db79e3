/* Study Group XBlock: the printable pages (dashboard, group record, participation record). */
(function () {
    'use strict';

    var print = document.querySelector('[data-action="print"]');
    if (print) {
        print.addEventListener('click', function () {
            window.print();
        });
    }
}());

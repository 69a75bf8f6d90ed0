/* Loaded only on a page shown after a failed submit: the error summary at the top takes the focus,
   so a keyboard or screen reader user meets what went wrong first (autofocus does the same where
   the browser honours it on a non-field). */
(function () {
    var summary = document.getElementById('messageSummary');
    if (summary && document.activeElement !== summary) {
        summary.focus();
    }
})();

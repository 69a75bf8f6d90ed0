// PrimeFaces names a date picker's calendar button from its own locale files, which do not reach
// every language we serve (in Kazakh the button was nameless for a screen reader): a button still
// without a name gets ours, from the page's bundle (the body's data-choose-date), after the page
// and after every ajax update.
(function () {
    function nameDateButtons() {
        var label = document.body.getAttribute('data-choose-date');
        document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
            if (!button.getAttribute('aria-label')) {
                button.setAttribute('aria-label', label);
            }
        });
    }
    document.addEventListener('DOMContentLoaded', nameDateButtons);
    window.addEventListener('load', nameDateButtons);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', nameDateButtons);
    }
})();

// PrimeFaces names a date picker's calendar button from its own locale files, which do not reach
// every language we serve (in Kazakh the button was nameless for a screen reader): a button still
// without a name gets ours, from the page's bundle (the body's data-choose-date), whenever one
// appears (the widgets are built after the page has loaded, and again after ajax updates).
(function () {
    function nameDateButtons() {
        var label = document.body.getAttribute('data-choose-date');
        document.querySelectorAll('.ui-datepicker-trigger:not([aria-label])').forEach(function (button) {
            button.setAttribute('aria-label', label);
        });
        document.querySelectorAll('.ui-datepicker-trigger[aria-label=""]').forEach(function (button) {
            button.setAttribute('aria-label', label);
        });
    }
    nameDateButtons();
    new MutationObserver(nameDateButtons).observe(document.body, { childList: true, subtree: true });
    window.addEventListener('load', nameDateButtons);
})();

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
// The page's policy runs no script written into the page itself (no onclick="…"): the links
// that reload the page after a failed request, and fields that select their text when focused
// (an address to copy), are served here.
(function () {
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a.reload-link') : null;
        if (link) {
            event.preventDefault();
            location.reload();
        }
    });
    document.addEventListener('focusin', function (event) {
        if (event.target.matches && event.target.matches('input.select-on-focus')) {
            event.target.select();
        }
    });
})();
// A field that matters only for some choices of a menu (the import's House: rooms, offices and
// leases, not NGOs) is hidden while another is chosen: data-shown-for names the menu,
// data-shown-values the choices. Without the script the field stays, with its hint.
(function () {
    function showFields() {
        document.querySelectorAll('[data-shown-for]').forEach(function (field) {
            var menu = document.getElementById(field.getAttribute('data-shown-for'));
            if (menu) {
                field.hidden = field.getAttribute('data-shown-values').split(' ').indexOf(menu.value) < 0;
            }
        });
    }
    document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches('select')) {
            showFields();
        }
    });
    showFields();
})();

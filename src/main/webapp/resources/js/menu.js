/* The header's menu on a narrow window: folded behind its "Menu" button (aria-expanded says
   whether it is open). Loaded right after the header on every page, light ones too; without it the
   menu simply stays open and the button stays hidden. Escape closes an open group (Houses,
   Administration) or the folded menu and gives the focus back to what opened it. */
(function () {
    var root = document.documentElement;
    var button = document.getElementById('menu-toggle');
    var menu = document.getElementById('site-menu');
    if (!button || !menu) {
        return;
    }
    root.classList.add('js-menu');
    function setOpen(open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        menu.classList.toggle('site-menu--open', open);
    }
    button.addEventListener('click', function () {
        setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    function closeGroups(except) {
        menu.querySelectorAll('details[open]').forEach(function (group) {
            if (group !== except) {
                group.removeAttribute('open');
            }
        });
    }
    // One group open at a time; a click elsewhere closes them.
    menu.querySelectorAll('details').forEach(function (group) {
        group.addEventListener('toggle', function () {
            if (group.open) {
                closeGroups(group);
            }
        });
    });
    document.addEventListener('click', function (event) {
        if (!menu.contains(event.target)) {
            closeGroups(null);
        }
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        var group = document.activeElement && document.activeElement.closest
            ? document.activeElement.closest('#site-menu details[open]') : null;
        if (group) {
            group.removeAttribute('open');
            group.querySelector('summary').focus();
        } else if (button.getAttribute('aria-expanded') === 'true' && menu.contains(document.activeElement)) {
            setOpen(false);
            button.focus();
        }
    });
})();

// Under 768 px the main navigation folds behind its Menu button; without scripts it stays open.
(function () {
  var button = document.querySelector('header nav .menu-toggle');
  if (!button) {
    return;
  }
  var nav = button.closest('nav');
  var menu = document.getElementById(button.getAttribute('aria-controls'));
  function setOpen(open) {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  }
  nav.classList.add('foldable');
  button.hidden = false;
  button.addEventListener('click', function () {
    setOpen(button.getAttribute('aria-expanded') !== 'true');
  });
  nav.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
})();

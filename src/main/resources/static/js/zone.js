// A time zone select marked data-browser-zone starts at the browser's zone, when it lists it and
// nothing else was chosen yet; without scripts it stays at UTC.
(function () {
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  document.querySelectorAll('select[data-browser-zone]').forEach(function (select) {
    if (select.value === 'UTC' && zone && select.querySelector('option[value="' + zone + '"]')) {
      select.value = zone;
    }
  });
})();

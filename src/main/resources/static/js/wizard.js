// Show/hide for password fields: the button stays hidden where scripts do not run.
document.querySelectorAll('button.show-password').forEach(function (button) {
  var input = document.getElementById(button.getAttribute('aria-controls'));
  var showText = button.textContent;
  var hideText = button.getAttribute('data-hide') || 'Hide';
  button.hidden = false;
  button.addEventListener('click', function () {
    var show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    button.textContent = show ? hideText : showText;
    button.setAttribute('aria-pressed', String(show));
  });
});

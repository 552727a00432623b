// The coverage page's Print button: the browser's print dialog, with site.css's print layout.
(function () {
  'use strict';
  var button = document.getElementById('print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
}());

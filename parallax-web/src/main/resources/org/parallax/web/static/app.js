// Parallax story pages: highlight the passage a citation points at, and every passage of a claim or
// quote on "show in articles". Served as a file: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  function clear() {
    document.querySelectorAll('.hl').forEach(function (e) { e.classList.remove('hl'); });
  }
  function mark(ids) {
    clear();
    var first = null;
    ids.forEach(function (id) {
      var e = document.getElementById(id);
      if (e) { e.classList.add('hl'); first = first || e; }
    });
    if (first) { first.scrollIntoView({ block: 'center', inline: 'nearest' }); }
  }
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (/^d\d+(-s\d+)?$/.test(id)) { mark([id]); }
  }
  var data = {};
  var block = document.getElementById('px-data');
  if (block) {
    try { data = JSON.parse(block.textContent); } catch (e) { data = {}; }
  }
  document.addEventListener('click', function (ev) {
    var button = ev.target.closest ? ev.target.closest('button[data-group]') : null;
    if (button && data.groups) {
      mark(data.groups[button.getAttribute('data-group')] || []);
    }
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
}());

// Parallax story pages: highlight the passage a citation points at, and every passage of a claim or
// quote on "show in articles". Served as a file: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  function clear() {
    document.querySelectorAll('.hl').forEach(function (e) { e.classList.remove('hl'); });
  }
  // a passage inside a folded article text is unfolded before it is shown
  function reveal(e) {
    for (var d = e.closest('details'); d; d = d.parentElement ? d.parentElement.closest('details') : null) {
      d.open = true;
    }
  }
  function mark(ids) {
    clear();
    var first = null;
    ids.forEach(function (id) {
      var e = document.getElementById(id);
      if (e) { reveal(e); e.classList.add('hl'); first = first || e; }
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
  // "Copy" next to a citation puts its text on the clipboard
  document.addEventListener('click', function (ev) {
    var copy = ev.target.closest ? ev.target.closest('button.copy') : null;
    if (!copy) { return; }
    var text = copy.parentElement.querySelector('textarea');
    if (!text) { return; }
    text.select();
    if (navigator.clipboard) {
      navigator.clipboard.writeText(text.value).then(function () { copy.textContent = 'Copied'; });
    }
  });
  // two articles chosen for side by side: show their texts
  document.addEventListener('change', function (ev) {
    var pick = ev.target;
    if (pick && pick.matches && pick.matches('.pick input')) {
      var doc = pick.closest('article.doc');
      var text = doc ? doc.querySelector('details.text') : null;
      if (text) { text.open = true; }
    }
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();

  // Live progress: the server analyses in the background, and these bits of a page follow it by polling
  // its JSON API. Everything shown comes from the server as data and is set as text, never as markup.
  function poll(url, every, step) {
    var timer = null;
    function again() {
      var r = new XMLHttpRequest();
      r.open('GET', url);
      r.setRequestHeader('Accept', 'application/json');
      r.onload = function () {
        var body = null;
        try { body = JSON.parse(r.responseText); } catch (e) { body = null; }
        if (r.status === 200 && body && step(body) === false) { return; }
        timer = setTimeout(again, every);
      };
      r.onerror = function () { timer = setTimeout(again, every * 2); };
      r.send();
    }
    timer = setTimeout(again, every);
  }
  function link(text, href) {
    var a = document.createElement('a');
    a.textContent = text;
    a.href = href;
    return a;
  }

  // an upload's page: progress until done, then its story (or the page with all of them)
  var job = document.querySelector('p.job[data-job]');
  if (job) {
    var id = job.getAttribute('data-job');
    var bar = document.querySelector('progress');
    poll('/api/jobs/' + encodeURIComponent(id), 1000, function (j) {
      var state = job.querySelector('.state');
      var analysed = job.querySelector('.analysed');
      if (state) { state.textContent = j.state === 'queued' ? 'Waiting for the analysis' : 'Being analysed'; }
      if (analysed) { analysed.textContent = String(j.analysed); }
      if (bar) { bar.value = j.analysed; }
      if (j.state !== 'done') { return true; }
      if (j.stories.length === 1 && j.rejected.length === 0 && j.failed.length === 0) {
        location.href = '/stories/' + encodeURIComponent(j.stories[0]);
      } else {
        location.reload();
      }
      return false;
    });
  }

  // a story being analysed again: say when the new analysis is ready
  var updating = document.querySelector('p.updating[data-story]');
  if (updating) {
    var story = updating.getAttribute('data-story');
    poll('/api/stories/' + encodeURIComponent(story) + '/status', 3000, function (s) {
      if (s.updating) { return true; }
      updating.textContent = 'The new analysis of this story is ready: ';
      updating.appendChild(link('show it', location.pathname));
      updating.classList.add('ready');
      return false;
    });
  }

  // the home page's analysis line
  var status = document.querySelector('p.status[data-status=live]');
  if (status) {
    poll('/api/status', 3000, function (s) {
      var a = s.analysis;
      var text = 'Analysis: ' + a.doing;
      if (a.phase === 'articles') { text += ' (' + a.articles_done + ' of ' + a.articles + ')'; }
      if (a.phase === 'stories') { text += ' (' + a.stories_done + ' of ' + a.stories + ')'; }
      if (s.queued > 0) { text += ' \u00b7 ' + s.queued + (s.queued === 1 ? ' article waits' : ' articles wait'); }
      status.textContent = text;
      if (a.phase === 'idle' && s.queued === 0) {
        status.textContent = 'Analysis done: ';
        status.appendChild(link('show the stories as they are now', '/'));
        return false;
      }
      return true;
    });
  }
}());

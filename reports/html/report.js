// Filters for the gap report. The page works without it: filters stay hidden
// and every row shows. Data comes only from data-* attributes.
(function () {
  'use strict';
  var rank = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function announce(out, shown, total, noun) {
    out.textContent = 'Showing ' + shown + ' of ' + total + ' ' + noun + '.';
    out.setAttribute('data-shown', String(shown));
  }

  function findings() {
    var form = document.getElementById('finding-filters');
    var out = document.getElementById('finding-count');
    if (!form || !out) {
      return;
    }
    var severity = document.getElementById('filter-severity');
    var states = all('input[data-filter-state]', form);
    var newOnly = document.getElementById('filter-new');
    var rows = all('tr[data-finding]');
    var groups = all('[data-group]');
    function apply() {
      var min = rank[severity.value] || 0;
      var want = {};
      var shown = 0;
      states.forEach(function (box) {
        want[box.getAttribute('data-filter-state')] = box.checked;
      });
      rows.forEach(function (row) {
        var ok = (rank[row.getAttribute('data-severity')] || 0) >= min &&
          want[row.getAttribute('data-state')] === true &&
          (!newOnly || !newOnly.checked || row.getAttribute('data-new') === 'true');
        row.classList.toggle('is-filtered', !ok);
        if (ok) {
          shown++;
        }
      });
      groups.forEach(function (group) {
        group.classList.toggle('is-filtered', !group.querySelector('tr[data-finding]:not(.is-filtered)'));
      });
      announce(out, shown, rows.length, 'findings');
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  function matrix() {
    var form = document.getElementById('matrix-filters');
    var out = document.getElementById('matrix-count');
    if (!form || !out) {
      return;
    }
    var boxes = all('input[data-filter-status]', form);
    var rows = all('tr[data-status]');
    function apply() {
      var want = {};
      var shown = 0;
      boxes.forEach(function (box) {
        want[box.getAttribute('data-filter-status')] = box.checked;
      });
      rows.forEach(function (row) {
        var ok = want[row.getAttribute('data-status')] === true;
        row.classList.toggle('is-filtered', !ok);
        if (ok) {
          shown++;
        }
      });
      announce(out, shown, rows.length, 'entries');
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  // Details are open in the file, so a printout or a page without script
  // shows everything; on screen they start closed and reopen for printing.
  function details() {
    var collapsible = all('details[data-collapse]');
    collapsible.forEach(function (d) { d.open = false; });
    var reopened = [];
    window.addEventListener('beforeprint', function () {
      collapsible.forEach(function (d) {
        if (!d.open) {
          d.open = true;
          reopened.push(d);
        }
      });
    });
    window.addEventListener('afterprint', function () {
      reopened.forEach(function (d) { d.open = false; });
      reopened = [];
    });
  }

  findings();
  matrix();
  details();
}());

// What the pages' charts share: find the chart's element, take its JSON from data-chart (written by the
// page) or fetch it from data-src, hand both to the page's drawing function. No element, no ECharts or no
// fetch: the table beside the chart is the page. Data with no cells, or "empty": true, hides the chart.
(function () {
  'use strict';
  function show(el, data, draw) {
    if (data.cells ? !data.cells.length : data.empty === true) {
      el.hidden = true;
      return;
    }
    draw(el, data);
  }
  window.lantuChart = function (id, draw) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) {
      return;
    }
    var inline = el.getAttribute('data-chart');
    if (inline !== null) {
      try {
        show(el, JSON.parse(inline), draw);
      } catch (e) {
        el.hidden = true;
      }
      return;
    }
    if (!window.fetch) {
      return;
    }
    fetch(el.getAttribute('data-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      })
      .then(function (data) {
        show(el, data, draw);
      })
      .catch(function () {
        el.hidden = true;
      });
  };
})();

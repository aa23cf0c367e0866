// What the pages' charts share: find the chart's element, fetch its JSON from data-src, hand both to the
// page's drawing function. No element, no ECharts or no fetch: the table beside the chart is the page.
(function () {
  'use strict';
  window.lantuChart = function (id, draw) {
    var el = document.getElementById(id);
    if (!el || !window.echarts || !window.fetch) {
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
        if (!data.cells.length) {
          el.hidden = true;
          return;
        }
        draw(el, data);
      })
      .catch(function () {
        el.hidden = true;
      });
  };
})();

// Responsibility matrix (责任矩阵): sections × responsible units as an ECharts heat map. The data comes as
// JSON from the element's data-src; the table next to it shows the same numbers without a script.
(function () {
  'use strict';
  window.lantuChart('matrix-chart', function (el, m) {
    var highlight = el.getAttribute('data-highlight');
    var rowHeight = 34;
    var labelWidth = 220;
    var columnWidth = 40;
    var longest = m.units.reduce(function (n, u) { return Math.max(n, u.length); }, 0);
    var bottom = Math.min(240, 30 + longest * 12);
    // one readable column per unit: a wide matrix scrolls sideways instead of squeezing its labels
    var width = Math.max(el.parentNode.clientWidth, labelWidth + 40 + m.units.length * columnWidth);
    el.style.width = width + 'px';
    el.style.height = (m.sections.length * rowHeight + bottom + 56) + 'px';
    var chart = echarts.init(el);
    var leads = {};
    m.cells.forEach(function (c) { leads[c[0] + ',' + c[1]] = c[3]; });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: {
        position: 'top',
        formatter: function (p) {
          var x = p.data[0], y = p.data[1];
          return echarts.format.encodeHTML(m.units[x]) + '<br>' +
            echarts.format.encodeHTML(m.sections[y]) + '<br>' +
            m.labels.tasks + ': ' + p.data[2] + ' · ' + m.labels.leads + ': ' + (leads[x + ',' + y] || 0);
        }
      },
      grid: { left: labelWidth, right: 24, top: 48, bottom: bottom },
      xAxis: {
        type: 'category',
        data: m.units,
        splitArea: { show: true },
        axisLabel: {
          interval: 0,
          rotate: 60,
          formatter: function (v) { return v === highlight ? '{hl|' + v + '}' : v; },
          rich: { hl: { fontWeight: 'bold', color: '#b3261e' } }
        }
      },
      yAxis: {
        type: 'category',
        data: m.sections,
        inverse: true,
        splitArea: { show: true },
        axisLabel: {
          width: labelWidth - 16,
          overflow: 'truncate'
        }
      },
      visualMap: {
        min: 0,
        max: Math.max(1, m.max),
        calculable: false,
        orient: 'horizontal',
        left: labelWidth,
        top: 0,
        itemHeight: 120,
        text: [String(Math.max(1, m.max)), '0 ' + m.labels.tasks],
        inRange: { color: ['#eef4fb', '#1f5fa8'] }
      },
      series: [{
        name: m.labels.tasks,
        type: 'heatmap',
        data: m.cells.map(function (c) { return [c[0], c[1], c[2]]; }),
        label: { show: true },
        emphasis: { itemStyle: { borderColor: '#222', borderWidth: 1 } }
      }]
    });
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();

// Coverage of a parent plan's articles by a child plan's sections, as an ECharts heat map of scores.
// The data comes as JSON from the element's data-src; the table below shows the same without a script.
(function () {
  'use strict';
  window.lantuChart('alignment-chart', function (el, m) {
    var rowHeight = 26;
    var labelWidth = 260;
    var columnWidth = 36;
    var bottom = 200;
    var width = Math.max(el.parentNode.clientWidth, labelWidth + 40 + m.sections.length * columnWidth);
    el.style.width = width + 'px';
    el.style.height = (m.articles.length * rowHeight + bottom + 56) + 'px';
    var chart = echarts.init(el);
    var marks = { not_covered: '✗ ', partly: '△ ', covered: '✓ ' };
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: {
        position: 'top',
        formatter: function (p) {
          return echarts.format.encodeHTML(m.articles[p.data[1]]) + '<br>' +
            echarts.format.encodeHTML(m.sections[p.data[0]]) + '<br>' +
            echarts.format.encodeHTML(m.labels.score) + ': ' + p.data[2];
        }
      },
      grid: { left: labelWidth, right: 24, top: 48, bottom: bottom },
      xAxis: {
        type: 'category',
        data: m.sections,
        splitArea: { show: true },
        axisLabel: { interval: 0, rotate: 60, width: bottom - 20, overflow: 'truncate' }
      },
      yAxis: {
        type: 'category',
        data: m.articles.map(function (a, i) { return (marks[m.verdicts[i]] || '') + a; }),
        inverse: true,
        splitArea: { show: true },
        axisLabel: { width: labelWidth - 16, overflow: 'truncate' }
      },
      visualMap: {
        min: 0,
        max: 1,
        calculable: false,
        orient: 'horizontal',
        left: labelWidth,
        top: 0,
        itemHeight: 120,
        text: ['1', '0 ' + m.labels.score],
        inRange: { color: ['#eef4fb', '#1f5fa8'] }
      },
      series: [{
        name: m.labels.score,
        type: 'heatmap',
        data: m.cells,
        emphasis: { itemStyle: { borderColor: '#222', borderWidth: 1 } }
      }]
    });
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();

// Monitoring charts (监测评估): the status mix of a plan (donut), of plans or counties (stacked bars), one
// indicator across counties (bars with the targets), and an indicator's trajectory (observed values, the
// path from baseline to target, the projection, the target). Colours are the Okabe–Ito palette, safe for
// colour-blind readers; every status also has its label, in the legend and in the tables beside the charts.
(function () {
  'use strict';
  var COLORS = {
    achieved: '#0072B2',
    on_track: '#009E73',
    needs_acceleration: '#F0E442',
    limited_progress: '#E69F00',
    deterioration: '#D55E00',
    qualitative: '#56B4E9',
    insufficient_data: '#BBBBBB'
  };
  function font() {
    return getComputedStyle(document.body).fontFamily;
  }
  function done(el, chart) {
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  window.lantuChart('status-chart', function (el, d) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: font() },
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { orient: 'horizontal', left: 'center', bottom: 0, itemGap: 8 },
      series: [{
        type: 'pie',
        radius: ['38%', '62%'],
        center: ['50%', '40%'],
        avoidLabelOverlap: true,
        label: { show: true, formatter: '{c}', overflow: 'none' },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        data: d.items.map(function (i) {
          return { name: i.label, value: i.value, itemStyle: { color: COLORS[i.code] } };
        })
      }]
    });
    done(el, chart);
  });

  window.lantuChart('status-bars', function (el, d) {
    var rowHeight = 34;
    el.style.height = Math.max(160, d.categories.length * rowHeight + 90) + 'px';
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: font() },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 16, right: 24, top: 40, bottom: 16, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: d.categories,
        axisLabel: { width: 260, overflow: 'truncate' }
      },
      series: d.series.map(function (s) {
        return {
          name: s.label,
          type: 'bar',
          stack: 'status',
          barMaxWidth: 22,
          itemStyle: { color: COLORS[s.code] },
          emphasis: { focus: 'series' },
          data: s.data
        };
      })
    });
    chart.on('click', function (p) {
      var href = d.links && d.links[p.dataIndex];
      if (href) {
        window.location.href = href;
      }
    });
    done(el, chart);
  });

  window.lantuChart('indicator-bars', function (el, d) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: font() },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 16, right: 24, top: 40, bottom: 16, containLabel: true },
      xAxis: { type: 'category', data: d.categories, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', name: d.unit || '', min: 0 },
      series: [{
        name: d.labels.latest,
        type: 'bar',
        barMaxWidth: 40,
        data: d.latest.map(function (v, i) {
          return { value: v, itemStyle: { color: COLORS[d.statuses[i]] || '#888' } };
        }),
        // inside the bar: above it is where the target's mark may be
        label: { show: true, position: 'insideTop', color: '#000' }
      }, {
        name: d.labels.target,
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [34, 4],
        itemStyle: { color: '#1d2430' },
        data: d.targets
      }]
    });
    done(el, chart);
  });

  window.lantuChart('trajectory-chart', function (el, d) {
    var chart = echarts.init(el);
    var series = [{
      name: d.labels.observed,
      type: 'line',
      data: d.observed,
      symbol: 'circle',
      symbolSize: 9,
      connectNulls: true,
      lineStyle: { width: 3, color: '#0072B2' },
      itemStyle: { color: '#0072B2' },
      label: { show: true, position: 'top' }
    }];
    if (d.pending.some(function (v) { return v !== null; })) {
      series.push({
        name: d.labels.pending,
        type: 'scatter',
        data: d.pending,
        symbol: 'emptyDiamond',
        symbolSize: 12,
        itemStyle: { color: '#E69F00' }
      });
    }
    if (d.path.some(function (v) { return v !== null; })) {
      series.push({
        name: d.labels.path,
        type: 'line',
        data: d.path,
        symbol: 'none',
        connectNulls: true,
        lineStyle: { type: 'dashed', width: 2, color: '#009E73' },
        itemStyle: { color: '#009E73' }
      });
    }
    if (d.projection.some(function (v) { return v !== null; })) {
      series.push({
        name: d.labels.projection,
        type: 'line',
        data: d.projection,
        symbol: 'triangle',
        symbolSize: 8,
        connectNulls: true,
        lineStyle: { type: 'dotted', width: 2, color: '#D55E00' },
        itemStyle: { color: '#D55E00' }
      });
    }
    if (d.target !== null) {
      series.push({
        name: d.labels.target,
        type: 'line',
        data: [],
        itemStyle: { color: '#1d2430' },
        markLine: {
          symbol: 'none',
          lineStyle: { type: 'solid', color: '#1d2430', width: 1.5 },
          label: { formatter: d.labels.target + ' {c}', position: 'insideEndTop' },
          data: [{ yAxis: d.target }]
        }
      });
    }
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: font() },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 16, right: 32, top: 48, bottom: 16, containLabel: true },
      xAxis: { type: 'category', data: d.years, boundaryGap: false },
      yAxis: { type: 'value', name: d.unit || '', scale: true },
      series: series
    });
    done(el, chart);
  });
})();

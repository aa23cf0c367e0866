package org.lantu.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.StatusCounts;
import org.lantu.monitor.YearValue;

/**
 * The charts of a report, drawn with JFreeChart in the CJK font and encoded as PNG. They carry no title of
 * their own: the document's caption (图1 …) below each one names it.
 */
public final class Charts {

    /** Pixel size of the images: twice the size they are shown at, for print. */
    public static final int WIDTH = 1200;

    /** Pixel height of {@link #trajectory}: three fit on a PDF page. */
    public static final int TRAJECTORY_HEIGHT = 440;

    private static final Color[] STATUS_COLORS = {
        new Color(0x1b7837), new Color(0x7fbf7b), new Color(0xf1a340), new Color(0xd73027), new Color(0xbababa)
    };

    private final CjkFont font;
    private final boolean english;

    public Charts(CjkFont font, boolean english) {
        this.font = font;
        this.english = english;
    }

    /** Labels of the five groups of {@link StatusCounts}, in its order. */
    public static List<String> groupLabels(boolean english) {
        return english
                ? List.of("Achieved", "On track", "At risk", "Off track", "No data")
                : List.of("已实现", "进展顺利", "需关注", "滞后", "数据不足");
    }

    /** Stacked bars: the status mix of each group (domain, county). */
    public byte[] statusBars(String axis, Map<String, StatusCounts> groups) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> labels = groupLabels(english);
        for (var e : groups.entrySet()) {
            StatusCounts c = e.getValue();
            int[] v = {c.achieved(), c.onTrack(), c.atRisk(), c.offTrack(), c.noData()};
            String key = e.getKey().isEmpty() ? (english ? "(none)" : "（未分类）") : e.getKey();
            for (int i = 0; i < v.length; i++) {
                data.addValue(v[i], labels.get(i), key);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null, axis, english ? "Targets" : "目标数（项）", data, PlotOrientation.HORIZONTAL, true, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        for (int i = 0; i < STATUS_COLORS.length; i++) {
            r.setSeriesPaint(i, STATUS_COLORS[i]);
        }
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        int height = Math.max(360, 140 + 46 * groups.size());
        return png(chart, WIDTH, height);
    }

    /** Pixel height of {@link #statusBars} for so many groups. */
    public static int statusBarsHeight(int groups) {
        return Math.max(360, 140 + 46 * groups);
    }

    /**
     * An indicator's observed values against its path from baseline to target (compound when the target
     * is measured by compound growth, else straight).
     */
    public byte[] trajectory(
            @Nullable String unit, YearValue baseline, YearValue target, List<YearValue> observed, boolean compound) {
        XYSeries path = new XYSeries(english ? "Planned path" : "规划路径");
        double b = baseline.value().doubleValue();
        double t = target.value().doubleValue();
        int span = Math.max(1, target.year() - baseline.year());
        boolean geometric = compound && b > 0 && t > 0;
        for (int y = baseline.year(); y <= target.year(); y++) {
            double share = (double) (y - baseline.year()) / span;
            path.add(y, geometric ? b * Math.pow(t / b, share) : b + (t - b) * share);
        }
        XYSeries seen = new XYSeries(english ? "Observed" : "实际值");
        seen.add(baseline.year(), b);
        for (YearValue v : observed) {
            if (v.year() > baseline.year()) {
                seen.add(v.year(), v.value().doubleValue());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(path);
        data.addSeries(seen);
        JFreeChart chart = ChartFactory.createXYLineChart(
                null,
                english ? "Year" : "年份",
                unit == null || unit.isBlank() ? (english ? "Value" : "数值") : unit,
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, new Color(0x4575b4));
        r.setSeriesStroke(
                0, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {10f, 8f}, 0f));
        r.setSeriesPaint(1, new Color(0xd73027));
        r.setSeriesStroke(1, new BasicStroke(4f));
        plot.setRenderer(r);
        return png(chart, WIDTH, TRAJECTORY_HEIGHT);
    }

    private StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("lantu-cjk");
        theme.setExtraLargeFont(font.awt(Font.BOLD, 30f));
        theme.setLargeFont(font.awt(Font.PLAIN, 24f));
        theme.setRegularFont(font.awt(Font.PLAIN, 22f));
        theme.setSmallFont(font.awt(Font.PLAIN, 20f));
        return theme;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // opaque RGB at a middle compression: PDFBox embeds such a PNG's data as it is (an RGBA one it
            // decoded and compressed again, the most of a warm PDF report's time), and encoding it is quicker
            ChartUtils.writeChartAsPNG(out, chart, width, height, false, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

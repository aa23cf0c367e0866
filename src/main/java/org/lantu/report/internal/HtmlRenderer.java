package org.lantu.report.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.lantu.report.internal.ReportModel.Block;
import org.lantu.report.internal.ReportModel.Chart;
import org.lantu.report.internal.ReportModel.Heading;
import org.lantu.report.internal.ReportModel.Section;
import org.lantu.report.internal.ReportModel.Table;
import org.lantu.report.internal.ReportModel.Text;

/** A standalone printable page: inline CSS, charts as data URIs, no scripts, every text escaped. */
public final class HtmlRenderer {

    private HtmlRenderer() {}

    private static final String CSS = """
            body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:60em;
            margin:2em auto;padding:0 1em;line-height:1.6;color:#222}
            h1{text-align:center;font-size:1.6em}.subtitle{text-align:center;font-size:1.2em}
            .meta{color:#555;text-align:center}h2{border-bottom:2px solid #345;margin-top:2em}
            table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.9em}
            th,td{border:1px solid #999;padding:.25em .4em;vertical-align:top}th{background:#e8ecf0}
            td.n{text-align:right;font-variant-numeric:tabular-nums}caption{font-weight:bold;text-align:left}
            figure{margin:1em 0;text-align:center}figure img{max-width:100%}
            .note{background:#f6f3e6;border-left:4px solid #c9a227;padding:.3em .6em}
            .item{margin-left:1em}nav ol{columns:2}
            @media print{body{max-width:none;margin:0}h2{page-break-before:always}thead{display:table-header-group}
            tr,figure{page-break-inside:avoid}}
            """;

    public static byte[] render(ReportModel m) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(m.english() ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc(m.title()))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>\n<h1>")
                .append(esc(m.title()))
                .append("</h1>\n<p class=\"subtitle\">")
                .append(esc(m.subtitle()))
                .append("</p>\n<p class=\"meta\">");
        for (String line : m.meta()) {
            h.append(esc(line)).append("<br>");
        }
        h.append("</p>\n<nav><ol>");
        int i = 0;
        for (Section s : m.sections()) {
            h.append("<li><a href=\"#s")
                    .append(i++)
                    .append("\">")
                    .append(esc(s.title()))
                    .append("</a></li>");
        }
        h.append("</ol></nav>\n");
        i = 0;
        for (Section s : m.sections()) {
            h.append("<section><h2 id=\"s")
                    .append(i++)
                    .append("\">")
                    .append(esc(s.title()))
                    .append("</h2>\n");
            for (Block b : s.blocks()) {
                block(h, b);
            }
            h.append("</section>\n");
        }
        h.append("</body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void block(StringBuilder h, Block b) {
        if (b instanceof Heading x) {
            h.append("<h3>").append(esc(x.text())).append("</h3>\n");
        } else if (b instanceof Text x) {
            String cls = x.style() == ReportModel.Style.NOTE
                    ? " class=\"note\""
                    : x.style() == ReportModel.Style.ITEM ? " class=\"item\"" : "";
            h.append("<p").append(cls).append('>').append(esc(x.text())).append("</p>\n");
        } else if (b instanceof Chart x) {
            h.append("<figure><img alt=\"")
                    .append(esc(x.caption()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(x.png()))
                    .append("\"><figcaption>")
                    .append(esc(x.caption()))
                    .append("</figcaption></figure>\n");
        } else if (b instanceof Table x) {
            h.append("<table><caption>").append(esc(x.caption())).append("</caption><thead><tr>");
            for (String c : x.headers()) {
                h.append("<th scope=\"col\">").append(esc(c)).append("</th>");
            }
            h.append("</tr></thead><tbody>\n");
            for (List<?> row : x.rows()) {
                h.append("<tr>");
                for (Object v : row) {
                    h.append(v instanceof Number ? "<td class=\"n\">" : "<td>")
                            .append(esc(cell(v)))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
    }

    /** A cell as text: numbers without trailing zeros, empty cells as a dash. */
    static String cell(@org.jspecify.annotations.Nullable Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        return v.toString();
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package org.lantu.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lantu.report.internal.ReportModel.Block;
import org.lantu.report.internal.ReportModel.Chart;
import org.lantu.report.internal.ReportModel.Heading;
import org.lantu.report.internal.ReportModel.Section;
import org.lantu.report.internal.ReportModel.Table;
import org.lantu.report.internal.ReportModel.Text;

/**
 * A workbook (SXSSF, streamed): a cover sheet, then one sheet per section with its text and tables. Numbers
 * are numeric cells, units stand in the headers, the header row of a section's first table is frozen, and a
 * text that a spreadsheet would read as a formula (=, +, -, @ first) is a quote-prefixed text cell.
 * Charts are left out (their data is in the tables).
 */
public final class XlsxRenderer {

    private XlsxRenderer() {}

    /** Whether a spreadsheet would take the text for a formula when typed or imported (CSV injection). */
    public static boolean formulaLike(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '＝' || c == '＋';
    }

    public static byte[] render(ReportModel model) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle title = wb.createCellStyle();
            title.setFont(big);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle caption = wb.createCellStyle();
            caption.setFont(bold);
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            Styles styles = new Styles(title, header, caption, quoted);

            Set<String> names = new HashSet<>();
            SXSSFSheet cover = wb.createSheet(unique(model.english() ? "Report" : "报告", names));
            int r = 0;
            text(cover, r++, model.title(), styles.title);
            text(cover, r++, model.subtitle(), null);
            for (String m : model.meta()) {
                text(cover, r++, m, null);
            }
            r++;
            for (Section s : model.sections()) {
                text(cover, r++, s.title(), null);
            }
            cover.setColumnWidth(0, 90 * 256);
            for (Section s : model.sections()) {
                section(wb, s, styles, names);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle title, CellStyle header, CellStyle caption, CellStyle quoted) {}

    private static String unique(String name, Set<String> names) {
        String base = WorkbookUtil.createSafeSheetName(name);
        String n = base;
        for (int i = 2; !names.add(n); i++) {
            n = WorkbookUtil.createSafeSheetName(base + " " + i);
        }
        return n;
    }

    private static void section(SXSSFWorkbook wb, Section s, Styles styles, Set<String> names) {
        SXSSFSheet sheet = wb.createSheet(unique(s.sheetName(), names));
        int r = 0;
        text(sheet, r++, s.title(), styles.title);
        boolean frozen = false;
        int maxCols = 1;
        int[] widths = new int[32];
        for (Block b : s.blocks()) {
            if (b instanceof Heading h) {
                r++;
                text(sheet, r++, h.text(), styles.caption);
            } else if (b instanceof Text t) {
                text(sheet, r++, t.text(), null);
            } else if (b instanceof Chart c) {
                text(sheet, r++, c.caption(), null);
            } else if (b instanceof Table t) {
                {
                    r++;
                    text(sheet, r++, t.caption(), styles.caption);
                    Row head = sheet.createRow(r);
                    for (int i = 0; i < t.headers().size(); i++) {
                        Cell cell = head.createCell(i);
                        cell.setCellValue(t.headers().get(i));
                        cell.setCellStyle(styles.header);
                        widths[Math.min(i, 31)] = Math.max(
                                widths[Math.min(i, 31)], width(t.headers().get(i)));
                    }
                    if (!frozen) {
                        sheet.createFreezePane(0, r + 1);
                        frozen = true;
                    }
                    r++;
                    maxCols = Math.max(maxCols, t.headers().size());
                    for (List<?> row : t.rows()) {
                        Row x = sheet.createRow(r++);
                        for (int i = 0; i < row.size(); i++) {
                            Object v = row.get(i);
                            if (v == null) {
                                continue;
                            }
                            Cell cell = x.createCell(i);
                            if (v instanceof BigDecimal d) {
                                cell.setCellValue(d.doubleValue());
                            } else if (v instanceof Number n) {
                                cell.setCellValue(n.doubleValue());
                            } else {
                                String str = v.toString();
                                cell.setCellValue(str);
                                if (formulaLike(str)) {
                                    cell.setCellStyle(styles.quoted);
                                }
                                widths[Math.min(i, 31)] = Math.max(widths[Math.min(i, 31)], width(str));
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < maxCols; i++) {
            sheet.setColumnWidth(i, Math.max(8, Math.min(60, widths[Math.min(i, 31)] + 2)) * 256);
        }
    }

    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2e80 ? 2 : 1;
        }
        return w;
    }

    private static void text(Sheet sheet, int row, String text, @org.jspecify.annotations.Nullable CellStyle style) {
        Cell cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(text);
        if (formulaLike(text)) {
            cell.setCellStyle(sheet.getWorkbook().getCellStyleAt(quotedIndex(sheet)));
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static int quotedIndex(Sheet sheet) {
        for (int i = 0; i < sheet.getWorkbook().getNumCellStyles(); i++) {
            if (sheet.getWorkbook().getCellStyleAt(i).getQuotePrefixed()) {
                return i;
            }
        }
        return 0;
    }
}

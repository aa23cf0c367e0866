package org.lantu.monitor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.stereotype.Service;

/**
 * The Excel template (填报模板) a unit or a department is sent: one sheet ({@value #DATA}) with exactly the
 * indicators it reports (those linked to the unit's plans' items; for a department, those whose catalog
 * source unit it is), one column per year from the plans' base year to the year asked for, the stored
 * values filled in, a hidden code column and numeric validation; and a sheet of instructions ({@value
 * #HELP}). Uploading it back imports every filled cell all or nothing, each rejected cell named (C5).
 *
 * <p>The row's 来源说明 and 备注 apply to the values of the row that change; a value left as it was keeps
 * its own source and note (and so a re-upload of a template whose years are locked changes nothing).
 *
 * <p>Nothing is ever written as a formula: names, sources and notes are text cells, whatever they start
 * with; a formula in an upload is refused.
 */
@Service
public class ObservationTemplates {

    static final String DATA = "数据填报";
    static final String HELP = "说明";
    private static final int FIXED = 4; // code, name, unit, source unit
    private static final long MAX_UPLOAD = 10L * 1024 * 1024;

    private final IndicatorRegistry registry;
    private final ObservationService observations;
    private final RegionService regions;
    private final MonitorAccess access;

    ObservationTemplates(
            IndicatorRegistry registry, ObservationService observations, RegionService regions, MonitorAccess access) {
        this.registry = registry;
        this.observations = observations;
        this.regions = regions;
        this.access = access;
    }

    /** The indicators of the template: the unit's, or the department's among them. */
    public List<RegisteredIndicator> indicators(long unitId, @Nullable String department) {
        List<RegisteredIndicator> all = registry.indicatorsOfUnit(unitId);
        if (department == null || department.isBlank()) {
            return all;
        }
        return all.stream()
                .filter(r -> r.sourceUnit() != null && Departments.among(department, r.sourceUnit()))
                .toList();
    }

    /**
     * The template of a unit (readable by the caller) up to a year.
     *
     * @param department a responsible unit (旗统计局): only the indicators it reports
     */
    public byte[] template(long unitId, int year, @Nullable String department) {
        AdminUnit unit = regions.byId(unitId)
                .filter(u -> access.canRead(u.id()))
                .orElseThrow(() -> MonitorException.notFound("unit " + unitId));
        if (year < ObservationService.MIN_YEAR || year > ObservationService.MAX_YEAR) {
            throw MonitorException.invalid("年份超出范围。", "The year is out of range.");
        }
        List<RegisteredIndicator> indicators = indicators(unitId, department);
        Integer base = registry.baseYearOfUnit(unitId);
        int from = base == null || base > year ? year : Math.max(base, year - 15);
        Map<String, Map<Integer, Observation>> stored = new HashMap<>();
        for (Observation o : observations.find(unitId, null, null, null)) {
            if (o.quarter() == null) {
                stored.computeIfAbsent(o.indicatorCode(), k -> new HashMap<>()).put(o.year(), o);
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Sheet sheet = wb.createSheet(DATA);
            Row head = sheet.createRow(0);
            String[] fixed = {"指标代码", "指标名称", "单位", "数据来源单位"};
            for (int i = 0; i < fixed.length; i++) {
                textCell(head, i, fixed[i]).setCellStyle(header);
            }
            int years = year - from + 1;
            for (int y = 0; y < years; y++) {
                Cell c = head.createCell(FIXED + y, CellType.NUMERIC);
                c.setCellValue(from + y);
                c.setCellStyle(header);
            }
            textCell(head, FIXED + years, "来源说明").setCellStyle(header);
            textCell(head, FIXED + years + 1, "备注").setCellStyle(header);
            int r = 1;
            DataValidationHelper dv = sheet.getDataValidationHelper();
            for (RegisteredIndicator ind : indicators) {
                Row row = sheet.createRow(r);
                textCell(row, 0, ind.code());
                textCell(row, 1, ind.name());
                textCell(row, 2, ind.unit() == null ? "" : ind.unit());
                textCell(row, 3, ind.sourceUnit() == null ? "" : ind.sourceUnit());
                Map<Integer, Observation> values = stored.getOrDefault(ind.code(), Map.of());
                String source = null;
                String note = null;
                for (int y = 0; y < years; y++) {
                    Observation o = values.get(from + y);
                    if (o != null) {
                        row.createCell(FIXED + y, CellType.NUMERIC)
                                .setCellValue(o.value().doubleValue());
                        source = o.source() != null ? o.source() : source;
                        note = o.note() != null ? o.note() : note;
                    }
                }
                textCell(row, FIXED + years, source == null ? "" : source).setCellStyle(text);
                textCell(row, FIXED + years + 1, note == null ? "" : note).setCellStyle(text);
                DataValidationConstraint constraint = dv.createDecimalConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN,
                        bound(ind.min(), "-1E15"),
                        bound(ind.max(), "1E15"));
                DataValidation validation =
                        dv.createValidation(constraint, new CellRangeAddressList(r, r, FIXED, FIXED + years - 1));
                validation.setShowErrorBox(true);
                validation.createErrorBox(
                        "数值无效", "请填写数字" + (ind.rangeText().isEmpty() ? "" : "，合理范围 " + ind.rangeText()) + "。");
                sheet.addValidationData(validation);
                r++;
            }
            sheet.setColumnHidden(0, true);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(3, 16 * 256);
            sheet.setColumnWidth(FIXED + years, 24 * 256);
            sheet.setColumnWidth(FIXED + years + 1, 24 * 256);
            sheet.createFreezePane(2, 1);
            help(wb, unit, from, year, department, indicators.size());
            wb.setActiveSheet(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bound(@Nullable BigDecimal v, String otherwise) {
        return v == null ? otherwise : v.toPlainString();
    }

    private static void help(Workbook wb, AdminUnit unit, int from, int to, @Nullable String department, int count) {
        Sheet help = wb.createSheet(HELP);
        String[] lines = {
            "蓝图 Lantu 指标数据填报模板",
            "行政区划：" + unit.name() + (unit.code() != null ? "（" + unit.code() + "）" : ""),
            department != null && !department.isBlank() ? "填报部门：" + department : "填报范围：本单位全部监测指标",
            "年份：" + from + "–" + to + "年；指标 " + count + " 项。",
            "",
            "填写方法：",
            "1. 在“" + DATA + "”工作表中，按指标（行）和年份（列）填写数值，只填数字，不要填写单位或文字。",
            "2. 已有数值已预先填入；修改后重新上传即更新，数值相同的单元格不会产生新的修订记录。",
            "3. “来源说明”填写数据出处（如统计公报、部门年报），“备注”填写口径说明，适用于该行各年份。",
            "4. 不要修改、删除隐藏的指标代码列（A 列），不要调整行列顺序，不要填写公式。",
            "5. 上传后系统逐格校验（是否为数字、是否在合理范围内、年份是否已锁定）；任何一格有误则整份不导入，",
            "   并列出每个有误单元格（如 " + DATA + "!E5）及原因，请改正后重新上传。",
            "6. 导入的数据为“草稿”，需报送并经规划部门审核；已锁定年份的数据不能修改。",
        };
        for (int i = 0; i < lines.length; i++) {
            textCell(help.createRow(i), 0, lines[i]);
        }
        help.setColumnWidth(0, 100 * 256);
    }

    /** A text cell, never a formula, whatever the text starts with (=, +, -, @). */
    private static Cell textCell(Row row, int column, String value) {
        Cell c = row.createCell(column, CellType.STRING);
        c.setCellValue(value);
        return c;
    }

    /**
     * Imports a filled template for a unit: every non-empty year cell becomes an observation of that year
     * (all or nothing; see {@link ObservationService#importRows}).
     *
     * @throws MonitorException {@code INVALID} when the file is not this template
     */
    public ImportReport upload(long unitId, byte[] xlsx) {
        AdminUnit unit = regions.byId(unitId)
                .filter(u -> access.canRead(u.id()))
                .orElseThrow(() -> MonitorException.notFound("unit " + unitId));
        if (xlsx.length > MAX_UPLOAD) {
            throw MonitorException.invalid("文件过大（最多 10 MB）。", "The file is too large (at most 10 MB).");
        }
        List<ObservationRow> rows = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        Map<String, BigDecimal> stored = new HashMap<>();
        for (Observation o : observations.find(unitId, null, null, null)) {
            if (o.quarter() == null) {
                stored.put(o.indicatorCode() + "/" + o.year(), o.value());
            }
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(DATA);
            if (sheet == null) {
                throw MonitorException.invalid(
                        "不是蓝图的填报模板：缺少“" + DATA + "”工作表。", "Not a Lantu template: the sheet " + DATA + " is missing.");
            }
            Row head = sheet.getRow(0);
            Map<Integer, Integer> yearColumns = new LinkedHashMap<>();
            int sourceColumn = -1;
            int noteColumn = -1;
            if (head != null) {
                for (Cell c : head) {
                    String t = plain(c);
                    if (t == null) {
                        continue;
                    }
                    if (t.matches("\\d{4}(\\.0+)?")) {
                        yearColumns.put(c.getColumnIndex(), (int) Double.parseDouble(t));
                    } else if (t.equals("来源说明")) {
                        sourceColumn = c.getColumnIndex();
                    } else if (t.equals("备注")) {
                        noteColumn = c.getColumnIndex();
                    }
                }
            }
            if (head == null || yearColumns.isEmpty() || !"指标代码".equals(plain(head.getCell(0)))) {
                throw MonitorException.invalid(
                        "不是蓝图的填报模板：第1行须为指标代码、指标名称、单位、数据来源单位和年份。",
                        "Not a Lantu template: row 1 must hold the code, name, unit, source unit and year columns.");
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String code = plain(row.getCell(0));
                String name = plain(row.getCell(1));
                String source = sourceColumn >= 0 ? plain(row.getCell(sourceColumn)) : null;
                String note = noteColumn >= 0 ? plain(row.getCell(noteColumn)) : null;
                String codeRef = new CellAddress(r, 0).formatAsString();
                for (Map.Entry<Integer, Integer> y : yearColumns.entrySet()) {
                    Cell c = row.getCell(y.getKey());
                    String ref = new CellAddress(r, y.getKey()).formatAsString();
                    if (c == null || c.getCellType() == CellType.BLANK) {
                        continue;
                    }
                    if (c.getCellType() == CellType.FORMULA) {
                        errors.add(new CellError(
                                DATA, r + 1, "value", ref, "不接受公式，请填写数值", "formulas are not accepted: enter a number"));
                        continue;
                    }
                    String value = c.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(c.getNumericCellValue())
                                    .stripTrailingZeros()
                                    .toPlainString()
                            : plain(c);
                    if (value == null) {
                        continue;
                    }
                    // a value as stored keeps its source and note: the row's apply to the values it changes
                    BigDecimal was = stored.get(code + "/" + y.getValue());
                    BigDecimal now = ObservationService.number(value, null);
                    boolean same = was != null && now != null && was.compareTo(now) == 0;
                    rows.add(new ObservationRow(
                            DATA,
                            r + 1,
                            unit.code() != null ? unit.code() : unit.name(),
                            code != null ? code : name,
                            String.valueOf(y.getValue()),
                            null,
                            value,
                            same ? null : source,
                            same ? null : note,
                            Map.of("value", ref, "indicator", codeRef, "year", ref, "unit", ref)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MonitorException m) {
                throw m;
            }
            throw MonitorException.invalid(
                    "无法读取该 Excel 文件（须为 .xlsx）。", "The file cannot be read as an .xlsx workbook.");
        }
        if (!errors.isEmpty()) {
            // still check the rest, so that the report lists every bad cell at once
            ImportReport rest = observations.importRowsChecked(rows, unitId);
            List<CellError> all = new ArrayList<>(errors);
            all.addAll(rest.errors());
            return ImportReport.rejected(rows.size() + errors.size(), all);
        }
        return observations.importRows(rows, unitId);
    }

    /** A cell's text as shown (numbers without a trailing .0), null when empty. */
    private static @Nullable String plain(@Nullable Cell c) {
        if (c == null) {
            return null;
        }
        String t = switch (c.getCellType()) {
            case NUMERIC ->
                BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> null;
        };
        return t == null || t.isBlank() ? null : t.strip();
    }
}

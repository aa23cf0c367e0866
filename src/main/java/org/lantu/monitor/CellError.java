package org.lantu.monitor;

import org.jspecify.annotations.Nullable;

/**
 * One rejected item of an import: where it is and why.
 *
 * @param sheet the worksheet, for an Excel upload; else null
 * @param row the row, counted from 1 as a spreadsheet shows it (the header is row 1 of a CSV file; the
 *     first element of a JSON array is row 1)
 * @param column the column's name ({@code value}, {@code unit} …)
 * @param cell the cell reference ({@code C5}), for an Excel upload; else null
 */
public record CellError(
        @Nullable String sheet,
        int row,
        String column,
        @Nullable String cell,
        String message,
        String messageEn) {

    /** 第3行 value 列：… (or 数据填报!C5：… for a workbook). */
    public String where() {
        if (cell != null) {
            return (sheet != null ? sheet + "!" : "") + cell;
        }
        return "第" + row + "行 " + column + " 列";
    }

    /** row 3, column value (or sheet!C5). */
    public String whereEn() {
        if (cell != null) {
            return (sheet != null ? sheet + "!" : "") + cell;
        }
        return "row " + row + ", column " + column;
    }

    @Override
    public String toString() {
        return where() + "：" + message + " / " + whereEn() + ": " + messageEn;
    }
}

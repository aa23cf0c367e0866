package org.lantu.security;

import org.jspecify.annotations.Nullable;

/**
 * Cells of exported spreadsheets and CSV files that a spreadsheet program cannot run as a formula (CSV
 * injection, OWASP ASVS 5.3.10): a text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return gets a leading apostrophe. Every module that writes XLSX or CSV passes text cells
 * through {@link #safeCell}; numbers written as numeric cells need nothing.
 */
public final class Exports {

    private Exports() {}

    /** The text as a cell may hold it; null stays null. */
    public static @Nullable String safeCell(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '＝'
                || first == '＋'
                || first == '－'
                || first == '＠') {
            return "'" + text;
        }
        return text;
    }
}

package org.lantu.report;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What report to make.
 *
 * @param year the year reported on; null for the latest year observed (as the evaluation chooses)
 */
public record ReportRequest(Kind kind, @Nullable Integer year, Format format, Lang lang) {

    /** 年度监测报告 or 中期评估报告. */
    public enum Kind {
        ANNUAL("annual"),
        MIDTERM("midterm");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The file format, with its extension and media type. */
    public enum Format {
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        PDF("pdf", "application/pdf"),
        HTML("html", "text/html;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String code;
        private final String contentType;

        Format(String code, String contentType) {
            this.code = code;
            this.contentType = contentType;
        }

        public String code() {
            return code;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** The language of the text. */
    public enum Lang {
        ZH,
        EN
    }

    /**
     * A request from its text form (the CLI's options, the API's parameters).
     *
     * @throws IllegalArgumentException naming the parameter and the values it takes
     */
    public static ReportRequest parse(
            @Nullable String kind, @Nullable Integer year, @Nullable String format, @Nullable String lang) {
        Kind k = switch (lower(kind, "annual")) {
            case "annual" -> Kind.ANNUAL;
            case "midterm", "mid-term" -> Kind.MIDTERM;
            default -> throw new IllegalArgumentException("kind must be annual or midterm, not '" + kind + "'");
        };
        Format f = switch (lower(format, "docx")) {
            case "docx" -> Format.DOCX;
            case "pdf" -> Format.PDF;
            case "html" -> Format.HTML;
            case "xlsx" -> Format.XLSX;
            default ->
                throw new IllegalArgumentException("format must be docx, pdf, html or xlsx, not '" + format + "'");
        };
        Lang l = switch (lower(lang, "zh")) {
            case "zh", "zh-cn", "cn" -> Lang.ZH;
            case "en" -> Lang.EN;
            default -> throw new IllegalArgumentException("lang must be zh or en, not '" + lang + "'");
        };
        if (year != null && (year < 1949 || year > 2100)) {
            throw new IllegalArgumentException("year " + year + " is out of range (1949–2100)");
        }
        return new ReportRequest(k, year, f, l);
    }

    private static String lower(@Nullable String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s.strip().toLowerCase(Locale.ROOT);
    }
}

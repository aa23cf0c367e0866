package org.lantu.ingest.internal.text;

import com.hankcs.hanlp.HanLP;

/**
 * Text normalisation for analysis; the original is always kept beside it for quoting.
 *
 * <ul>
 *   <li>full-width digits, letters, ％ and the arithmetic signs to half-width (６５％ → 65%, ＞ → >);
 *   <li>traditional characters to simplified (HanLP's converter: right on simplified text, unlike ICU);
 *   <li>no-break, ideographic and other spaces to a plain space, and spaces next to a CJK character
 *       removed (坚 持 遵 循 → 坚持遵循, 2025 年 → 2025年);
 *   <li>Markdown emphasis ({@code **}) removed.
 * </ul>
 *
 * Chinese punctuation （），：；！？ stays full-width: it carries meaning the extractors use.
 */
public final class Normalizer {

    /** What normalising one string did. */
    public record Result(String text, int convertedCharacters) {}

    public Result normalize(String original) {
        String text = widths(original);
        String simplified = HanLP.convertToSimplifiedChinese(text);
        int converted = 0;
        if (!simplified.equals(text)) {
            converted = countDifferences(text, simplified);
            text = simplified;
        }
        text = spaces(text);
        return new Result(text, converted);
    }

    public String normalizeText(String original) {
        return normalize(original).text();
    }

    static String widths(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                out.append((char) (c - 0xFEE0));
            } else {
                switch (c) {
                    case '％' -> out.append('%');
                    case '＞' -> out.append('>');
                    case '＜' -> out.append('<');
                    case '＝' -> out.append('=');
                    case '＋' -> out.append('+');
                    case '－' -> out.append('-');
                    case '．' -> out.append('.');
                    case '／' -> out.append('/');
                    case '\u00A0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200B', '\uFEFF' -> out.append(' ');
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String spaces(String s) {
        String t = s.replace("**", "");
        StringBuilder out = new StringBuilder(t.length());
        int n = t.length();
        int i = 0;
        // trim
        int end = n;
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        while (i < end && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        while (i < end) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t') {
                int j = i;
                while (j < end && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
                    j++;
                }
                char before = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
                char after = j < end ? t.charAt(j) : ' ';
                boolean hasTab = t.substring(i, j).indexOf('\t') >= 0;
                if (hasTab) {
                    out.append('\t');
                } else if (!(isCjk(before) || isCjk(after))) {
                    out.append(' ');
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** CJK ideographs and CJK / full-width punctuation. */
    public static boolean isCjk(char c) {
        return c >= 0x4E00 && c <= 0x9FFF
                || c >= 0x3400 && c <= 0x4DBF
                || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF
                || c == '“'
                || c == '”'
                || c == '‘'
                || c == '’'
                || c == '—'
                || c == '…'
                || c == '·';
    }

    private static int countDifferences(String a, String b) {
        if (a.length() != b.length()) {
            return Math.abs(a.length() - b.length()) + 1;
        }
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                d++;
            }
        }
        return d;
    }
}

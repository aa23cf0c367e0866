package org.lantu.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Small text and number helpers of the review. */
final class Texts {

    private Texts() {}

    /**
     * Full-width digits, letters, ％ and ． made half-width; whitespace dropped except between two Latin
     * letters (so that {@code 完成 286.64 亿元} reads {@code 完成286.64亿元}).
     */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '％' || c == '．') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
                char prev = sb.length() > 0 ? sb.charAt(sb.length() - 1) : ' ';
                char next = i + 1 < n ? s.charAt(i + 1) : ' ';
                if (isLatin(prev) && isLatin(next)) {
                    sb.append(' ');
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** A figure as a person writes it: no trailing zeros beyond what was written, no exponent. */
    static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** Whether the more precise of two values, rounded to the other's decimals, is the other (165.93 ~ 165.9). */
    static boolean sameByRounding(BigDecimal a, BigDecimal b) {
        int sa = Math.max(a.stripTrailingZeros().scale(), 0);
        int sb = Math.max(b.stripTrailingZeros().scale(), 0);
        if (sa == sb) {
            return false;
        }
        BigDecimal fine = sa > sb ? a : b;
        BigDecimal coarse = sa > sb ? b : a;
        return fine.setScale(Math.min(sa, sb), RoundingMode.HALF_UP).compareTo(coarse) == 0;
    }

    /** Half a unit of the last decimal written (0.4 → 0.05, 8 → 0.5). */
    static BigDecimal halfUnit(BigDecimal v) {
        int scale = Math.max(v.stripTrailingZeros().scale(), 0);
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static String unit(@Nullable String u) {
        return u == null ? "" : u;
    }
}

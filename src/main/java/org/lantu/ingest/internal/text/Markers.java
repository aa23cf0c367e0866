package org.lantu.ingest.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Heading markers of Chinese plan documents, outermost first: 第一篇 → 第一章 → 第一节 → 一、 → （一） → 1. /
 * 1、 → （1）. Works on normalised text (half-width digits, spaces next to CJK removed).
 */
public final class Markers {

    /** The kinds of marker, in their usual nesting order. */
    public enum Kind {
        PART,
        CHAPTER,
        SECTION,
        CN_ENUM,
        CN_PAREN,
        NUM_ENUM,
        NUM_PAREN
    }

    /** A marker found at the start of a text: its kind, as written, and where the title starts. */
    public record Marker(Kind kind, String text, int end, int ordinal) {}

    private static final String CN = "[一二三四五六七八九十百零〇两]+";
    private static final Pattern PART = Pattern.compile("^第(" + CN + "|\\d+)(篇|部分)\\s*");
    private static final Pattern CHAPTER = Pattern.compile("^第(" + CN + "|\\d+)章\\s*");
    private static final Pattern SECTION = Pattern.compile("^第(" + CN + "|\\d+)节\\s*");
    private static final Pattern CN_ENUM = Pattern.compile("^(" + CN + ")[、.]\\s*");
    private static final Pattern CN_PAREN = Pattern.compile("^[（(](" + CN + ")[）)]\\s*");
    private static final Pattern NUM_ENUM = Pattern.compile("^(\\d{1,2})(?:[、]|\\.(?!\\d))\\s*");
    private static final Pattern NUM_PAREN = Pattern.compile("^[（(](\\d{1,2})[）)]\\s*");

    private Markers() {}

    public static @Nullable Marker find(String text) {
        Matcher m;
        if ((m = PART.matcher(text)).find()) {
            return marker(Kind.PART, m);
        }
        if ((m = CHAPTER.matcher(text)).find()) {
            return marker(Kind.CHAPTER, m);
        }
        if ((m = SECTION.matcher(text)).find()) {
            return marker(Kind.SECTION, m);
        }
        if ((m = CN_PAREN.matcher(text)).find()) {
            return marker(Kind.CN_PAREN, m);
        }
        if ((m = NUM_PAREN.matcher(text)).find()) {
            return marker(Kind.NUM_PAREN, m);
        }
        if ((m = CN_ENUM.matcher(text)).find()) {
            return marker(Kind.CN_ENUM, m);
        }
        if ((m = NUM_ENUM.matcher(text)).find()) {
            // 2025年, 1.2万亿元 and the like are figures, not markers
            int end = m.end();
            if (end < text.length() && (text.charAt(end) == '年' || text.charAt(end) == '月')) {
                return null;
            }
            return marker(Kind.NUM_ENUM, m);
        }
        return null;
    }

    public static boolean startsWithMarker(String text) {
        return find(text) != null;
    }

    private static Marker marker(Kind kind, Matcher m) {
        return new Marker(kind, m.group().strip(), m.end(), ordinal(m.group(1)));
    }

    /** 十二 → 12, 二十四 → 24, 一百零五 → 105, "7" → 7; 0 when unreadable. */
    public static int ordinal(String numeral) {
        if (numeral.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int current = 0;
        for (char c : numeral.toCharArray()) {
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                digit = 0;
            } else if (c == '两') {
                digit = 2;
            }
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }

    /** Sentence-final punctuation: a line ending in one of these ends its paragraph. */
    public static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '”' || last == '’' || last == '"' || last == '」' || last == '）' || last == ')') {
            if (text.length() >= 2) {
                char before = text.charAt(text.length() - 2);
                if ("。！？；!?;".indexOf(before) >= 0) {
                    return true;
                }
            }
            // a closing parenthesis of a list of responsible units ends a task paragraph
            return last == '）' || last == ')';
        }
        return "。！？；：!?;:".indexOf(last) >= 0;
    }
}

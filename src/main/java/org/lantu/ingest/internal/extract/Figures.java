package org.lantu.ingest.internal.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.Comparator;
import org.lantu.plan.TargetKind;

/**
 * How plans write figures: a number with its unit and the words around it that say how to read it (达到 X,
 * X以上, 不超过 X, 突破 X, X左右, X(年均), 累计 …). Shared by the table and the prose extractors so that a
 * figure means the same wherever it is written.
 */
public final class Figures {

    /** Units as plans write them, longest first so that 亿元 wins over 元. */
    public static final String UNIT = "(?:亿美元|万美元|美元|万亿元|亿元|万元|元|亿立方米|万立方米|立方米|亿千瓦时|万千瓦时|千瓦时|亿千瓦|万千瓦|千瓦|兆瓦|"
            + "亿度|万度|亿吨|万吨标煤|万吨标准煤|吨标准煤|万吨|吨|亿斤|万斤|公斤|万亩|亩|平方公里|万平方米|平方米|公顷|公里|千米|米|"
            + "万人次|人次|万人|人|万户|户|个百分点|百分点|万个|个|家|所|张|床|件|项|处|座|条|台|套|辆|岁|年|天|小时|分钟|"
            + "万头|头|万只|只|万匹|匹|峰|万羽|羽|"
            + "微克/立方米|毫克/立方米|毫克/升|%|‰|倍|KW|kW|MW|GW|km|兆|G|M)";

    private static final String NUMBER = "[-−]?\\d+(?:\\.\\d+)?";
    private static final Pattern FIRST_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern NUMBER_UNIT = Pattern.compile("(" + NUMBER + ")\\s*(" + UNIT + ")?");

    private static final Pattern QUALITATIVE =
            Pattern.compile("达到(全市|全区|全盟|上级|国家|自治区|市级)|完成(上级|市级|自治区|国家)?.{0,4}下达|下达任务|"
                    + "按(上级|国家|自治区)要求|达到.{0,4}要求|控制在.{0,4}(范围|以内)$");

    private static final Pattern MISSING = Pattern.compile("^[—\\-－―─/／]+$|^无$|^暂无$|^空$");

    private Figures() {}

    /** A figure read from a table cell or a clause. */
    public record Figure(
            @Nullable BigDecimal value, @Nullable String unit, Comparator comparator, TargetKind kind) {}

    /** True for cells that state no figure: empty, —, /, 无. */
    public static boolean isMissing(String raw) {
        String t = raw.replace(" ", "").strip();
        return t.isEmpty() || MISSING.matcher(t).matches();
    }

    /** Reads a target cell: ＞200, 5.3左右, ≤4.5, 6(年均), 4.5%以内, 达到全市要求, —. */
    public static Figure cell(String raw) {
        String t = raw.replace(" ", "").strip();
        if (isMissing(t)) {
            return new Figure(null, null, Comparator.MISSING, TargetKind.MISSING);
        }
        Matcher m = NUMBER_UNIT.matcher(t);
        if (!m.find()) {
            return new Figure(null, null, Comparator.QUALITATIVE, TargetKind.QUALITATIVE);
        }
        if (QUALITATIVE.matcher(t).find() && m.start() > 0 && !Character.isDigit(t.charAt(0))) {
            return new Figure(null, null, Comparator.QUALITATIVE, TargetKind.QUALITATIVE);
        }
        BigDecimal value = number(m.group(1));
        String unit = m.group(2);
        String before = t.substring(0, m.start());
        String after = t.substring(m.end());
        return new Figure(value, unit, comparator(before, after), kind(t));
    }

    /** The first number in a text, e.g. the baseline cell {@code 3.9%} → 3.9. */
    public static @Nullable BigDecimal firstNumber(String raw) {
        Matcher m = FIRST_NUMBER.matcher(raw.replace(" ", ""));
        return m.find() ? number(m.group()) : null;
    }

    public static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace('−', '-'));
    }

    /** A unit on its own: {@link #UNIT} and a few that only unit columns use, alone or per something (元/人). */
    private static final String UNIT_WORD = "(?:万|千|百)?(?:" + UNIT + "|微克|毫克|克|度|分贝|标准煤|床位|公顷|km|kg|t)";

    private static final Pattern UNIT_ONLY = Pattern.compile(UNIT_WORD + "(?:/(?:十)?" + UNIT_WORD + ")?");
    private static final Pattern RANGE =
            Pattern.compile("^[^\\d]*\\d+(?:\\.\\d+)?\\s*(?:%|‰)?\\s*[-~～—至到]\\s*\\d+(?:\\.\\d+)?\\D*$");

    /**
     * Whether a text is a unit as plans write it in a unit column or in the parentheses after an indicator
     * name: 亿元, %, 万千瓦, 元/人, 个/千人.
     */
    public static boolean isUnit(String text) {
        String t = text.replace(" ", "").strip();
        return !t.isEmpty() && t.length() <= 12 && UNIT_ONLY.matcher(t).matches();
    }

    /** How many numbers a text holds: {@code 5.57:78.13:16.3} has three, {@code ≤4.5} one. */
    public static int numberCount(String raw) {
        Matcher m = FIRST_NUMBER.matcher(raw);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Whether a cell holds several figures that are not one range, such as a ratio ({@code 5.57: 78.13:
     * 16.3}) or a figure with a remark ({@code 13620人参保率97%}); such a cell has no single value.
     */
    public static boolean isCompound(String raw) {
        return numberCount(raw) > 1 && !RANGE.matcher(raw.replace(" ", "")).matches();
    }

    /** The single value of a cell: its figure, or null when it states none or several (see {@link #isCompound}). */
    public static @Nullable BigDecimal cellValue(String raw) {
        if (isCompound(raw)) {
            return null;
        }
        return cell(raw).value();
    }

    /**
     * The comparator that the words right before and right after a figure give it.
     *
     * @param before the text before the number (only its end matters)
     * @param after the text after the number and its unit (only its start matters)
     */
    public static Comparator comparator(String before, String after) {
        String b = before.length() > 8 ? before.substring(before.length() - 8) : before;
        String a = after.length() > 6 ? after.substring(0, 6) : after;
        if (!a.isEmpty() && (a.charAt(0) == '(' || a.charAt(0) == '（')) {
            a = a.substring(1);
        }
        if (a.startsWith("以上") || a.startsWith("及以上") || a.startsWith("以上(含)")) {
            return Comparator.GE;
        }
        if (a.startsWith("以内") || a.startsWith("以下") || a.startsWith("之内") || a.startsWith("及以下")) {
            return Comparator.LE;
        }
        if (a.startsWith("左右") || a.startsWith("上下")) {
            return Comparator.ABOUT;
        }
        if (b.endsWith("≥")
                || b.endsWith(">=")
                || b.endsWith("不低于")
                || b.endsWith("不少于")
                || b.endsWith("至少")
                || b.endsWith("不小于")) {
            return Comparator.GE;
        }
        if (b.endsWith("≤")
                || b.endsWith("<=")
                || b.endsWith("不超过")
                || b.endsWith("不高于")
                || b.endsWith("不大于")
                || b.endsWith("控制在")
                || b.endsWith("低于") && !b.endsWith("不低于")) {
            return b.endsWith("低于") ? Comparator.LT : Comparator.LE;
        }
        if (b.endsWith(">")
                || b.endsWith("突破")
                || b.endsWith("超过")
                || b.endsWith("超")
                || b.endsWith("高于")
                || b.endsWith("大于")) {
            return Comparator.GT;
        }
        if (b.endsWith("<") || b.endsWith("小于")) {
            return Comparator.LT;
        }
        if (b.endsWith("约") || b.endsWith("约为") || b.endsWith("大约") || b.endsWith("近")) {
            return Comparator.ABOUT;
        }
        return Comparator.EQ;
    }

    /** Level, annual growth (年均, X(年均)) or cumulative (累计, 〔X〕). */
    public static TargetKind kind(String text) {
        if (text.contains("年均")) {
            return TargetKind.ANNUAL_GROWTH;
        }
        if (text.contains("累计") || text.contains("〔") || text.contains("[")) {
            return TargetKind.CUMULATIVE;
        }
        return TargetKind.LEVEL;
    }
}

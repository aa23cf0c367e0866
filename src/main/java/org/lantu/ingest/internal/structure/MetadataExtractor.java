package org.lantu.ingest.internal.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.internal.doc.Block;
import org.lantu.ingest.internal.doc.NormalizedDocument;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.plan.PlanKind;
import org.lantu.plan.PlanMetadata;
import org.lantu.plan.PlanPeriod;

/**
 * Title, kind, administrative unit and period of a plan, from its title page; a newspaper print (本报讯 …
 * 印发《…》) names the plan in book-title marks instead.
 */
final class MetadataExtractor {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{6,80}(?:方案|规划|纲要|意见|计划)[^《》]{0,20})》");
    private static final Pattern PERIOD =
            Pattern.compile("((?:19|20)\\d{2})\\s*(?:年)?\\s*[—\\-～~至到－–]+\\s*((?:19|20)\\d{2})\\s*年?");
    private static final Pattern FIVE_YEAR = Pattern.compile("第([一二三四五六七八九十]+)个五年|“?([十]?[一二三四五六七八九])五”?(?:规划|时期)");
    private static final Pattern VISION = Pattern.compile("(二〇三五|2035|二〇五〇|2050)年远景");
    private static final Pattern UNIT = Pattern.compile("([\\u4e00-\\u9fa5]{2,10}?(?:自治区|省|自治州|自治旗|自治县|市|盟|地区|旗|县|区))");
    private static final Pattern AUTHORITY = Pattern.compile(".*(人民政府|办公厅|办公室|委员会|发展和改革委员会|发改委)$");
    private static final Pattern DATE = Pattern.compile("^[二〇一二三四五六七八九十零\\d]{4}年[一二三四五六七八九十\\d]{1,2}月.*");

    PlanMetadata extract(NormalizedDocument doc, boolean[] front) {
        List<Block> blocks = doc.blocks();
        String title = titleFromFront(blocks, front);
        String intro = firstProse(blocks);
        if (title == null) {
            title = bookTitle(blocks);
        }
        if (title == null) {
            title = intro != null ? Locations.quote(intro) : "";
        }
        String cleaned = title.replaceFirst("^【[^】]*】", "");
        String region = unitAtStart(cleaned);
        if (region == null && intro != null) {
            Matcher m = UNIT.matcher(intro);
            while (m.find()) {
                String u = m.group(1);
                if (u.endsWith("自治区") || u.endsWith("省")) {
                    region = u.replaceFirst("^.*?(内蒙古|宁夏回族|广西壮族|新疆维吾尔|西藏)", "$1");
                    break;
                }
            }
        }
        PlanKind kind = kindOf(title, region);
        return new PlanMetadata(title, kind, region, periodOf(title));
    }

    private static @Nullable String titleFromFront(List<Block> blocks, boolean[] front) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < blocks.size() && front[i]; i++) {
            if (!(blocks.get(i) instanceof Paragraph p)) {
                break;
            }
            String t = p.text().replace('\t', ' ').strip();
            if (t.matches("^目\\s*录$")) {
                break;
            }
            if (title.length() > 0
                    && (AUTHORITY.matcher(t).matches() || DATE.matcher(t).matches())) {
                break;
            }
            if (title.length() > 0 && (isCompleteTitle(title.toString()) || t.equals(title.toString()))) {
                break;
            }
            title.append(t);
        }
        return title.length() == 0 ? null : title.toString();
    }

    private static boolean isCompleteTitle(String t) {
        return t.matches(".*(方案|规划|纲要|意见|计划|通知|办法|要点)[）)]?$") || t.matches(".*[（(].*\\d{4}.*[）)]$");
    }

    /** A newspaper print names the plan it prints in book-title marks: 印发《…方案》. */
    private static @Nullable String bookTitle(List<Block> blocks) {
        int seen = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p && seen++ < 5) {
                Matcher m = BOOK_TITLE.matcher(p.text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static @Nullable String firstProse(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.text().length() > 40) {
                return p.text();
            }
        }
        return null;
    }

    private static @Nullable String unitAtStart(String title) {
        Matcher m = UNIT.matcher(title);
        if (m.lookingAt()) {
            String u = m.group(1);
            // 关于推进以县城… names no unit
            return u.startsWith("关于") ? null : u;
        }
        return null;
    }

    static PlanKind kindOf(String title, @Nullable String region) {
        if (title.contains("解读")) {
            return PlanKind.INTERPRETATION;
        }
        if (title.contains("五年规划") || title.matches(".*“?十[一二三四五六七八九]?五”?规划.*")) {
            return PlanKind.FIVE_YEAR_PLAN;
        }
        boolean regional = region == null
                || region.endsWith("自治区")
                || region.endsWith("省")
                || region.endsWith("盟")
                || region.endsWith("自治州");
        if (title.contains("城镇化")) {
            return regional ? PlanKind.REGIONAL_PLAN : PlanKind.URBANIZATION_PLAN;
        }
        if (regional && (title.contains("方案") || title.contains("规划"))) {
            return PlanKind.REGIONAL_PLAN;
        }
        return PlanKind.OTHER;
    }

    static @Nullable PlanPeriod periodOf(String title) {
        Matcher m = PERIOD.matcher(title);
        Integer vision = null;
        Matcher v = VISION.matcher(title);
        if (v.find()) {
            vision = v.group(1).startsWith("2")
                    ? Integer.parseInt(v.group(1))
                    : v.group(1).equals("二〇三五") ? 2035 : 2050;
        }
        if (m.find()) {
            return new PlanPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), vision);
        }
        Matcher f = FIVE_YEAR.matcher(title);
        if (f.find()) {
            String numeral = f.group(1) != null ? f.group(1) : f.group(2);
            int ordinal = org.lantu.ingest.internal.text.Markers.ordinal(numeral);
            // the 1st plan began in 1953, the 3rd in 1966 after three years of adjustment
            int from = ordinal <= 2 ? 1953 + (ordinal - 1) * 5 : 1966 + (ordinal - 3) * 5;
            return new PlanPeriod(from, from + 4, vision);
        }
        return null;
    }
}

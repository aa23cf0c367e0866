package org.lantu.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.Section;
import org.lantu.review.Finding;
import org.lantu.review.FindingKind;
import org.lantu.review.Severity;

/**
 * An interpretation (解读) against the plan it interprets.
 *
 * <ul>
 *   <li>{@code figure_not_in_source}, figures: every number with a unit in the interpretation (1200平方公里,
 *       120万亩, 8个村) must appear in the plan with the same unit; years, document numbers (〔2023〕7号) and
 *       codes (5G, X608) are no figures. “N个方面” under a heading of the plan's is the number of that
 *       heading's sub-headings: it is compared with them, and a different count is a {@code
 *       conflicting_figures}.
 *   <li>{@code figure_not_in_source}, projects: a named project (a phrase ending in 项目, 工程 or 公路 after
 *       its opening verbs are dropped, split at 和, 及, 、 between two of them) must appear in one paragraph of
 *       the plan: at least {@value #MIN_CONTAINED} of its character pairs there (a typo such as 提防 for 堤防
 *       still matches). Generic phrases (重点项目, 重点实施项目, 补短板 …) are skipped, and a figure inside a missing project is not reported again.
 * </ul>
 *
 * Both are warnings: the interpretation may say what the plan's annexes say.
 */
final class Sources {

    static final double MIN_CONTAINED = 0.75;

    private static final String UNITS = "个方面|个百分点|平方公里|平方米|万平方米|万亿元|亿元|万元|元|万千瓦|千瓦|兆瓦|万亩|亩|公里|km|千米|米|"
            + "万吨|吨|亿立方米|万立方米|立方米|万人次|人次|万人|人|万户|户|个|条|项|所|座|处|张|家|台|岁|天|%|‰|万只|只|头|套|辆|批";
    private static final Pattern FIGURE =
            Pattern.compile("(?<![\\d.A-Za-z〔\\[])(\\d+(?:\\.\\d+)?)(" + UNITS + ")(?![A-Za-z])");
    private static final Pattern ASPECTS = Pattern.compile("(\\d+)个方面");
    private static final Pattern PROJECT = Pattern.compile("(项目|工程|公路)(建设)?$");
    private static final Pattern LEAD =
            Pattern.compile("^(?:重点|加快|积极|持续|扎实|大力|全面|着力|稳步|有序|深入|进一步|推进|推动|实施|完成|建设|建成|开展|新建|改扩建|扩建|启动|打造|落实|支持|"
                    + "谋划|争取|做好|抓好|围绕|依托|提出|增加|提升|完善)+");
    private static final Pattern GENERIC = Pattern.compile("^(?:重点|重大|主要|相关|各类|一批|建设|实施|措施|和|及|项目|工程|公路)*$");
    private static final Pattern GENERIC_WORDS = Pattern.compile("补短板|重点实施项目|一批");
    /** Words after which a segment's tail is what it names (…7个方面内容提出全旗基础设施…项目). */
    private static final Pattern INTRO = Pattern.compile(".*(?:提出|方面|内容)");

    private static final Pattern SPLIT = Pattern.compile("(?<=项目|工程)(?:和|及|、)");

    private Sources() {}

    /**
     * @param compared figures of the interpretation ({@code line|value}) that were compared with the plan's
     *     figures of the same indicator and year: they agree or are reported as conflicting, not as missing
     */
    static List<Finding> check(Doc interpretation, Doc plan, Set<String> compared) {
        List<Finding> out = new ArrayList<>();
        Set<String> planFigures = figures(plan.fullText());
        for (Doc.Para p : interpretation.paragraphs) {
            List<String> missing = projects(interpretation, plan, p, out);
            Section own = matchingSection(p, plan);
            Matcher m = FIGURE.matcher(p.text());
            while (m.find()) {
                String unit = m.group(2);
                BigDecimal value = new BigDecimal(m.group(1));
                if (unit.equals("个方面")) {
                    aspects(interpretation, plan, p, own, value, m, out);
                    continue;
                }
                if (planFigures.contains(key(value, unit))
                        || compared.contains(
                                p.line() + "|" + value.stripTrailingZeros().toPlainString())
                        || within(missing, p.text(), m.start(), m.end())) {
                    continue;
                }
                String quote = context(p.text(), m.start(), m.end());
                out.add(new Finding(
                        FindingKind.FIGURE_NOT_IN_SOURCE,
                        Severity.WARNING,
                        "解读中的“" + m.group() + "”在所解读的《" + plan.plan.plan().title() + "》中找不到。",
                        "The interpretation states " + m.group() + ", which the plan it interprets ("
                                + plan.plan.plan().title() + ") does not contain.",
                        List.of(interpretation.evidence(quote, p.line()))));
            }
        }
        return out;
    }

    /** Whether a figure lies inside a project already reported missing (8个 of 布哈岱等8个村供水保障工程). */
    private static boolean within(List<String> projects, String text, int start, int end) {
        for (String name : projects) {
            int at = text.indexOf(name);
            while (at >= 0) {
                if (at <= start && end <= at + name.length()) {
                    return true;
                }
                at = text.indexOf(name, at + 1);
            }
        }
        return false;
    }

    private static void aspects(
            Doc interpretation,
            Doc plan,
            Doc.Para p,
            @Nullable Section own,
            BigDecimal value,
            Matcher m,
            List<Finding> out) {
        if (own == null || own.children().isEmpty()) {
            return; // nothing to count against
        }
        int stated = value.intValue();
        int count = own.children().size();
        if (stated == count) {
            return;
        }
        out.add(new Finding(
                FindingKind.CONFLICTING_FIGURES,
                Severity.ERROR,
                "解读称“" + Doc.label(own) + "”有" + stated + "个方面，而方案该部分有" + count + "个小节。",
                "The interpretation says \"" + own.title() + "\" has " + stated + " parts; the plan's section has "
                        + count + ".",
                List.of(
                        interpretation.evidence(context(p.text(), m.start(), m.end()), p.line()),
                        plan.evidence(Doc.label(own), own.line()))));
    }

    /** The plan's heading whose title opens the interpretation's paragraph ((一)坚持产业培育带动,…。). */
    private static @Nullable Section matchingSection(Doc.Para p, Doc plan) {
        String head = Toc.title(p.text().split("[。；]", 2)[0]);
        for (Section s : plan.headings) {
            String t = Toc.title(s.title());
            if (t.length() >= 4 && head.endsWith(t)) {
                return s;
            }
        }
        return null;
    }

    /** @return the names of the projects reported missing */
    private static List<String> projects(Doc interpretation, Doc plan, Doc.Para p, List<Finding> out) {
        List<String> missing = new ArrayList<>();
        for (String segment : p.text().split("[，,；;。：:！？]")) {
            for (String part : SPLIT.split(segment)) {
                String name = LEAD.matcher(INTRO.matcher(part.strip()).replaceFirst(""))
                        .replaceFirst("");
                if (!PROJECT.matcher(name).find()
                        || GENERIC.matcher(name).matches()
                        || GENERIC_WORDS.matcher(name).find()
                        || name.length() < 6) {
                    continue;
                }
                if (contained(name, plan) >= MIN_CONTAINED) {
                    continue;
                }
                missing.add(name);
                out.add(new Finding(
                        FindingKind.FIGURE_NOT_IN_SOURCE,
                        Severity.WARNING,
                        "解读提到的项目“" + name + "”在所解读的《" + plan.plan.plan().title() + "》中找不到。",
                        "The interpretation names the project " + name + ", which the plan it interprets ("
                                + plan.plan.plan().title() + ") does not contain.",
                        List.of(interpretation.evidence(name, p.line()))));
            }
        }
        return missing;
    }

    /** The largest share of the name's character pairs found in one paragraph of the plan. */
    static double contained(String name, Doc plan) {
        Set<String> pairs = pairs(name);
        if (pairs.isEmpty()) {
            return 1;
        }
        double best = 0;
        for (Doc.Para q : plan.paragraphs) {
            int found = 0;
            for (String b : pairs) {
                if (q.text().contains(b)) {
                    found++;
                }
            }
            best = Math.max(best, (double) found / pairs.size());
        }
        return best;
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static Set<String> figures(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add(key(new BigDecimal(m.group(1)), m.group(2)));
        }
        return out;
    }

    private static String key(BigDecimal v, String unit) {
        return v.stripTrailingZeros().toPlainString() + unit;
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 24), Math.min(text.length(), end + 8));
    }
}

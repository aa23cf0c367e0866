package org.lantu.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.plan.Comparator;
import org.lantu.plan.Indicator;
import org.lantu.plan.TargetKind;
import org.lantu.review.internal.Figure.Role;
import org.lantu.review.internal.Figure.Source;
import org.lantu.review.internal.Figure.YearFrom;

/**
 * Statements of current values in the prose (截至2022年末，全旗地区生产总值完成165.9亿元): an indicator the
 * catalog lists or a table of the plan names, directly followed by a verb of reaching (完成, 达到, 达, 为,
 * 稳定在, 控制在, 提高到 …) and a figure. The year is the one the sentence states (not after 到 or 至, which
 * make a target, left to the target extractor); a sentence without a year counts only in a section that
 * describes the state before the plan (发展基础, 发展成效, 发展成就 …), as the plan's base year. Lists
 * (分别达到 X 和 Y) and sentences that look ahead (力争, 预计, 目标) are skipped: better no figure than a
 * wrong one.
 */
final class Statements {

    private static final Pattern AFTER =
            Pattern.compile("^(?:年末|年底)?(完成|达到|达|为|稳定在|保持在|控制在|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|超过|突破)了?(约)?"
                    + "(\\d+(?:\\.\\d+)?)(%|‰|万亿元|亿元|万元|元|万千瓦|千瓦|万亩|亩|平方公里|平方米|公里|万吨|吨|亿立方米|万立方米|"
                    + "万人次|人次|万人|人|个|张|岁|天|家|件|座|所|户)?(以上|以内|以下|左右)?");
    private static final Pattern YEAR = Pattern.compile("(截至|截止|到|至)?((?:19|20)\\d\\d)年");
    private static final Pattern LOOKING_AHEAD = Pattern.compile("力争|预计|目标|将达|规划到|计划");
    private static final Pattern STATE_BEFORE = Pattern.compile("发展基础|发展成效|发展成就|发展现状|现实基础|发展回顾|工作回顾|主要成就|取得的成就|成就回顾");
    private static final String SENTENCE_END = "。；;！？!?\n";
    private static final String CLAUSE_END = "，,、：:（(“\"";
    /** What may open a clause before the indicator's name: a year, scope words. */
    private static final Pattern OPENER =
            Pattern.compile("^(?:(?:截至|截止)?(?:19|20)\\d\\d年(?:末|底)?)?(?:全旗|全县|全区|全市|全盟|我旗|我县|旗域|县域|县城|城镇|城区|全体)*");

    private final Doc doc;
    private final IndicatorCatalog catalog;
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    Statements(Doc doc, IndicatorCatalog catalog) {
        this.doc = doc;
        this.catalog = catalog;
        List<String> names = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            for (String n : e.names()) {
                names.add(Texts.normalize(n));
            }
        }
        for (Indicator i : doc.plan.indicators()) {
            names.add(Texts.normalize(i.name()));
        }
        for (String n : names) {
            if (n.length() >= 3) {
                byFirst.computeIfAbsent(n.charAt(0), c -> new ArrayList<>()).add(n);
            }
        }
        for (List<String> l : byFirst.values()) {
            l.sort((a, b) -> b.length() - a.length());
        }
    }

    List<Figure> scan() {
        List<Figure> out = new ArrayList<>();
        for (Doc.Para p : doc.paragraphs) {
            String text = p.text();
            int i = 0;
            while (i < text.length()) {
                String name = longestAt(text, i);
                if (name == null) {
                    i++;
                    continue;
                }
                int end = i + name.length();
                Figure f = statement(p, text, i, end, name);
                if (f != null) {
                    out.add(f);
                }
                i = end;
            }
        }
        return out;
    }

    private @Nullable String longestAt(String text, int i) {
        List<String> candidates = byFirst.get(text.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (String n : candidates) {
            if (text.startsWith(n, i)) {
                return n;
            }
        }
        return null;
    }

    private @Nullable Figure statement(Doc.Para p, String text, int start, int end, String name) {
        Matcher m = AFTER.matcher(text).region(end, text.length());
        m.useAnchoringBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        int after = m.end();
        if (after < text.length() && (text.charAt(after) == '和' || text.charAt(after) == '、')) {
            return null; // 分别达到 X 和 Y
        }
        int sentence = start;
        while (sentence > 0 && SENTENCE_END.indexOf(text.charAt(sentence - 1)) < 0) {
            sentence--;
        }
        String before = text.substring(sentence, start);
        if (LOOKING_AHEAD.matcher(before).find() || before.contains("分别")) {
            return null;
        }
        int clause = start;
        while (clause > sentence && CLAUSE_END.indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        String prefix = OPENER.matcher(text.substring(clause, start)).replaceFirst("");
        if (!prefix.isEmpty()) {
            return null; // the name is the tail of a longer one (医疗机构污水处理率 …)
        }
        Integer year = null;
        YearFrom from = YearFrom.STATED;
        Matcher y = YEAR.matcher(before);
        while (y.find()) {
            String prep = y.group(1);
            if (prep != null && (prep.equals("到") || prep.equals("至"))) {
                return null; // 到2025年: a target
            }
            year = Integer.valueOf(y.group(2));
        }
        Integer base = doc.baseYear();
        if (year == null) {
            if (base == null || !describesStateBefore(p)) {
                return null;
            }
            year = base;
            from = YearFrom.CONTEXT;
        } else if (base != null && year > base) {
            return null;
        }
        Comparator cmp = comparator(m.group(1), m.group(2), m.group(5));
        String unit = m.group(4);
        if (unit == null) {
            unit = IndicatorCatalog.unitInName(name);
        }
        String quote = text.substring(Math.max(sentence, start - 20), after);
        return Figures.figure(
                catalog,
                name,
                false,
                TargetKind.LEVEL,
                Role.ACTUAL,
                new BigDecimal(m.group(3)),
                unit,
                year,
                from,
                cmp,
                Source.PROSE,
                -1,
                doc.evidence(quote, p.line()));
    }

    private boolean describesStateBefore(Doc.Para p) {
        for (String t : doc.titles(p.sectionId())) {
            if (STATE_BEFORE.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    private static Comparator comparator(String verb, @Nullable String about, @Nullable String hedge) {
        if (hedge != null) {
            return switch (hedge) {
                case "以上" -> Comparator.GE;
                case "以内", "以下" -> Comparator.LE;
                default -> Comparator.ABOUT;
            };
        }
        if (about != null) {
            return Comparator.ABOUT;
        }
        return verb.equals("超过") || verb.equals("突破") ? Comparator.GT : Comparator.EQ;
    }
}

package org.lantu.ingest.internal.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.internal.doc.Block;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.ingest.internal.structure.Locations;
import org.lantu.ingest.internal.structure.SectionNode;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.plan.Responsibility;

/**
 * Finds task paragraphs that end in the list of units responsible for them (责任分工), e.g. {@code
 * …降低弃风率和弃光率。（旗能源局、发改委、工科局，杭锦经济开发区）}.
 *
 * <p>A closing parenthesis group is a unit list only when it ends the paragraph and every element looks like
 * an organisation (ends in 局, 委, 中心, 公司, 镇 … or starts with 各), so that （2023～2025年）, （亿元） or
 * （工业化、城镇化、信息化、农业现代化） are left alone; a list made only of places (呼和镇、巴音镇、潮格镇) is
 * a list of locations, not of units. Units are separated by 、, groups by ，; both are kept in order. Labels
 * (牵头单位：…；配合单位：…), role words (…牵头, …配合, 按职责分工负责, 等) and 及 between two names are read too. The
 * lead is the unit marked 牵头, else the first one listed.
 *
 * <p>Normalisation fills in inherited prefixes (旗能源局、发改委 → 旗能源局、旗发改委) by the rule and the
 * vocabulary in {@code org/lantu/ingest/units.txt}, which documents the choices made.
 */
public final class ResponsibilityExtractor {

    private static final String VOCABULARY = "/org/lantu/ingest/units.txt";
    private static final int SUMMARY = 20;
    private static final int SHORT_DEPARTMENT = 6;

    /** The longest list of units read (characters). */
    private static final int MAX_LIST = 600;

    private static final Pattern SEPARATOR = Pattern.compile("[、，,；;]");
    /** Labels inside a list: （牵头单位：县发改委；配合单位：县财政局、统计局）. */
    private static final Pattern LABEL =
            Pattern.compile("^(?:牵头单位|牵头部门|责任单位|责任部门|主责单位|主办单位|配合单位|配合部门|协办单位|参与单位|协同单位)[:：]");
    /** Role words after a name: （县政府办牵头，县发改委配合）, and a closing 等. */
    private static final Pattern ROLE = Pattern.compile("(?:按职责分工负责|按职责分工|按职责|分别负责|共同负责|牵头|负责|配合|参与|协助|协办|等)+$");
    /** 及, 和 between two names: （县发改委、财政局及各乡镇）. */
    private static final Pattern AND = Pattern.compile("[及和与]");

    /** Words that start a gloss, not a name: （含高新区）, （以下简称示范区）. */
    private static final Pattern GLOSS = Pattern.compile("^(?:含|包括|包含|不含|即|如|指|见|详见|其中|除|以下|下称|简称|主要是)");

    private static final Pattern LEAD_MARK = Pattern.compile("^(?:牵头单位|牵头部门|主责单位|主办单位)[:：]|牵头$");
    private static final Pattern REGION_SUFFIX = Pattern.compile("(自治区|自治州|自治旗|自治县|地区|旗|县|市|区|盟)$");
    private static final Pattern BARE_DEPARTMENT = Pattern.compile("^[\\p{IsHan}]{2," + SHORT_DEPARTMENT + "}$");

    private final Vocabulary vocabulary;

    public ResponsibilityExtractor() {
        this(Vocabulary.DEFAULT);
    }

    ResponsibilityExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<Responsibility> extract(StructuredDocument doc) {
        @Nullable String regionStem = regionStem(doc.metadata().region());
        List<Block> blocks = doc.blocks();
        List<Responsibility> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Paragraph p) || doc.isPureHeading(i) || doc.isFrontMatter(i)) {
                continue;
            }
            String text = p.text();
            int last = lastNonSpace(text);
            if (last < 0 || !isClosingParen(text, last)) {
                continue;
            }
            int open = openingOf(text, last);
            if (open < 0) {
                continue;
            }
            String inside = text.substring(open + 1, last);
            String task = text.substring(0, open).strip();
            if (task.length() < 4) {
                continue;
            }
            UnitList list = unitList(inside);
            if (list == null) {
                continue;
            }
            List<String> units = list.units();
            List<String> normalized = normalize(units, regionStem);
            int lead = list.lead();
            SectionNode s = doc.sectionOf(i);
            out.add(new Responsibility(
                    s != null ? s.title() : null,
                    s != null ? s.id() : null,
                    task.length() > SUMMARY ? task.substring(0, SUMMARY) : task,
                    task,
                    p.line(),
                    List.copyOf(units),
                    List.copyOf(normalized),
                    normalized.get(lead),
                    Locations.of(p)));
        }
        return out;
    }

    /** The units of a list as written, and which of them leads. */
    record UnitList(List<String> units, int lead) {}

    /** The units of a parenthesised list, or an empty list when it is not a list of responsible units. */
    List<String> units(String inside) {
        UnitList list = unitList(inside);
        return list == null ? List.of() : list.units();
    }

    /** The list of units in a parenthesised group, or null when it is not one. */
    @Nullable
    UnitList unitList(String inside) {
        List<String> parts = new ArrayList<>();
        int lead = -1;
        for (String part : SEPARATOR.split(inside.replace(" ", ""), -1)) {
            String p = part.strip();
            if (lead < 0 && LEAD_MARK.matcher(p).find()) {
                lead = parts.size();
            }
            parts.addAll(
                    splitAnd(ROLE.matcher(LABEL.matcher(p).replaceFirst("")).replaceFirst("")));
        }
        List<String> units = new ArrayList<>(parts.size());
        boolean anyOrganisation = false;
        for (String u : parts) {
            if (u.isEmpty()) {
                return null;
            }
            if (!vocabulary.looksLikeOrganisation(u) || GLOSS.matcher(u).find()) {
                return null;
            }
            // a body: not a place, and clearly named (a department, a prefixed unit, 各…, or a longer name)
            if (!vocabulary.isPlace(u)
                    && (vocabulary.isDepartment(u)
                            || vocabulary.prefixOf(u) != null
                            || u.startsWith("各")
                            || u.length() >= 4)) {
                anyOrganisation = true;
            }
            units.add(u);
        }
        if (!anyOrganisation) {
            return null;
        }
        // a single short element such as （社区） is more likely a gloss than a list of units
        if (units.size() == 1 && units.get(0).length() < 4 && !vocabulary.isDepartment(units.get(0))) {
            return null;
        }
        return new UnitList(units, Math.max(lead, 0));
    }

    /** 财政局及各乡镇 → 财政局, 各乡镇, when both sides name organisations; else the part itself. */
    private List<String> splitAnd(String part) {
        Matcher m = AND.matcher(part);
        while (m.find()) {
            String left = part.substring(0, m.start());
            String right = part.substring(m.end());
            if (vocabulary.looksLikeOrganisation(left) && vocabulary.looksLikeOrganisation(right)) {
                List<String> out = new ArrayList<>(splitAnd(left));
                out.addAll(splitAnd(right));
                return out;
            }
        }
        return List.of(part);
    }

    /** Fills in inherited prefixes: 旗能源局、发改委 → 旗能源局、旗发改委. */
    List<String> normalize(List<String> units, @Nullable String regionStem) {
        List<String> out = new ArrayList<>(units.size());
        @Nullable String prefix = null;
        for (String u : units) {
            String p = vocabulary.prefixOf(u);
            if (p != null) {
                prefix = p;
                out.add(u);
            } else if (prefix != null && isBareDepartment(u, regionStem)) {
                out.add(prefix + u);
            } else {
                out.add(u);
            }
        }
        return out;
    }

    private boolean isBareDepartment(String u, @Nullable String regionStem) {
        if (vocabulary.isFixed(u) || regionStem != null && u.startsWith(regionStem)) {
            return false;
        }
        if (vocabulary.isDepartment(u)) {
            return true;
        }
        return BARE_DEPARTMENT.matcher(u).matches() && (u.endsWith("局") || u.endsWith("委") || u.endsWith("办"));
    }

    /** 杭锦旗 → 杭锦: units that start with it name their own place (杭锦供电分局). */
    static @Nullable String regionStem(@Nullable String region) {
        if (region == null) {
            return null;
        }
        String stem = REGION_SUFFIX.matcher(region.strip()).replaceFirst("");
        return stem.length() >= 2 ? stem : null;
    }

    private static int lastNonSpace(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "。.；;".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i;
    }

    /** The parenthesis that opens the group closing at {@code close}, or -1 (nested or too long a group). */
    private static int openingOf(String text, int close) {
        for (int i = close - 1; i >= 0 && close - i <= MAX_LIST; i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return close - i > 2 ? i : -1;
            }
            if (c == '）' || c == ')') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isClosingParen(String text, int i) {
        char c = text.charAt(i);
        return c == '）' || c == ')';
    }

    /** The vocabulary of {@code units.txt}. */
    static final class Vocabulary {

        private final List<String> prefixes;
        private final Set<String> departments;
        private final List<String> fixedPrefixes;
        private final List<String> fixedSuffixes;
        private final List<String> organisationSuffixes;
        private final List<String> placeSuffixes;

        Vocabulary(Map<String, List<String>> sections) {
            this.prefixes = sections.getOrDefault("prefixes", List.of());
            this.departments = new HashSet<>(sections.getOrDefault("departments", List.of()));
            this.fixedPrefixes = sections.getOrDefault("fixed-prefixes", List.of());
            this.fixedSuffixes = sections.getOrDefault("fixed-suffixes", List.of());
            this.organisationSuffixes = sections.getOrDefault("organisation-suffixes", List.of());
            this.placeSuffixes = sections.getOrDefault("place-suffixes", List.of());
        }

        /** The vocabulary of {@code units.txt}, read once. */
        static final Vocabulary DEFAULT = load();

        static Vocabulary load() {
            try (InputStream in = ResponsibilityExtractor.class.getResourceAsStream(VOCABULARY)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + VOCABULARY);
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Vocabulary parse(BufferedReader reader) throws IOException {
            Map<String, List<String>> sections = new HashMap<>();
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(t);
                }
            }
            return new Vocabulary(sections);
        }

        boolean isDepartment(String u) {
            return departments.contains(u);
        }

        /** The prefix a unit carries (旗 of 旗发改委), when the rest of it is a department. */
        @Nullable
        String prefixOf(String u) {
            for (String p : prefixes) {
                if (u.length() > p.length() && u.startsWith(p)) {
                    String rest = u.substring(p.length());
                    // 市场监管局 is a department, not 市 + 场监管局
                    if (departments.contains(u)) {
                        return null;
                    }
                    if (departments.contains(rest)
                            || BARE_DEPARTMENT.matcher(rest).matches() && endsWithAny(rest, organisationSuffixes)) {
                        return p;
                    }
                }
            }
            return null;
        }

        boolean isFixed(String u) {
            return startsWithAny(u, fixedPrefixes) || endsWithAny(u, fixedSuffixes);
        }

        boolean looksLikeOrganisation(String u) {
            if (u.length() < 2 || u.length() > 40) {
                return false;
            }
            for (int i = 0; i < u.length(); i++) {
                if (Character.isDigit(u.charAt(i))) {
                    return false;
                }
            }
            return u.startsWith("各") || departments.contains(u) || endsWithAny(u, organisationSuffixes);
        }

        /** A township, village or other place rather than a body (各苏木镇 counts as a body: every township). */
        boolean isPlace(String u) {
            return !u.startsWith("各") && endsWithAny(u, placeSuffixes);
        }

        private static boolean startsWithAny(String u, List<String> prefixes) {
            for (String p : prefixes) {
                if (u.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean endsWithAny(String u, List<String> suffixes) {
            for (String s : suffixes) {
                if (u.endsWith(s)) {
                    return true;
                }
            }
            return false;
        }
    }
}

package org.lantu.catalog;

import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lantu.catalog.internal.CatalogFile;
import org.lantu.catalog.internal.Names;

/**
 * The indicator catalog (指标库), read once from {@code org/lantu/catalog/indicators.tsv}. Thread-safe and
 * immutable.
 *
 * <p>Names are looked up after {@link #normalize normalisation} (width, scope words such as 全旗 or 县城,
 * 每千人口 → 每千人, a trailing unit in parentheses); a name that is not found as it is is tried once more
 * without a leading place name (巴音镇天然气通气率 → 天然气通气率). Nothing is matched by similarity: an
 * indicator the catalog does not list is not found.
 *
 * <p>{@link #direction} answers from the entry; for a name the catalog does not list it applies only the
 * rule of {@code lower-is-better.txt} (失业率, 死亡率, 能耗 … are better lower unless the name states a
 * reduction: 降幅, 下降, 减少), else {@link Direction#UNKNOWN}. It never guesses from anything else.
 */
public final class IndicatorCatalog {

    private static final String DIR = "/org/lantu/catalog/";
    private static final Pattern PLACE = Pattern.compile("^([\\p{IsHan}]{2,5}?)(镇|苏木|乡|嘎查|旗|县)(?!域|城)");
    private static final List<String> REDUCTION = List.of("降幅", "下降", "降低", "减少", "压减", "压缩");
    private static final List<String> GROWTH_SUFFIXES = List.of("增长率", "年均增速", "年均增长", "增速", "增长", "年均提高");

    private static final class Standard {
        static final IndicatorCatalog INSTANCE = new IndicatorCatalog(
                CatalogFile.entries(CatalogFile.open(DIR + "indicators.tsv")),
                CatalogFile.lines(DIR + "lower-is-better.txt"));
    }

    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byName;
    private final Map<String, CatalogEntry> byCode;
    private final List<String> lowerIsBetter;

    private IndicatorCatalog(List<CatalogEntry> entries, List<String> lowerIsBetter) {
        this.entries = List.copyOf(entries);
        this.lowerIsBetter = List.copyOf(lowerIsBetter);
        Map<String, CatalogEntry> names = new HashMap<>();
        Map<String, CatalogEntry> codes = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            if (codes.put(e.code(), e) != null) {
                throw new IllegalStateException("indicator catalog: code " + e.code() + " is listed twice");
            }
            for (String n : e.names()) {
                CatalogEntry other = names.put(normalize(n), e);
                if (other != null && other != e) {
                    throw new IllegalStateException(
                            "indicator catalog: '" + n + "' names both " + other.code() + " and " + e.code());
                }
            }
        }
        this.byName = Map.copyOf(names);
        this.byCode = Map.copyOf(codes);
    }

    /** The catalog shipped with Lantu. */
    public static IndicatorCatalog standard() {
        return Standard.INSTANCE;
    }

    /** A catalog read from a file of the same format as {@code indicators.tsv} (for tests and other data). */
    public static IndicatorCatalog of(Reader tsv, List<String> lowerIsBetter) {
        return new IndicatorCatalog(CatalogFile.entries(tsv), lowerIsBetter);
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public Optional<CatalogEntry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The entry of an indicator, by its name or any synonym, however worded (see the class comment). */
    public Optional<CatalogEntry> find(String name) {
        String n = normalize(name);
        CatalogEntry e = byName.get(n);
        if (e == null) {
            Matcher m = PLACE.matcher(n);
            if (m.find() && n.length() - m.end() >= 3) {
                e = byName.get(n.substring(m.end()));
            }
        }
        return Optional.ofNullable(e);
    }

    /**
     * The place name {@link #find} dropped to find the indicator (巴音镇 of 巴音镇天然气通气率), else empty: two
     * places' figures of one indicator are two figures, not one stated twice.
     */
    public String place(String name) {
        String n = normalize(name);
        if (byName.containsKey(n)) {
            return "";
        }
        Matcher m = PLACE.matcher(n);
        if (m.find() && n.length() - m.end() >= 3 && byName.containsKey(n.substring(m.end()))) {
            return n.substring(0, m.end());
        }
        return "";
    }

    /**
     * The entry for the growth rate of an indicator named as a level: 地区生产总值 stated as 年均增长 6% is
     * 地区生产总值增长率. The entry itself when it already is a growth indicator.
     */
    public Optional<CatalogEntry> growthOf(String name) {
        Optional<CatalogEntry> e = find(name);
        if (e.isPresent() && e.get().growth()) {
            return e;
        }
        String n = normalize(name);
        for (String suffix : GROWTH_SUFFIXES) {
            Optional<CatalogEntry> g = find(n + suffix);
            if (g.isPresent() && g.get().growth()) {
                return g;
            }
        }
        return Optional.empty();
    }

    /** Whether a higher figure is better; {@link Direction#UNKNOWN} when the catalog cannot tell. */
    public Direction direction(String name) {
        Optional<CatalogEntry> e = find(name);
        if (e.isPresent()) {
            return e.get().direction();
        }
        String n = Names.compact(name);
        if (lowerIsBetter.stream().anyMatch(n::contains)) {
            return REDUCTION.stream().anyMatch(n::contains) ? Direction.HIGHER : Direction.LOWER;
        }
        return Direction.UNKNOWN;
    }

    /**
     * One key for every wording of the same indicator: the normalised standard name of its entry, else the
     * normalised name itself.
     */
    public String key(String name) {
        return find(name).map(e -> normalize(e.name())).orElseGet(() -> normalize(name));
    }

    /** A name made comparable (see {@link Names}); the same string for wordings that differ only in form. */
    public static String normalize(String name) {
        return Names.normalize(name);
    }

    /** The unit written in parentheses at the end of a name (…托位数（个） → 个), as written, if any. */
    public static @org.jspecify.annotations.Nullable String unitInName(String name) {
        return Names.unitInName(name);
    }
}

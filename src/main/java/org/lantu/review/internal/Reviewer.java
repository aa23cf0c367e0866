package org.lantu.review.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanKind;
import org.lantu.review.Finding;
import org.lantu.review.Review;
import org.lantu.review.ReviewedPlan;

/** Runs every check on each plan, and the cross-checks on related plans. Stateless, thread-safe. */
public final class Reviewer {

    private static final Pattern TITLE_NOISE =
            Pattern.compile("【[^】]*】|\\[[^]]*]|[（(][^）)]*[）)]|总体|实施|关于印发|的通知|文字解读|政策解读|图文解读|解读");

    private final IndicatorCatalog catalog;

    public Reviewer(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Review> review(List<ExtractedPlan> plans) {
        List<Doc> docs = plans.stream().map(Doc::new).toList();
        List<List<Finding>> findings = new ArrayList<>();
        for (Doc d : docs) {
            findings.add(own(d));
        }
        for (int i = 0; i < docs.size(); i++) {
            Doc a = docs.get(i);
            if (a.plan.plan().kind() == PlanKind.INTERPRETATION) {
                for (Doc p : docs) {
                    if (p != a && interprets(a, p)) {
                        findings.get(i).addAll(interpretation(a, p));
                    }
                }
                continue;
            }
            for (int j = 0; j < i; j++) {
                Doc b = docs.get(j);
                if (b.plan.plan().kind() != PlanKind.INTERPRETATION && sameUnit(a, b) && !a.file.equals(b.file)) {
                    List<Figure> both = new ArrayList<>(b.figures(catalog).all);
                    both.addAll(a.figures(catalog).all);
                    findings.get(i).addAll(Conflicts.check(both, Conflicts.Scope.SAME_UNIT));
                }
            }
        }
        List<Review> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            out.add(new Review(ref(docs.get(i)), sorted(findings.get(i))));
        }
        return out;
    }

    private List<Finding> own(Doc d) {
        List<Figure> figures = d.figures(catalog).all;
        List<Finding> out = new ArrayList<>();
        out.addAll(Conflicts.check(figures, Conflicts.Scope.WITHIN));
        out.addAll(Baselines.check(figures, catalog));
        out.addAll(Sums.check(d));
        out.addAll(Growth.check(d, figures, catalog));
        out.addAll(Toc.check(d));
        out.addAll(Forms.check(d, catalog));
        return out;
    }

    private List<Finding> interpretation(Doc interpretation, Doc plan) {
        List<Finding> out = new ArrayList<>();
        List<Figure> both = new ArrayList<>(plan.figures(catalog).all);
        both.addAll(interpretation.figures(catalog).all);
        out.addAll(Conflicts.check(both, Conflicts.Scope.INTERPRETATION));
        Set<String> planKeys = new HashSet<>();
        for (Figure f : plan.figures(catalog).all) {
            planKeys.add(f.key() + "|" + f.measure() + "|" + f.year());
        }
        Set<String> compared = new HashSet<>();
        for (Figure f : interpretation.figures(catalog).all) {
            if (f.known() && planKeys.contains(f.key() + "|" + f.measure() + "|" + f.year())) {
                compared.add(f.line() + "|" + f.value().stripTrailingZeros().toPlainString());
            }
        }
        out.addAll(Sources.check(interpretation, plan, compared));
        return out;
    }

    /** An interpretation of the same unit whose title, without brackets, years and 解读, is the plan's. */
    static boolean interprets(Doc interpretation, Doc plan) {
        if (plan.plan.plan().kind() == PlanKind.INTERPRETATION || !sameUnit(interpretation, plan)) {
            return false;
        }
        String a = titleKey(interpretation.plan.plan().title());
        String b = titleKey(plan.plan.plan().title());
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    static String titleKey(String title) {
        return Toc.title(TITLE_NOISE.matcher(Texts.normalize(title)).replaceAll(""));
    }

    private static boolean sameUnit(Doc a, Doc b) {
        String ra = a.plan.plan().region();
        String rb = b.plan.plan().region();
        return ra != null && ra.equals(rb);
    }

    private static ReviewedPlan ref(Doc d) {
        return new ReviewedPlan(
                d.plan.plan().title(),
                d.plan.plan().kind(),
                d.plan.plan().region(),
                d.plan.plan().period(),
                d.file);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> unique = new ArrayList<>();
        for (Finding f : findings) {
            if (seen.add(f.kind() + "|" + f.messageEn())) {
                unique.add(f);
            }
        }
        unique.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> Objects.requireNonNull(f.evidence().get(0)).line()));
        return unique;
    }
}

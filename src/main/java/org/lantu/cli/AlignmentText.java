package org.lantu.cli;

import org.jspecify.annotations.Nullable;
import org.lantu.align.Alignment;
import org.lantu.align.ArticleCoverage;
import org.lantu.align.CoverageVerdict;
import org.lantu.align.FloorCheck;
import org.lantu.align.SectionMatch;
import org.lantu.align.SectionRef;
import org.lantu.align.StatedTarget;

/** An alignment as tables for a person at a terminal. */
final class AlignmentText {

    private static final int ARTICLE = 34;
    private static final int SECTION = 46;

    private AlignmentText() {}

    static String render(Alignment a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Child:  ").append(a.child().title()).append('\n');
        sb.append("Parent: ").append(a.parent().title()).append("\n\n");

        sb.append("Coverage: parent article → child section, score, verdict\n");
        int covered = 0;
        int partly = 0;
        for (ArticleCoverage c : a.coverage()) {
            covered += c.verdict() == CoverageVerdict.COVERED ? 1 : 0;
            partly += c.verdict() == CoverageVerdict.PARTLY ? 1 : 0;
            for (int i = 0; i < Math.max(1, c.matches().size()); i++) {
                @Nullable SectionMatch m = i < c.matches().size() ? c.matches().get(i) : null;
                sb.append("  ")
                        .append(pad(i == 0 ? label(c.article()) : "", ARTICLE))
                        .append(i == 0 ? " → " : "   ")
                        .append(pad(m != null ? section(m.section()) : "—", SECTION))
                        .append(m != null ? String.format(" %5.2f", m.score()) : "      ");
                if (i == 0) {
                    sb.append("  ").append(c.verdict().code());
                }
                sb.append('\n');
            }
        }
        sb.append(String.format(
                "  %d articles: %d covered, %d partly, %d not covered%n",
                a.coverage().size(), covered, partly, a.coverage().size() - covered - partly));

        sb.append("\nChild's own sections (answering no parent article)\n");
        if (a.childOnly().isEmpty()) {
            sb.append("  none\n");
        }
        for (SectionRef s : a.childOnly()) {
            sb.append("  ").append(section(s)).append('\n');
        }

        sb.append("\nFloors: parent target → child target, verdict\n");
        if (a.floors().isEmpty()) {
            sb.append("  no quantitative targets found in the parent\n");
        }
        for (FloorCheck f : a.floors()) {
            sb.append("  ").append(target(f.parentTarget())).append('\n');
            sb.append("    → ")
                    .append(f.childTarget() != null ? target(f.childTarget()) : "—")
                    .append("   ")
                    .append(f.verdict().code())
                    .append('\n');
            sb.append("    ").append(f.noteZh()).append('\n');
            sb.append("    ").append(f.note()).append('\n');
        }
        sb.append('\n');
        return sb.toString();
    }

    /** A child section with its id, since its marker alone repeats under every top-level heading. */
    private static String section(SectionRef s) {
        return s.id() + " " + label(s);
    }

    private static String label(SectionRef s) {
        return s.marker() + s.title();
    }

    private static String target(StatedTarget t) {
        String figure = t.raw() != null
                ? t.raw()
                : t.comparator().code() + " " + (t.value() != null ? t.value().toPlainString() : "");
        return t.indicator() + " " + figure + (t.unit() != null ? " " + t.unit() : "") + " (" + t.source() + ", line "
                + t.line() + ")";
    }

    /** Pads to a width in terminal columns, a CJK character taking two. */
    static String pad(String s, int columns) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            width += s.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return width >= columns ? s : s + " ".repeat(columns - width);
    }
}

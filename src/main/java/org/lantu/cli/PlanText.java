package org.lantu.cli;

import java.util.List;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.Indicator;
import org.lantu.plan.ProjectBox;
import org.lantu.plan.Responsibility;
import org.lantu.plan.Section;
import org.lantu.plan.Target;

/** A plan as a readable summary for a person at a terminal. */
final class PlanText {

    private PlanText() {}

    static String summary(ExtractedPlan p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.plan().title()).append('\n');
        sb.append("  kind: ").append(p.plan().kind().code());
        if (p.plan().region() != null) {
            sb.append("   unit: ").append(p.plan().region());
        }
        if (p.plan().period() != null) {
            sb.append("   period: ")
                    .append(p.plan().period().from())
                    .append('–')
                    .append(p.plan().period().to());
        }
        sb.append('\n');
        sb.append("  source: ")
                .append(p.source().file())
                .append(" (")
                .append(p.source().format())
                .append(", ")
                .append(p.source().encoding())
                .append(", ")
                .append(p.source().characters())
                .append(" characters)\n");
        sb.append(String.format(
                "  %d headings, %d indicators, %d prose targets, %d responsibilities, %d project boxes%n",
                count(p.sections()),
                p.indicators().size(),
                p.targets().size(),
                p.responsibilities().size(),
                p.projects().size()));
        sb.append("\nStructure\n");
        sections(sb, p.sections(), 1);
        if (!p.indicators().isEmpty()) {
            sb.append("\nIndicators\n");
            for (Indicator i : p.indicators()) {
                sb.append(String.format(
                        "  %-3s %s%s  %s → %s%s  (line %d)%n",
                        i.seq() != null ? i.seq() : "",
                        i.name(),
                        i.unit() != null ? "（" + i.unit() + "）" : "",
                        i.baseline() != null ? i.baseline().raw() : "—",
                        i.target() != null ? i.target().raw() : "—",
                        i.attribute() != null ? "  " + i.attribute().label() : "",
                        i.line()));
            }
        }
        if (!p.targets().isEmpty()) {
            sb.append("\nTargets in the text\n");
            for (Target t : p.targets()) {
                sb.append(String.format(
                        "  %s %s %s%s%s  (line %d)%n",
                        t.indicator(),
                        t.comparator().code(),
                        t.value().toPlainString(),
                        t.unit() != null ? t.unit() : "",
                        t.year() != null ? "  by " + t.year() : "",
                        t.line()));
            }
        }
        if (!p.responsibilities().isEmpty()) {
            sb.append("\nResponsibilities\n");
            for (Responsibility r : p.responsibilities()) {
                sb.append(String.format(
                        "  %s…  lead %s; %s  (line %d)%n",
                        r.paragraph(), r.lead(), String.join("、", r.unitsNormalized()), r.line()));
            }
        }
        if (!p.projects().isEmpty()) {
            sb.append("\nProject boxes\n");
            for (ProjectBox b : p.projects()) {
                sb.append(String.format(
                        "  专栏 %s %s: %d projects (line %d)%n",
                        b.box(), b.title(), b.items().size(), b.line()));
            }
        }
        sb.append('\n');
        return sb.toString();
    }

    private static int count(List<Section> sections) {
        int n = 0;
        for (Section s : sections) {
            n += 1 + count(s.children());
        }
        return n;
    }

    private static void sections(StringBuilder sb, List<Section> sections, int depth) {
        for (Section s : sections) {
            sb.append("  ".repeat(depth))
                    .append(s.marker())
                    .append(s.title())
                    .append("  (line ")
                    .append(s.line())
                    .append(")\n");
            sections(sb, s.children(), depth + 1);
        }
    }
}

package org.lantu.review.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.Indicator;
import org.lantu.plan.PlanParagraph;
import org.lantu.plan.PlanPeriod;
import org.lantu.plan.ProjectBox;
import org.lantu.plan.ProjectItem;
import org.lantu.plan.Section;
import org.lantu.review.Evidence;

/** A plan as the checks read it: its file name, headings by line, normalised paragraphs and figures. */
final class Doc {

    final ExtractedPlan plan;
    final String file;
    /** Every heading of the body, in the order of the document. */
    final List<Section> headings = new ArrayList<>();
    /** The body's non-heading paragraphs, normalised ({@link Texts#normalize}), in reading order. */
    final List<Para> paragraphs = new ArrayList<>();

    private @Nullable String fullText;
    private @Nullable Figures figures;

    record Para(String text, int line, @Nullable String sectionId) {}

    Doc(ExtractedPlan plan) {
        this.plan = plan;
        this.file = plan.source().file();
        flatten(plan.sections(), headings);
        for (PlanParagraph p : plan.paragraphs()) {
            if (!p.heading()) {
                paragraphs.add(new Para(Texts.normalize(p.text()), p.line(), p.sectionId()));
            }
        }
    }

    private static void flatten(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            out.add(s);
            flatten(s.children(), out);
        }
    }

    @Nullable
    PlanPeriod period() {
        return plan.plan().period();
    }

    /** The year the plan starts from: its period's first year less one (2020 for a plan of 2021–2025). */
    @Nullable
    Integer baseYear() {
        PlanPeriod p = period();
        return p == null ? null : p.from() - 1;
    }

    /** The innermost heading a line sits under, as {@code marker title}. */
    @Nullable
    String section(int line) {
        Section found = null;
        for (Section s : headings) {
            if (s.line() <= line) {
                found = s;
            } else {
                break;
            }
        }
        return found == null ? null : label(found);
    }

    /** The heading with the given id. */
    @Nullable
    Section heading(@Nullable String id) {
        if (id == null) {
            return null;
        }
        for (Section s : headings) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** The titles of a section and of every heading above it, innermost first. */
    List<String> titles(@Nullable String sectionId) {
        List<String> out = new ArrayList<>();
        String id = sectionId;
        while (id != null) {
            Section s = heading(id);
            if (s != null) {
                out.add(s.title());
            }
            int dot = id.lastIndexOf('.');
            id = dot > 0 ? id.substring(0, dot) : null;
        }
        return out;
    }

    static String label(Section s) {
        return s.marker().isEmpty() ? s.title() : s.marker() + s.title();
    }

    Evidence evidence(String quote, int line) {
        return new Evidence(Texts.shorten(quote, 120), line, section(line), file);
    }

    /** Everything the document says, normalised: paragraphs, table rows, project names. */
    String fullText() {
        if (fullText == null) {
            StringBuilder sb = new StringBuilder();
            for (Para p : paragraphs) {
                sb.append(p.text()).append('\n');
            }
            for (Section s : headings) {
                sb.append(Texts.normalize(s.title())).append('\n');
            }
            for (Indicator i : plan.indicators()) {
                sb.append(Texts.normalize(i.location().quote())).append('\n');
            }
            for (ProjectBox b : plan.projects()) {
                sb.append(Texts.normalize(b.title())).append('\n');
                for (ProjectItem it : b.items()) {
                    sb.append(Texts.normalize(it.name())).append('\n');
                }
            }
            fullText = sb.toString();
        }
        return fullText;
    }

    Figures figures(org.lantu.catalog.IndicatorCatalog catalog) {
        if (figures == null) {
            figures = Figures.of(this, catalog);
        }
        return figures;
    }
}

package org.lantu.cli;

import org.lantu.review.Evidence;
import org.lantu.review.Finding;
import org.lantu.review.Review;

/** A review as a person reads it at a terminal: one block per finding, its evidence indented. */
final class ReviewText {

    private ReviewText() {}

    static String render(Review r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.plan().title()).append('\n');
        sb.append("  ")
                .append(r.plan().file())
                .append(" — ")
                .append(r.findings().size())
                .append(" findings\n");
        for (Finding f : r.findings()) {
            sb.append("\n  [")
                    .append(f.severity().code())
                    .append("] ")
                    .append(f.kind().code())
                    .append('\n');
            sb.append("    ").append(f.messageZh()).append('\n');
            sb.append("    ").append(f.messageEn()).append('\n');
            for (Evidence e : f.evidence()) {
                sb.append("      ").append(e.file()).append(':').append(e.line());
                if (e.section() != null) {
                    sb.append(" (").append(e.section()).append(')');
                }
                sb.append("  ").append(e.quote()).append('\n');
            }
        }
        sb.append('\n');
        return sb.toString();
    }
}

package org.lantu.review;

import java.util.List;

/**
 * The findings of one plan, most severe first, then in the order of the document.
 *
 * @param findings its own findings and those against the documents it was reviewed with (an interpretation's
 *     figures that its plan does not contain are the interpretation's findings)
 */
public record Review(ReviewedPlan plan, List<Finding> findings) {

    public Review {
        findings = List.copyOf(findings);
    }

    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}

package org.lantu.review;

import java.util.List;

/**
 * One finding of a review (审查意见).
 *
 * @param evidence every figure or heading involved, in the order the message names them; never empty
 */
public record Finding(
        FindingKind kind, Severity severity, String messageZh, String messageEn, List<Evidence> evidence) {

    public Finding {
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding needs evidence: " + messageEn);
        }
        evidence = List.copyOf(evidence);
    }
}

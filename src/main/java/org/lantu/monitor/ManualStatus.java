package org.lantu.monitor;

/** A planner's status for a target the engine cannot measure (a qualitative one), and why. */
public record ManualStatus(EvaluationStatus status, String reason, String setBy) {

    public ManualStatus {
        if (status == EvaluationStatus.INSUFFICIENT_DATA || status == EvaluationStatus.QUALITATIVE) {
            throw new IllegalArgumentException(
                    "a planner sets a status that says where the target stands, not " + status.code());
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a planner's status needs a reason");
        }
    }
}

package org.lantu.monitor;

import java.time.OffsetDateTime;

/** A unit's year locked once its figures are approved: they can no longer change. */
public record PeriodLock(long unitId, int year, String lockedBy, OffsetDateTime lockedAt) {}

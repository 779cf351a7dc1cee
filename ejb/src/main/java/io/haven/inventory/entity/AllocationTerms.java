package io.haven.inventory.entity;

import java.time.Instant;

/**
 * How a sub-inventory hands out its units (R5): auto-award, per-user and per-device limits, the
 * total outbound cap (-1 unlimited), the effective range, back-office notes and the award.
 */
public record AllocationTerms(
    boolean autoAward,
    PeriodLimit perUser,
    PeriodLimit perDevice,
    long totalCap,
    Instant effectiveFrom,
    Instant effectiveTo,
    String notes,
    AwardConfig award) {}

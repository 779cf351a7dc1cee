package io.haven.tasks.boundary;

import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.TaskSettings;
import java.time.Instant;

/**
 * What the console's task form sends (K2 + K3). Numbers are boxed so a missing value is refused on
 * its field rather than read as zero; the cycle is ignored for templates whose cycle is fixed.
 */
public record TaskInput(
    String title,
    Long iconImageId,
    String buttonText,
    String description,
    CycleType cycleType,
    Integer cycleCount,
    Integer perCycle,
    Integer points,
    Instant onlineFrom,
    Instant onlineTo,
    Integer weight,
    TaskSettings settings) {}

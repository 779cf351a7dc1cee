package io.haven.tasks.entity;

import java.time.Instant;

/**
 * A task's settings as the boundary checked them (K2 common settings plus the K3 type settings).
 * The cycle is ignored for templates whose cycle is fixed (sign-ins, birthday).
 */
public record TaskSetup(
    String title,
    Long iconImageId,
    String buttonText,
    String description,
    CycleRule cycle,
    int points,
    Instant onlineFrom,
    Instant onlineTo,
    int weight,
    TaskSettings settings) {}

package io.haven.members.boundary;

import io.haven.tasks.entity.CycleType;
import java.time.Instant;

/** What an operator sets on a member task (V4); every field is checked and named when wrong. */
public record MemberTaskSettings(
    String code,
    String name,
    Integer growth,
    CycleType cycleType,
    Integer cycleCount,
    Integer perCycle,
    Instant onlineFrom,
    Instant onlineTo,
    String description) {}

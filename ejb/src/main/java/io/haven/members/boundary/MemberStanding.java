package io.haven.members.boundary;

/**
 * Where a member stands (V3): their growth value, the level it reaches (null below the first
 * level) and the next level to reach (null at the top).
 */
public record MemberStanding(long memberId, long productId, long growthValue, LevelView level, LevelView next) {}

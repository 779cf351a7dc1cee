package io.haven.tasks.entity;

/**
 * Fired (CDI event) by the activities module once a member has joined a lottery activity. The
 * "join a lottery" points task (K1 CARE) observes it; activities know nothing of tasks.
 */
public record LotteryJoined(long tenantId, long productId, long memberId, long activityId) {}

package io.haven.tasks.entity;

/**
 * Fired (CDI event) by the activities module once a member has joined a lottery activity. The
 * "join a lottery" points task (K1 CARE) observes it; activities know nothing of tasks.
 * {@code playId} names the play that joined: the task credits each play once, so a duplicated
 * event credits nothing (null: no play to key on, as before plays existed).
 */
public record LotteryJoined(long tenantId, long productId, long memberId, long activityId, Long playId) {

  public LotteryJoined(long tenantId, long productId, long memberId, long activityId) {
    this(tenantId, productId, memberId, activityId, null);
  }
}

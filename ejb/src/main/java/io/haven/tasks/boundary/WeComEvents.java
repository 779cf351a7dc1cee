package io.haven.tasks.boundary;

/**
 * The enterprise's WeCom (企业微信) integration, seen from Haven: it knows when a member adds the
 * customer-service account or joins a group, and tells Haven. Haven cannot reach WeCom from here,
 * so in production the enterprise's integration posts its events to the partner API
 * ({@code POST /api/v1/wecom-events}), which hands them to {@link ContactEvents}. This interface is
 * the other end, the one Haven drives: have the integration send an event now. The shipped
 * implementation is the sandbox ({@link SandboxWeComEvents}), which the console's task detail uses
 * to send a test event; it takes the very path of a real event.
 */
public interface WeComEvents {

  /** Sends one event of the task's kind and configuration id for the member, now; answers the credit. */
  CompletionView sendTestEvent(long taskId, long memberId);
}

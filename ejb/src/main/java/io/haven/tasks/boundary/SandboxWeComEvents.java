package io.haven.tasks.boundary;

import io.haven.common.StoredTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The WeCom sandbox (README, outside services): makes up the event the integration would send — the
 * task's kind and configuration id, a fresh event id, now — and delivers it to {@link ContactEvents}
 * exactly as the partner API does, so a test event credits (or is refused) like a real one.
 */
@ApplicationScoped
public class SandboxWeComEvents implements WeComEvents {

  @Inject ContactEvents events;

  @Override
  public CompletionView sendTestEvent(long taskId, long memberId) {
    ContactEvent event =
        new ContactEvent(
            events.typeOf(taskId), events.configurationOf(taskId), "sandbox-" + UUID.randomUUID(), StoredTime.now());
    return events.receive(events.productOf(taskId), event, memberId);
  }
}

package io.haven.tasks.boundary;

import io.haven.tasks.entity.TaskTemplate;
import java.time.Instant;

/**
 * What the enterprise's WeCom integration reports (issue 17): a member added the customer-service
 * account, or joined the group, set up under {@code configurationId}; {@code eventId} is the
 * integration's own id of the event, so a redelivery is recognised.
 */
public record ContactEvent(Type type, String configurationId, String eventId, Instant occurredAt) {

  /** The two events, each completing tasks of one template. */
  public enum Type {
    SERVICE_FRIEND_ADDED(TaskTemplate.ADD_SERVICE_FRIEND),
    GROUP_JOINED(TaskTemplate.JOIN_GROUP);

    public final TaskTemplate template;

    Type(TaskTemplate template) {
      this.template = template;
    }

    public static Type of(TaskTemplate template) {
      for (Type t : values()) {
        if (t.template == template) {
          return t;
        }
      }
      return null;
    }
  }
}

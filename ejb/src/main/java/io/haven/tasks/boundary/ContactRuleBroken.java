package io.haven.tasks.boundary;

import io.haven.common.HavenException;

/** The rules a WeCom contact event (add the service friend, join the group) can break. */
public class ContactRuleBroken extends HavenException {

  private ContactRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  /** No online task of the event's kind in this product has the configuration id (another enterprise's, say). */
  public static ContactRuleBroken unknownConfiguration(String configurationId) {
    return new ContactRuleBroken(
        Kind.UNPROCESSABLE,
        "task.contact.unknownConfiguration",
        "configurationId",
        "No online task of this kind uses configuration id " + configurationId);
  }

  /** The event happened outside the task's online window (before it opened, or after it closed). */
  public static ContactRuleBroken outsideWindow(String title) {
    return new ContactRuleBroken(
        Kind.UNPROCESSABLE, "task.contact.outsideWindow", "occurredAt", "The event lies outside the online window of task \"" + title + "\"");
  }

  /** The console's test event can only be sent for an add-friend or join-group task. */
  public static ContactRuleBroken notContactTask() {
    return new ContactRuleBroken(
        Kind.CONFLICT, "task.contact.notContactTask", null, "Test events exist only for add-friend and join-group tasks");
  }
}

package io.haven.tenancy.boundary;

import io.haven.tenancy.entity.AuditEntry;
import java.time.Instant;

/** One audit entry as the console lists it. */
public record AuditEntryView(
    long id, Instant at, String actor, String action, String entityType, String entityId, String summary) {

  static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(
        e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary());
  }
}

package io.haven.tenancy.boundary;

import io.haven.common.ListQuery;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.tenancy.entity.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The enterprise's audit trail, newest first, filtered by actor, entity type, action and time. */
@Stateless
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** Filter values; null or blank means "any". */
  public record Filter(String actor, String entityType, String action, Instant from, Instant to, String text) {
    public static Filter none() {
      return new Filter(null, null, null, null, null, null);
    }
  }

  public Page<AuditEntryView> search(Filter filter, int first, int size) {
    tenant.tenantId();
    return ListQuery.of(em, AuditEntry.class, "a")
        .contains(filter.actor(), "lower(a.actor) like :actor", "actor")
        .when(filter.entityType(), "a.entityType = :type", "type")
        .when(filter.action(), "a.action = :action", "action")
        .when(filter.from(), "a.at >= :from", "from")
        .when(filter.to(), "a.at < :to", "to")
        .contains(filter.text(), "lower(a.summary) like :text", "text")
        .page("a.id desc", first, size, AuditEntryView::of);
  }
}

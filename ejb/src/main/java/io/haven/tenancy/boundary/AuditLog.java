package io.haven.tenancy.boundary;

import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.tenancy.entity.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (present(filter.actor())) {
      where.append(" and lower(a.actor) like :actor");
      params.put("actor", "%" + filter.actor().strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (present(filter.entityType())) {
      where.append(" and a.entityType = :type");
      params.put("type", filter.entityType().strip());
    }
    if (present(filter.action())) {
      where.append(" and a.action = :action");
      params.put("action", filter.action().strip());
    }
    if (filter.from() != null) {
      where.append(" and a.at >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and a.at < :to");
      params.put("to", filter.to());
    }
    if (present(filter.text())) {
      where.append(" and lower(a.summary) like :text");
      params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    var query = em.createQuery("select a from AuditEntry a" + where + " order by a.id desc", AuditEntry.class);
    var count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
    params.forEach(
        (k, v) -> {
          query.setParameter(k, v);
          count.setParameter(k, v);
        });
    var items = query.setFirstResult(Math.max(0, first)).setMaxResults(Products.clamp(size)).getResultList();
    return new Page<>(items.stream().map(AuditEntryView::of).toList(), count.getSingleResult());
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}

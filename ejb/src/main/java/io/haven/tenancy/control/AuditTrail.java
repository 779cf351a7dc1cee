package io.haven.tenancy.control;

import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tenancy.entity.Enterprise;
import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.annotations.Immutable;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Records every entity write (T3: who, tenant, what, when, before/after) in the transaction that
 * makes it. Hooked into Hibernate's post-insert/update/delete events, so no boundary can forget
 * it (append-only {@code @Immutable} records such as the points ledger carry their own who/when/why
 * and are not copied here, nor are members' own writes of {@link OwnTrail} records); the row is written just before commit on the same connection, so a rolled-back write leaves
 * no audit entry and a committed one always has one. Bulk HQL/native updates bypass entity events:
 * whoever writes one records it with {@link #record}.
 */
public class AuditTrail
    implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

  static final int SUMMARY_MAX = 4000;
  /** Actors of storefront requests: "member:guest", "member:{id}". */
  static final String MEMBER_ACTOR = "member:";
  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  private static final Map<Class<?>, Set<String>> REDACTED = new ConcurrentHashMap<>();

  @Override
  public void onPostInsert(PostInsertEvent event) {
    var persister = event.getPersister();
    var summary = describe(persister, null, event.getState(), null);
    queue(event.getSession(), "CREATE", event.getEntity(), event.getId(), persister, event.getState(), summary);
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    var persister = event.getPersister();
    var summary = describe(persister, event.getOldState(), event.getState(), event.getDirtyProperties());
    if (summary.isEmpty()) {
      return; // only the version moved
    }
    queue(event.getSession(), "UPDATE", event.getEntity(), event.getId(), persister, event.getState(), summary);
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    var persister = event.getPersister();
    var summary = describe(persister, event.getDeletedState(), null, null);
    queue(event.getSession(), "DELETE", event.getEntity(), event.getId(), persister, event.getDeletedState(), summary);
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private void queue(
      SharedSessionContractImplementor session,
      String action,
      Object entity,
      Object id,
      EntityPersister persister,
      Object[] state,
      String summary) {
    if (entity.getClass().isAnnotationPresent(Immutable.class)) {
      return; // append-only records (the audit trail itself, the points ledger) are their own trail
    }
    String actor = currentActor();
    if (actor.startsWith(MEMBER_ACTOR) && entity.getClass().isAnnotationPresent(OwnTrail.class)) {
      return; // a member's own records (redemptions, balances, counters) are their own trail
    }
    long tenant = tenantOf(entity, id, persister, state);
    String type = entity.getClass().getSimpleName();
    Instant at = StoredTime.now();
    if (session instanceof EventSource stateful) {
      stateful
          .getActionQueue()
          .registerProcess(
              (BeforeTransactionCompletionProcess)
                  s -> write(s, tenant, at, actor, action, type, String.valueOf(id), summary));
    } else {
      write(session, tenant, at, actor, action, type, String.valueOf(id), summary);
    }
  }

  /** Writes one entry in the caller's transaction: for changes no entity event reports. */
  public static void record(
      SharedSessionContractImplementor session,
      long tenant,
      String action,
      String entityType,
      Object entityId,
      String summary) {
    write(session, tenant, StoredTime.now(), currentActor(), action, entityType, String.valueOf(entityId), summary);
  }

  private static void write(
      SharedSessionContractImplementor session,
      long tenant,
      Instant at,
      String actor,
      String action,
      String type,
      String id,
      String summary) {
    session.doWork(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into audit_entry (tenant_id, at, actor, action, entity_type, entity_id, summary)"
                      + " values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, tenant);
            insert.setTimestamp(2, Timestamp.from(at), UTC);
            insert.setString(3, truncate(actor, 100));
            insert.setString(4, action);
            insert.setString(5, truncate(type, 64));
            insert.setString(6, truncate(id, 64));
            insert.setString(7, truncate(summary, SUMMARY_MAX));
            insert.executeUpdate();
          }
        });
  }

  private static long tenantOf(Object entity, Object id, EntityPersister persister, Object[] state) {
    if (entity instanceof Enterprise) {
      return ((Number) id).longValue();
    }
    Integer index = persister.getEntityMetamodel().getPropertyIndexOrNull("tenantId");
    if (index != null && state[index] instanceof Number tenant) {
      return tenant.longValue();
    }
    return TenantContext.PLATFORM;
  }

  private static String currentActor() {
    try {
      return TenantContext.current().actor();
    } catch (RuntimeException noRequest) {
      return "system";
    }
  }

  /** "name: Old → New; rate: 10 → 12" for the properties that changed (all of them on create). */
  static String describe(EntityPersister persister, Object[] before, Object[] after, int[] dirty) {
    String[] names = persister.getPropertyNames();
    Set<String> redacted = redactedFields(persister.getMappedClass());
    Set<Integer> changed = new HashSet<>();
    if (dirty != null) {
      for (int i : dirty) {
        changed.add(i);
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (name.equals("version") || name.equals("tenantId")) {
        continue;
      }
      Object old = before == null ? null : before[i];
      Object now = after == null ? null : after[i];
      if (before != null && after != null && !changed.contains(i) && Objects.equals(old, now)) {
        continue;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(name).append(": ");
      if (redacted.contains(name)) {
        out.append(before != null && after != null ? "changed" : "set");
      } else if (before == null) {
        out.append(show(now));
      } else if (after == null) {
        out.append(show(old));
      } else {
        out.append(show(old)).append(" → ").append(show(now));
      }
    }
    return out.toString();
  }

  private static String show(Object value) {
    if (value == null) {
      return "∅";
    }
    String text = String.valueOf(value);
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private static Set<String> redactedFields(Class<?> type) {
    return REDACTED.computeIfAbsent(
        type,
        t -> {
          Set<String> names = new HashSet<>();
          for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (f.isAnnotationPresent(AuditRedacted.class)) {
                names.add(f.getName());
              }
            }
          }
          return names;
        });
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

package io.haven.members.control;

import io.haven.members.entity.MemberLevel;
import io.haven.members.entity.MemberTask;
import io.haven.tenancy.entity.Enterprise;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Empties the {@link ProgrammeCache} once a transaction that wrote a member task, a member level
 * or an enterprise (its time zone) has completed. Hooked into Hibernate's entity events at start-up
 * (as the audit trail is, see {@code AuditIntegration}), so no boundary that changes a programme
 * can forget it. After completion, not before: a completion that read the old terms while the
 * change was in flight is then read again.
 */
@Singleton
@Startup
public class ProgrammeInvalidation {

  @PersistenceUnit EntityManagerFactory factory;

  @PostConstruct
  void register() {
    var registry =
        factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry().getService(EventListenerRegistry.class);
    var watch = new Watch();
    registry.appendListeners(EventType.POST_INSERT, watch);
    registry.appendListeners(EventType.POST_UPDATE, watch);
    registry.appendListeners(EventType.POST_DELETE, watch);
  }

  static final class Watch implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    @Override
    public void onPostInsert(PostInsertEvent event) {
      watch(event, event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
      watch(event, event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
      watch(event, event.getEntity());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
      return false;
    }

    private static void watch(AbstractEvent event, Object entity) {
      if (entity instanceof MemberTask || entity instanceof MemberLevel || entity instanceof Enterprise) {
        event.getSession().getActionQueue().registerProcess((success, session) -> CDI.current().select(ProgrammeCache.class).get().clear());
      }
    }
  }
}

package io.haven.tenancy.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * Hooks the {@link AuditTrail} (and the {@link DirectoryInvalidation}) into Hibernate's event listeners when the application starts,
 * before any request is served. (WildFly's Hibernate resolves integrators and integrator
 * providers in its own module, where the application's classes are not visible, so the
 * listeners are appended to the running session factory instead.)
 */
@Singleton
@Startup
public class AuditIntegration {

  @PersistenceUnit EntityManagerFactory factory;

  @PostConstruct
  void register() {
    var registry =
        factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry().getService(EventListenerRegistry.class);
    var trail = new AuditTrail();
    registry.appendListeners(EventType.POST_INSERT, trail);
    registry.appendListeners(EventType.POST_UPDATE, trail);
    registry.appendListeners(EventType.POST_DELETE, trail);
    var directory = new DirectoryInvalidation();
    registry.appendListeners(EventType.POST_INSERT, directory);
    registry.appendListeners(EventType.POST_UPDATE, directory);
    registry.appendListeners(EventType.POST_DELETE, directory);
  }
}

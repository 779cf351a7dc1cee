package io.haven.tenancy.control;

import io.haven.tenancy.entity.ApiCredential;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.Product;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.AbstractEvent;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Empties the {@link DirectoryCache} once a transaction that wrote a product, an enterprise or an
 * API credential has completed. After completion, not before: a request that read the old row
 * while the change was in flight may have cached it, and this removes it again.
 */
public class DirectoryInvalidation implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

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
    if (entity instanceof Product || entity instanceof Enterprise || entity instanceof ApiCredential) {
      event.getSession().getActionQueue().registerProcess((success, session) -> CDI.current().select(DirectoryCache.class).get().clear());
    }
  }
}

package io.haven.tasks.control;

import io.haven.common.TenantContext;
import io.haven.tenancy.entity.Edition;
import io.haven.tenancy.entity.Enterprise;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;

/** The current enterprise's time zone (cycles, streaks, birthdays) and edition (K1). */
@Dependent
public class TenantCalendar {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public ZoneId zone() {
    return ZoneId.of(enterprise().getTimeZone());
  }

  public Edition edition() {
    return enterprise().getEdition();
  }

  private Enterprise enterprise() {
    return em.find(Enterprise.class, tenant.tenantId());
  }
}

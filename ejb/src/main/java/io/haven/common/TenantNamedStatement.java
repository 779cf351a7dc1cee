package io.haven.common;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.Filter;
import org.hibernate.Session;
import org.hibernate.internal.FilterImpl;

/**
 * Runs one hot-path statement that names its tenant itself ({@code x.tenantId = :tenant} on every
 * tenant-owned entity it reads), with Hibernate's {@code @TenantId} filter off for exactly that
 * statement.
 *
 * <p>Why: Hibernate 6.6 does not keep the compiled plan of a query (or of a locked or filtered
 * {@code find}) while any filter is enabled — {@code SqmInterpretationsKey.isCacheable} refuses it —
 * and {@code @TenantId} is such a filter on every tenant's session. So each execution translated
 * HQL → SQL AST → SQL again: a sixth of a redemption's CPU went to its one terms query. Without
 * the filter the plan is cached after the first run. The filter is put back with the value it had
 * before the statement returns (results are materialised inside), so nothing else runs unfiltered;
 * the caller's predicates keep the statement within the tenant, and its tests say so.
 */
public final class TenantNamedStatement {

  private static final String FILTER = "_tenantId"; // org.hibernate.binder.internal.TenantIdBinder.FILTER_NAME
  private static final String PARAMETER = "tenantId";

  private TenantNamedStatement() {}

  public static <T> T run(EntityManager em, Supplier<T> statement) {
    Session session = em.unwrap(Session.class);
    Filter filter = session.getEnabledFilter(FILTER);
    if (filter == null) {
      return statement.get(); // all tenants (platform work): there is no filter to lift
    }
    Object tenant = ((FilterImpl) filter).getParameter(PARAMETER);
    session.disableFilter(FILTER);
    try {
      return statement.get();
    } finally {
      session.enableFilter(FILTER).setParameter(PARAMETER, tenant);
    }
  }
}

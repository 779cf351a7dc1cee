package io.haven.common;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Default interceptor of every domain bean (ejb-jar.xml): a write that lost to a parallel one
 * (optimistic lock, unique key, lock time-out, deadlock) leaves the boundary as a {@link
 * WriteConflict} that each surface answers as "try again", not as a persistence error wrapped in
 * an EJBException (a 500). Broken business rules pass as they are.
 *
 * <p>The call that began the transaction flushes it before it returns, so a conflict the database
 * would only report at commit (a change no boundary flushed itself, e.g. a profile edit) is raised
 * here, still inside the bean, and leaves as the application exception {@link WriteConflict}
 * (rolled back, not logged). Otherwise it would surface from the container's commit as an
 * EJBTransactionRolledbackException, which WildFly logs at ERROR with a stack trace (WFLYEJB0034)
 * although every surface already answers it as a 409. Nested calls in the same transaction do not
 * flush: only the outermost knows the work is complete.
 */
public class ConflictingWrites {

  /** Marks the transaction whose first domain call is under way (one marker per transaction). */
  private static final Object FIRST_CALL = ConflictingWrites.class;

  @Resource TransactionSynchronizationRegistry transactions;
  @PersistenceContext EntityManager em;

  @AroundInvoke
  public Object guard(InvocationContext call) throws Exception {
    try {
      boolean first = isFirstCallOfTransaction();
      Object result = call.proceed();
      if (first && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
        em.flush();
      }
      return result;
    } catch (HavenException rule) {
      throw rule;
    } catch (RuntimeException failure) {
      throw WriteConflict.causedBy(failure).<RuntimeException>map(c -> c).orElse(failure);
    }
  }

  private boolean isFirstCallOfTransaction() {
    if (transactions.getTransactionKey() == null || transactions.getResource(FIRST_CALL) != null) {
      return false;
    }
    transactions.putResource(FIRST_CALL, Boolean.TRUE);
    return true;
  }
}

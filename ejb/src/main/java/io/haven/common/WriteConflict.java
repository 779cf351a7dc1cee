package io.haven.common;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Another request wrote the same row at the same moment and the database decided against this
 * one: an optimistic-lock failure (the row changed since it was read), a unique-key violation (the
 * other one inserted first), a lock wait that timed out or a deadlock. Nothing of this request was
 * kept, and repeating it may well pass, so it is a "busy, try again" (409), never a 500.
 *
 * <p>Raised where the database answers inside a boundary ({@link ConflictingWrites}), and
 * recognised again by the web modules when the conflict only shows at commit, outside every bean.
 */
public class WriteConflict extends HavenException {

  public WriteConflict() {
    super(Kind.BUSY, "write.conflict", null, "Someone else changed this at the same moment; try again");
  }

  /** The conflict that {@code failure} is, or was caused by, if any. */
  public static Optional<WriteConflict> causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof WriteConflict conflict) {
        return Optional.of(conflict);
      }
      if (isConflict(t)) {
        WriteConflict conflict = new WriteConflict();
        conflict.initCause(failure);
        return Optional.of(conflict);
      }
    }
    return Optional.empty();
  }

  private static boolean isConflict(Throwable t) {
    return t instanceof OptimisticLockException
        || t instanceof PessimisticLockException
        || t instanceof LockTimeoutException
        || t instanceof StaleStateException
        || t instanceof ConstraintViolationException
        || t instanceof LockAcquisitionException
        || t instanceof org.hibernate.PessimisticLockException
        || t instanceof SQLIntegrityConstraintViolationException
        || t instanceof SQLTransactionRollbackException;
  }
}

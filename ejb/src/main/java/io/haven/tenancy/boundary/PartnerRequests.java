package io.haven.tenancy.boundary;

import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.tenancy.entity.PartnerRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exactly-once partner POSTs (V5), per tenant and Idempotency-Key. A caller {@link #claim}s the
 * key in a transaction of its own, which commits before the work starts: the unique constraint on
 * (tenant, key) lets one of any number of racing requests win. The winner runs its business call
 * through {@link #answerOnce}, which records the answer in the business call's own transaction, so
 * a key is never "completed" by work that rolled back. If the work fails, the caller either
 * {@link #release}s the key (a retry may run it again) or, for a refusal that a retry would get
 * again anyway, keeps it with {@link #recordRefusal}.
 */
@Stateless
public class PartnerRequests {

  /**
   * A claim still in flight after this long was abandoned (the server stopped while running it):
   * the business transaction would have hit the transaction timeout (5 minutes) long before, so
   * nothing of it can still commit, and a retry may claim the key again.
   */
  public static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /**
   * Claims the key for this request (committed on return), or returns the answer the first
   * request with this key got. Refuses a key still in flight or used for another request.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<RecordedAnswer> claim(String idempotencyKey, String fingerprint) {
    tenant.tenantId();
    Optional<PartnerRequest> earlier = find(idempotencyKey);
    if (earlier.isPresent() && !reclaimedAbandoned(earlier.get(), fingerprint)) {
      return Optional.of(replay(earlier.get(), fingerprint));
    }
    if (earlier.isPresent()) {
      return Optional.empty();
    }
    try {
      // an identity id is inserted right away, so the constraint answers here
      em.persist(PartnerRequest.claimed(idempotencyKey, fingerprint, StoredTime.now()));
      em.flush();
    } catch (PersistenceException raced) {
      // another request inserted the key first and has not finished: the constraint decided
      throw PartnerRequestRefused.inFlight();
    }
    return Optional.empty();
  }

  /**
   * Runs the claimed request's business call and records its answer in the same transaction: both
   * commit, or neither.
   */
  public RecordedAnswer answerOnce(String idempotencyKey, Supplier<RecordedAnswer> business) {
    RecordedAnswer answer = business.get();
    complete(idempotencyKey, answer);
    return answer;
  }

  /** Keeps a refusal (a broken business rule) as the key's answer, after the work rolled back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(String idempotencyKey, RecordedAnswer refusal) {
    complete(idempotencyKey, refusal);
  }

  /** Gives the key back after the work failed unexpectedly, so a retry can run it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(String idempotencyKey) {
    em.createNativeQuery(
            "delete from partner_request where tenant_id = ?1 and idempotency_key = ?2 and state = 'IN_FLIGHT'")
        .setParameter(1, tenant.tenantId())
        .setParameter(2, idempotencyKey)
        .executeUpdate();
  }

  /** Forgets keys claimed before the cutoff, in all tenants. */
  public int forgetBefore(Instant cutoff) {
    return em.createNativeQuery("delete from partner_request where created_at < ?1")
        .setParameter(1, cutoff)
        .executeUpdate();
  }

  private void complete(String idempotencyKey, RecordedAnswer answer) {
    if (answer.body() != null && answer.body().length() > PartnerRequest.BODY_MAX) {
      throw new IllegalArgumentException("answer too long to keep: " + answer.body().length());
    }
    // The row's state guards the update: only the claim's owner finds it IN_FLIGHT.
    int completed =
        em.createNativeQuery(
                "update partner_request set state = 'COMPLETED', answer_status = ?1, answer_type = ?2,"
                    + " answer_location = ?3, answer_body = ?4"
                    + " where tenant_id = ?5 and idempotency_key = ?6 and state = 'IN_FLIGHT'")
            .setParameter(1, answer.status())
            .setParameter(2, answer.type())
            .setParameter(3, answer.location())
            .setParameter(4, answer.body())
            .setParameter(5, tenant.tenantId())
            .setParameter(6, idempotencyKey)
            .executeUpdate();
    if (completed != 1) {
      throw new IllegalStateException("Idempotency-Key " + idempotencyKey + " is not claimed by this request");
    }
  }

  /** Takes over an abandoned claim of the same request; of racing retries, the row lock lets one. */
  private boolean reclaimedAbandoned(PartnerRequest earlier, String fingerprint) {
    Instant now = StoredTime.now();
    if (earlier.getState() != PartnerRequest.State.IN_FLIGHT
        || !earlier.getFingerprint().equals(fingerprint)
        || !earlier.getCreatedAt().isBefore(now.minus(ABANDONED_AFTER))) {
      return false;
    }
    return em.createNativeQuery(
                "update partner_request set created_at = ?1"
                    + " where id = ?2 and tenant_id = ?3 and state = 'IN_FLIGHT' and created_at < ?4")
            .setParameter(1, now)
            .setParameter(2, earlier.getId())
            .setParameter(3, tenant.tenantId())
            .setParameter(4, now.minus(ABANDONED_AFTER))
            .executeUpdate()
        == 1;
  }

  private Optional<PartnerRequest> find(String idempotencyKey) {
    return em.createQuery("select r from PartnerRequest r where r.idempotencyKey = :k", PartnerRequest.class)
        .setParameter("k", idempotencyKey)
        .getResultStream()
        .findFirst();
  }

  private static RecordedAnswer replay(PartnerRequest earlier, String fingerprint) {
    if (!earlier.getFingerprint().equals(fingerprint)) {
      throw PartnerRequestRefused.keyReused();
    }
    if (earlier.getState() == PartnerRequest.State.IN_FLIGHT) {
      throw PartnerRequestRefused.inFlight();
    }
    return new RecordedAnswer(
        earlier.getAnswerStatus(), earlier.getAnswerType(), earlier.getAnswerLocation(), earlier.getAnswerBody());
  }
}

package io.haven.coupons.boundary;

import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.coupons.entity.Store;
import io.haven.coupons.entity.Verifier;
import io.haven.tenancy.boundary.ConsoleUserView;
import io.haven.tenancy.boundary.ConsoleUsers;
import io.haven.tenancy.entity.ConsoleUser;
import io.haven.tenancy.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Verifiers per store (C2): a console account with the VERIFIER role (made through the tenancy's
 * own {@link ConsoleUsers}, so the username, password and audit rules are the console's) bound to
 * one store. Deleting a verifier removes the binding and disables the account (its past
 * verifications keep naming it).
 */
@Stateless
public class Verifiers {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject ConsoleUsers users;

  public List<VerifierView> ofStore(long storeId) {
    Store store = store(storeId);
    return em.createQuery(
            "select v, u from Verifier v join ConsoleUser u on u.id = v.consoleUserId where v.storeId = :s order by v.id", Object[].class)
        .setParameter("s", storeId)
        .getResultStream()
        .map(r -> view((Verifier) r[0], (ConsoleUser) r[1], store))
        .toList();
  }

  public VerifierView add(long storeId, String username, String displayName, String password) {
    Store store = store(storeId);
    ConsoleUserView user = users.add(username, displayName, Role.VERIFIER, password);
    Verifier verifier = new Verifier(user.id(), storeId, StoredTime.now());
    em.persist(verifier);
    em.flush();
    return new VerifierView(verifier.getId(), user.id(), user.username(), user.displayName(), user.enabled(), storeId, store.getName(), verifier.getCreatedAt());
  }

  public void delete(long verifierId) {
    tenant.tenantId();
    Verifier verifier = em.find(Verifier.class, verifierId);
    if (verifier == null) {
      throw new NotFound("Verifier", verifierId);
    }
    long userId = verifier.getConsoleUserId();
    em.remove(verifier);
    em.flush();
    users.setEnabled(userId, false);
  }

  private Store store(long storeId) {
    tenant.tenantId();
    Store store = em.find(Store.class, storeId);
    if (store == null) {
      throw new NotFound("Store", storeId);
    }
    return store;
  }

  private static VerifierView view(Verifier v, ConsoleUser u, Store s) {
    return new VerifierView(v.getId(), u.getId(), u.getUsername(), u.getDisplayName(), u.isEnabled(), s.getId(), s.getName(), v.getCreatedAt());
  }
}

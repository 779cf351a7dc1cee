package io.haven.coupons.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.UploadedImage;
import io.haven.coupons.entity.CouponStore;
import io.haven.coupons.entity.CouponVerification;
import io.haven.coupons.entity.Store;
import io.haven.coupons.entity.StoreImage;
import io.haven.coupons.entity.Verifier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The enterprise's stores (C1): list with a name filter, add (name and image required), edit,
 * replace the image, delete — refused while verifiers, verifications or coupons depend on the store.
 * Another tenant's store id is not found.
 */
@Stateless
public class Stores {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public Page<StoreView> list(String search, int first, int size) {
    tenant.tenantId();
    Page<Store> page = ListQuery.of(em, Store.class, "s")
        .contains(search, "lower(s.name) like :q or lower(s.address) like :q or s.phone like :q", "q")
        .page("s.id desc", first, size, s -> s);
    List<Long> ids = page.items().stream().map(Store::getId).toList();
    List<Long> withImage = ids.isEmpty() ? List.of()
        : em.createQuery("select i.storeId from StoreImage i where i.storeId in :ids", Long.class).setParameter("ids", ids).getResultList();
    List<Object[]> verifiers = ids.isEmpty() ? List.of()
        : em.createQuery("select v.storeId, count(v) from Verifier v where v.storeId in :ids group by v.storeId", Object[].class)
            .setParameter("ids", ids).getResultList();
    return new Page<>(
        page.items().stream()
            .map(s -> StoreView.of(s, withImage.contains(s.getId()),
                verifiers.stream().filter(r -> s.getId().equals(r[0])).mapToLong(r -> ((Number) r[1]).longValue()).sum()))
            .toList(),
        page.total());
  }

  /** Every store, by name, for choosers (coupon scope, verifier's store). */
  public List<StoreView> all() {
    tenant.tenantId();
    return em.createQuery("select s from Store s order by s.name", Store.class).setMaxResults(ListQuery.MAX_PAGE * 5).getResultStream()
        .map(s -> StoreView.of(s, false, 0)).toList();
  }

  public StoreView get(long id) {
    Store store = load(id);
    return StoreView.of(store, image(id) != null, verifierCount(id));
  }

  /** A new store; the image is required here (a batch import may add it later). */
  public StoreView add(String name, String address, String phone, byte[] image) {
    tenant.tenantId();
    UploadedImage checked = checkImage(image, true);
    Store store = create(name, address, phone);
    em.persist(new StoreImage(store.getId(), checked, StoredTime.now()));
    return StoreView.of(store, true, 0);
  }

  /** A store without its image yet (batch import); the same name rules. */
  Store create(String name, String address, String phone) {
    String n = name(name);
    if (byName(n) != null) {
      throw CouponRuleBroken.duplicateStore(n);
    }
    Store store = new Store(n, optional("address", address, Store.ADDRESS_MAX), phone(phone), StoredTime.now());
    em.persist(store);
    em.flush();
    return store;
  }

  public StoreView edit(long id, String name, String address, String phone, byte[] newImage) {
    Store store = load(id);
    String n = name(name);
    Store same = byName(n);
    if (same != null && !same.getId().equals(id)) {
      throw CouponRuleBroken.duplicateStore(n);
    }
    store.change(n, optional("address", address, Store.ADDRESS_MAX), phone(phone));
    if (newImage != null && newImage.length > 0) {
      UploadedImage checked = checkImage(newImage, true);
      StoreImage existing = image(id);
      if (existing == null) {
        em.persist(new StoreImage(id, checked, StoredTime.now()));
      } else {
        existing.replace(checked, StoredTime.now());
      }
    }
    return StoreView.of(store, newImage != null && newImage.length > 0 || image(id) != null, verifierCount(id));
  }

  public void delete(long id) {
    Store store = load(id);
    long verifiers = verifierCount(id);
    long verifications = em.createQuery("select count(v) from CouponVerification v where v.storeId = :s", Long.class).setParameter("s", id).getSingleResult();
    if (verifiers > 0 || verifications > 0) {
      throw CouponRuleBroken.storeInUse(verifiers, verifications);
    }
    long coupons = em.createQuery("select count(c) from CouponStore c where c.storeId = :s", Long.class).setParameter("s", id).getSingleResult();
    if (coupons > 0) {
      throw CouponRuleBroken.storeInScope(coupons);
    }
    StoreImage image = image(id);
    if (image != null) {
      em.remove(image);
    }
    em.remove(store);
  }

  public ImageData imageOf(long id) {
    load(id);
    StoreImage image = image(id);
    if (image == null) {
      throw new NotFound("Image", "store/" + id);
    }
    return new ImageData(image.getMediaType(), image.getBytes(), image.getUploadedAt());
  }

  Store load(long id) {
    tenant.tenantId();
    Store store = em.find(Store.class, id);
    if (store == null) {
      throw new NotFound("Store", id);
    }
    return store;
  }

  Store byName(String name) {
    return em.createQuery("select s from Store s where s.name = :n", Store.class).setParameter("n", name).getResultStream().findFirst().orElse(null);
  }

  private StoreImage image(long storeId) {
    return em.createQuery("select i from StoreImage i where i.storeId = :s", StoreImage.class).setParameter("s", storeId)
        .getResultStream().findFirst().orElse(null);
  }

  private long verifierCount(long storeId) {
    return em.createQuery("select count(v) from Verifier v where v.storeId = :s", Long.class).setParameter("s", storeId).getSingleResult();
  }

  static UploadedImage checkImage(byte[] bytes, boolean required) {
    if (bytes == null || bytes.length == 0) {
      if (required) {
        throw new InvalidInput("image", "coupon.store.image.required", "Upload a picture of the store (png or jpg, at most 2 MB)");
      }
      return null;
    }
    return UploadedImage.check("image", bytes, StoreImage.MAX_BYTES);
  }

  static String name(String name) {
    if (name == null || name.isBlank() || name.strip().length() > Store.NAME_MAX) {
      throw new InvalidInput("name", "coupon.store.name.invalid", "Name must be 1 to " + Store.NAME_MAX + " characters");
    }
    return name.strip();
  }

  static String phone(String phone) {
    String p = optional("phone", phone, Store.PHONE_MAX);
    if (p != null && !p.matches("\\+?[0-9][0-9 -]{3,30}")) {
      throw new InvalidInput("phone", "coupon.store.phone.invalid", "Enter a phone number (digits, spaces, dashes)");
    }
    return p;
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > max) {
      throw new InvalidInput(field, "coupon.store." + field + ".invalid", "At most " + max + " characters");
    }
    return value.strip();
  }
}

package io.haven.mall.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.mall.control.Groups;
import io.haven.mall.entity.ListingGroup;
import io.haven.mall.entity.ListingStatus;
import io.haven.mall.entity.ListingsChanged;
import io.haven.tenancy.boundary.StaleEdit;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Goods groups of a product's points mall (M1): the default group (created on first use) and
 * custom groups with a unique name and a sort order. A group that still holds listings (other
 * than void ones) cannot be removed, nor can the default group.
 */
@Stateless
public class ListingGroups {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Groups groups;
  @Inject Event<ListingsChanged> listingsChanged;

  /** All groups of the product, default first, then by sort order and name; with listing counts. */
  public List<GroupView> list(long productId) {
    requireProduct(productId);
    groups.defaultGroupId(productId);
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "select l.groupId, count(l) from Listing l where l.productId = :p and l.status <> :void group by l.groupId", Object[].class)
        .setParameter("p", productId)
        .setParameter("void", ListingStatus.VOID)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return em.createQuery(
            "select g from ListingGroup g where g.productId = :p order by case when g.defaultMarker is null then 1 else 0 end, g.sortOrder, g.name",
            ListingGroup.class)
        .setParameter("p", productId)
        .getResultList()
        .stream()
        .map(g -> GroupView.of(g, counts.getOrDefault(g.getId(), 0L)))
        .toList();
  }

  public GroupView get(long productId, long groupId) {
    requireProduct(productId);
    return GroupView.of(groups.load(productId, groupId), countListings(groupId));
  }

  /** The product's default group, created now if it has none yet. */
  public GroupView defaultGroup(long productId) {
    requireProduct(productId);
    long id = groups.defaultGroupId(productId);
    return GroupView.of(groups.load(productId, id), countListings(id));
  }

  public GroupView add(long productId, String name, int sortOrder) {
    requireProduct(productId);
    String clean = requireValid(name, sortOrder);
    requireNameFree(productId, clean, null);
    ListingGroup group = ListingGroup.custom(productId, clean, sortOrder, StoredTime.now());
    em.persist(group);
    listingsChanged.fire(new ListingsChanged(tenant.tenantId(), productId));
    return GroupView.of(group, 0);
  }

  public GroupView change(long productId, long groupId, long expectedVersion, String name, int sortOrder) {
    requireProduct(productId);
    String clean = requireValid(name, sortOrder);
    ListingGroup group = groups.load(productId, groupId);
    if (group.getVersion() != expectedVersion) {
      throw new StaleEdit("Group " + group.getName());
    }
    if (group.isDefault() && !clean.equals(group.getName())) {
      // the default group keeps its name (views label it); only its order can change
      clean = group.getName();
    } else {
      requireNameFree(productId, clean, groupId);
    }
    group.change(clean, sortOrder);
    em.flush();
    listingsChanged.fire(new ListingsChanged(tenant.tenantId(), productId));
    return GroupView.of(group, countListings(groupId));
  }

  public void remove(long productId, long groupId) {
    requireProduct(productId);
    ListingGroup group = groups.load(productId, groupId);
    if (group.isDefault()) {
      throw MallRuleBroken.defaultGroupFixed();
    }
    long held = countListings(groupId);
    if (held > 0) {
      throw MallRuleBroken.groupInUse(held);
    }
    long voided =
        em.createQuery("select count(l) from Listing l where l.groupId = :g", Long.class).setParameter("g", groupId).getSingleResult();
    if (voided > 0) {
      // void listings keep pointing at their group: move them to the default group first
      long defaultId = groups.defaultGroupId(productId);
      em.createQuery("select l from Listing l where l.groupId = :g", io.haven.mall.entity.Listing.class)
          .setParameter("g", groupId)
          .getResultList()
          .forEach(l -> l.moveToGroup(defaultId));
      em.flush();
    }
    em.remove(group);
    listingsChanged.fire(new ListingsChanged(tenant.tenantId(), productId));
  }

  private long countListings(long groupId) {
    return em.createQuery("select count(l) from Listing l where l.groupId = :g and l.status <> :void", Long.class)
        .setParameter("g", groupId)
        .setParameter("void", ListingStatus.VOID)
        .getSingleResult();
  }

  private void requireNameFree(long productId, String name, Long except) {
    boolean taken =
        ListingGroup.DEFAULT_NAME.equals(name)
            || em.createQuery("select count(g) from ListingGroup g where g.productId = :p and g.name = :n and g.id <> :x", Long.class)
                    .setParameter("p", productId)
                    .setParameter("n", name)
                    .setParameter("x", except == null ? -1L : except)
                    .getSingleResult()
                > 0;
    if (taken) {
      throw MallRuleBroken.groupNameTaken(name);
    }
  }

  private Product requireProduct(long productId) {
    tenant.tenantId();
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new NotFound("Product", productId);
    }
    return product;
  }

  static String requireValid(String name, int sortOrder) {
    if (name == null || name.isBlank() || name.strip().length() > ListingGroup.NAME_MAX) {
      throw new InvalidInput("name", "mall.group.name.invalid", "Name must be 1 to " + ListingGroup.NAME_MAX + " characters");
    }
    if (sortOrder < 0 || sortOrder > ListingGroup.SORT_MAX) {
      throw new InvalidInput("sortOrder", "mall.group.sortOrder.invalid", "Sort order must be a whole number from 0 to " + ListingGroup.SORT_MAX);
    }
    return name.strip();
  }
}

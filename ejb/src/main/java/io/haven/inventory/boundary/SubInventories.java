package io.haven.inventory.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.SubInventory;
import io.haven.inventory.entity.SubInventoryChanged;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product sub-inventories (R6): list and detail, online/offline, return unused units to the total
 * inventory (only while offline) and replenish from it (also while on sale: stock only grows).
 * Writes lock the goods row, then the sub-inventory row (the same order everywhere; a redemption
 * only ever locks the sub-inventory), so a return or replenishment never races a sale or an
 * allocation.
 */
@Stateless
public class SubInventories {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject StockLedger stock;
  @Inject Event<SubInventoryChanged> changed;

  public Page<SubInventoryView> list(SubInventoryFilter filter, int first, int size) {
    tenant.tenantId();
    SubInventoryFilter f = filter == null ? SubInventoryFilter.none() : filter;
    Page<SubInventory> page =
        ListQuery.of(em, SubInventory.class, "s")
            .when(f.productId(), "s.productId = :product", "product")
            .when(f.category(), "s.category = :category", "category")
            .when(f.online(), "s.online = :online", "online")
            .contains(f.goodsName(), "s.goodsId in (select g.id from Goods g where lower(g.name) like :q)", "q")
            .page("s.id desc", first, size, s -> s);
    Map<Long, String> products = names("Product", page.items().stream().map(SubInventory::getProductId).toList());
    Map<Long, String> goods = names("Goods", page.items().stream().map(SubInventory::getGoodsId).toList());
    return new Page<>(
        page.items().stream().map(s -> SubInventoryView.of(s, products.get(s.getProductId()), goods.get(s.getGoodsId()))).toList(),
        page.total());
  }

  public SubInventoryView get(long id) {
    tenant.tenantId();
    SubInventory sub = em.find(SubInventory.class, id);
    if (sub == null) {
      throw new NotFound("Sub-inventory", id);
    }
    return view(sub);
  }

  /**
   * The product's sub-inventory of the goods, if they were allocated to it already (one per
   * product and goods): the allocation dialog offers to replenish it instead of a second allocation.
   */
  public Optional<SubInventoryView> ofGoods(long goodsId, long productId) {
    tenant.tenantId();
    return em.createQuery("select s from SubInventory s where s.goodsId = :g and s.productId = :p", SubInventory.class)
        .setParameter("g", goodsId)
        .setParameter("p", productId)
        .getResultStream()
        .findFirst()
        .map(this::view);
  }

  public SubInventoryView setOnline(long id, boolean online) {
    SubInventory sub = stock.lockForRedemption(id);
    sub.setOnline(online);
    em.flush();
    announce(sub);
    return view(sub);
  }

  /** R6 退库: unused units back to the total inventory; only while offline, at most what is available. */
  public SubInventoryView giveBack(long id, long quantity) {
    requireQuantity(quantity);
    SubInventory sub = lockPair(id);
    Goods goods = em.find(Goods.class, sub.getGoodsId());
    if (sub.isOnline()) {
      throw InventoryRuleBroken.online();
    }
    if (quantity > sub.getAvailable()) {
      throw InventoryRuleBroken.notEnoughAvailable(sub.getAvailable(), quantity);
    }
    sub.giveBack(quantity);
    goods.takeBack(quantity);
    em.flush();
    announce(sub);
    return view(sub);
  }

  /**
   * R6 补货: more units from the total inventory, at most the goods' unallocated units; also while
   * online. Under both row locks the units go in by a relative update ({@link StockLedger#putIn}):
   * it leaves the sub-inventory's version alone, so redemptions that read its terms before are
   * not sent back as "busy" — more stock changes none of what they checked.
   */
  public SubInventoryView replenish(long id, long quantity) {
    requireQuantity(quantity);
    SubInventory sub = lockPair(id);
    Goods goods = em.find(Goods.class, sub.getGoodsId());
    if (quantity > goods.getUnallocated()) {
      throw InventoryRuleBroken.notEnoughUnallocated(goods.getUnallocated(), quantity);
    }
    goods.allocate(quantity);
    em.flush();
    stock.putIn(id, quantity);
    em.refresh(sub);
    announce(sub);
    return view(sub);
  }

  /** Goods row first, then the sub-inventory row: the order every inventory write uses. */
  private SubInventory lockPair(long id) {
    tenant.tenantId();
    // The goods id by a scalar query: the sub-inventory itself is read only once locked.
    Long goodsId =
        em.createQuery("select s.goodsId from SubInventory s where s.id = :id", Long.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Sub-inventory", id));
    stock.lockGoods(goodsId);
    return stock.lockForRedemption(id);
  }

  private static void requireQuantity(long quantity) {
    if (quantity <= 0 || quantity > Goods.STOCK_MAX) {
      throw new InvalidInput("quantity", "inventory.quantity.invalid", "Quantity must be a whole number of at least 1");
    }
  }

  private SubInventoryView view(SubInventory sub) {
    Product product = em.find(Product.class, sub.getProductId());
    Goods goods = em.find(Goods.class, sub.getGoodsId());
    return SubInventoryView.of(sub, product == null ? null : product.getName(), goods == null ? null : goods.getName());
  }

  private Map<Long, String> names(String entity, List<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select e.id, e.name from " + entity + " e where e.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> names.put((Long) row[0], (String) row[1]));
    }
    return names;
  }

  private void announce(SubInventory sub) {
    changed.fire(new SubInventoryChanged(tenant.tenantId(), sub.getProductId(), sub.getId()));
  }
}

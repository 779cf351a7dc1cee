package io.haven.activities.boundary;

import io.haven.activities.control.Odds;
import io.haven.activities.entity.Activity;
import io.haven.activities.entity.ActivitySettings;
import io.haven.activities.entity.ActivityStatus;
import io.haven.activities.entity.Prize;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.PointsType;
import io.haven.inventory.entity.SubInventory;
import io.haven.points.boundary.PointsLedger;
import io.haven.tenancy.entity.Edition;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's side of activities (A2, A3) as far as the engine needs it: create a draft with
 * its prizes, publish (the seed is committed), take offline, reveal the seed after the end; and the
 * rules page members read. Each call is one transaction.
 *
 * <p>Prizes are set aside from a product sub-inventory when the draft is made: the units leave
 * the sub-inventory through the inventory's {@link StockLedger} (its lock and guarded take), so
 * the mall cannot sell what an activity may award, and the prize row holds them from then on.
 * Every rule — weights, quantities, the FREE edition's three activities — is checked before the
 * first write, so a refused draft leaves nothing behind.
 */
@Stateless
public class Activities {

  /** T1: a FREE enterprise has at most this many activities. */
  public static final int FREE_EDITION_MAX = 3;
  public static final int MAX_PRIZES = 20;
  public static final long MAX_PRIZE_QUANTITY = 10_000_000L;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject StockLedger stock;

  public ActivityView create(long productId, ActivitySettings settings, List<NewPrize> prizes) {
    long tenantId = tenant.tenantId();
    if (settings == null) {
      throw new InvalidInput("title", "activity.title.invalid", "Settings are required");
    }
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new NotFound("Product", productId);
    }
    List<NewPrize> wanted = prizes == null ? List.of() : prizes;
    if (wanted.size() > MAX_PRIZES) {
      throw new InvalidInput("prizes", "activity.prizes.tooMany", "At most " + MAX_PRIZES + " prizes");
    }
    List<Odds.Weight> weights = new ArrayList<>();
    List<SubInventory> sources = new ArrayList<>();
    for (NewPrize p : wanted) {
      weights.add(new Odds.Weight(0, p.weightPpm()));
      sources.add(checkedSource(product, p));
    }
    Odds.of(weights); // negative or more than a million in all: refused here, nothing written

    // the enterprise row, locked: two drafts of a FREE enterprise cannot both be its fourth
    Enterprise enterprise = em.find(Enterprise.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (enterprise.getEdition() == Edition.FREE && count() >= FREE_EDITION_MAX) {
      throw ActivityRuleBroken.freeEditionFull(FREE_EDITION_MAX);
    }
    Activity activity = new Activity(productId, settings, StoredTime.now());
    em.persist(activity);
    List<Prize> made = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      NewPrize p = wanted.get(i);
      SubInventory source = sources.get(i);
      stock.lockForRedemption(source.getId());
      stock.take(source.getId(), Math.toIntExact(p.quantity()));
      String name = p.name() == null || p.name().isBlank() ? goodsName(source) : p.name().strip();
      Prize prize = new Prize(activity.getId(), i, name, source.getId(), source.getGoodsId(), source.getCategory(), p.weightPpm(), p.quantity(), p.dailyCap());
      em.persist(prize);
      made.add(prize);
    }
    em.flush();
    return ActivityView.of(activity, made);
  }

  /** Goes online; the first publication makes the secret seed and publishes its commitment. */
  public ActivityView publish(long activityId) {
    Activity a = find(activityId);
    a.publish();
    em.flush();
    return view(a);
  }

  public ActivityView takeOffline(long activityId) {
    Activity a = find(activityId);
    if (a.getStatus() == ActivityStatus.ONLINE) {
      a.takeOffline();
    }
    em.flush();
    return view(a);
  }

  /** Reveals the seed of an ended activity, so every play can be checked; refused before the end. */
  public ActivityView reveal(long activityId) {
    Activity a = find(activityId);
    if (!a.reveal(StoredTime.now())) {
      throw ActivityRuleBroken.noSeedYet();
    }
    em.flush();
    return view(a);
  }

  public ActivityView get(long activityId) {
    return view(find(activityId));
  }

  /** The rules page of a published activity of the product; drafts and other products' are not found. */
  public ActivityView rules(long productId, long activityId) {
    tenant.tenantId();
    Activity a = em.find(Activity.class, activityId);
    if (a == null || a.getProductId() != productId || a.getStatus() == ActivityStatus.DRAFT) {
      throw new NotFound("Activity", activityId);
    }
    if (!a.isRevealed() && a.reveal(StoredTime.now())) {
      em.flush(); // the first look after the end reveals the seed: nothing can be drawn with it any more
    }
    return view(a);
  }

  private SubInventory checkedSource(Product product, NewPrize p) {
    SubInventory source = em.find(SubInventory.class, p.subInventoryId());
    if (source == null || !source.getProductId().equals(product.getId())) {
      throw new NotFound("Sub-inventory", p.subInventoryId());
    }
    if (p.weightPpm() < 0 || p.weightPpm() > Odds.MILLION) {
      throw new InvalidInput("weightPpm", "activity.prize.weight.range", "A prize's weight must be 0 to 1,000,000 ppm");
    }
    if (p.quantity() < 1 || p.quantity() > MAX_PRIZE_QUANTITY) {
      throw new InvalidInput("quantity", "activity.prize.quantity.invalid", "A prize's quantity must be 1 to " + MAX_PRIZE_QUANTITY);
    }
    if (p.dailyCap() != Prize.UNLIMITED && p.dailyCap() < 1) {
      throw new InvalidInput("dailyCap", "activity.prize.dailyCap.invalid", "The daily cap must be -1 (none) or at least 1");
    }
    if (p.name() != null && p.name().strip().length() > Prize.NAME_MAX) {
      throw new InvalidInput("name", "activity.prize.name.invalid", "A prize's name must be at most " + Prize.NAME_MAX + " characters");
    }
    if (source.getAvailable() < p.quantity()) {
      throw new InvalidInput("quantity", "activity.prize.quantity.short", "Only " + source.getAvailable() + " units are available in the sub-inventory");
    }
    if (source.getCategory() == GoodsCategory.POINTS) {
      var award = source.getAward();
      // the winner's own account is the one the play holds locked: another product's would be a second lock mid-play
      if (award == null || award.getPoints() == null || award.getPoints() < 1 || award.getPoints() > PointsLedger.MAX_AMOUNT
          || (award.getPointsType() == PointsType.HOSTED && !product.getAppId().equals(award.getPointsAppId()))) {
        throw new InvalidInput("subInventoryId", "activity.prize.points.otherProduct", "A points prize must credit this product's own points");
      }
    }
    return source;
  }

  private String goodsName(SubInventory source) {
    String name = em.createQuery("select g.name from Goods g where g.id = :g", String.class).setParameter("g", source.getGoodsId()).getSingleResult();
    return name.length() <= Prize.NAME_MAX ? name : name.substring(0, Prize.NAME_MAX);
  }

  private long count() {
    return em.createQuery("select count(a) from Activity a", Long.class).getSingleResult();
  }

  private Activity find(long activityId) {
    tenant.tenantId();
    Activity a = em.find(Activity.class, activityId);
    if (a == null) {
      throw new NotFound("Activity", activityId);
    }
    return a;
  }

  private ActivityView view(Activity a) {
    List<Prize> prizes =
        em.createQuery("select p from Prize p where p.activityId = :a order by p.sortOrder", Prize.class).setParameter("a", a.getId()).getResultList();
    return ActivityView.of(a, prizes);
  }
}

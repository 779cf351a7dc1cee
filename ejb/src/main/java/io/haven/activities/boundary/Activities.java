package io.haven.activities.boundary;

import io.haven.activities.control.Odds;
import io.haven.activities.entity.Activity;
import io.haven.activities.entity.ActivitySettings;
import io.haven.activities.entity.ActivityStatus;
import io.haven.activities.entity.Prize;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.Page;
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
import io.haven.tenancy.boundary.StaleEdit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
    List<SubInventory> sources = checkedPrizes(product, wanted);

    // the enterprise row, locked: two drafts of a FREE enterprise cannot both be its fourth
    Enterprise enterprise = em.find(Enterprise.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (enterprise.getEdition() == Edition.FREE && count() >= FREE_EDITION_MAX) {
      throw ActivityRuleBroken.freeEditionFull(FREE_EDITION_MAX);
    }
    Activity activity = new Activity(productId, settings, StoredTime.now());
    em.persist(activity);
    List<Prize> made = setAside(activity, wanted, sources);
    em.flush();
    return ActivityView.of(activity, made);
  }

  /**
   * The console's edit (A2). A draft takes new settings, type and prizes: the old prizes' units go
   * back to their sub-inventories and the new ones are set aside, as when it was made. After
   * publication the prizes and the type stay as members have seen them (their odds are on the
   * rules page next to the commitment); the rest of the settings may change. {@code prizes} null
   * keeps the prizes. One transaction: a refused edit changes nothing. {@code expectedVersion} is
   * the version the operator's form was opened on: an edit made on an activity someone changed
   * since (another tab, a parallel save, a publication) is refused as stale, not written over it.
   * It is compared under the row lock, so of parallel saves of one form exactly one is kept.
   */
  public ActivityView update(long activityId, long expectedVersion, ActivitySettings settings, List<NewPrize> prizes) {
    if (settings == null) {
      throw new InvalidInput("title", "activity.title.invalid", "Settings are required");
    }
    Activity a = locked(activityId);
    if (a.getVersion() != expectedVersion) {
      throw new StaleEdit("Activity " + a.getTitle());
    }
    if (!a.isDraft() && settings.type() != a.getType()) {
      throw ActivityRuleBroken.typeFixed();
    }
    if (!a.isDraft() && prizes != null) {
      throw ActivityRuleBroken.notDraft(a.getStatus().name());
    }
    if (prizes != null) {
      // the old units go back first, so a prize kept from the same sub-inventory can take them
      // again; the old rows go before the new take their places (activity, position is unique).
      // A refusal below rolls this back with the rest.
      giveBack(prizesOf(a.getId()));
      em.flush();
      em.clear(); // the sub-inventories as the bulk moves left them
      a = find(activityId); // still locked: the lock is the transaction's, not the entity's
      List<SubInventory> sources = checkedPrizes(em.find(Product.class, a.getProductId()), prizes);
      a.change(settings);
      List<Prize> made = setAside(a, prizes, sources);
      em.flush();
      return ActivityView.of(a, made);
    }
    a.change(settings);
    em.flush();
    return view(a);
  }

  /**
   * Deletes an activity nobody has played, giving its prizes' units back to their
   * sub-inventories; one with plays is refused (its records stay): take it offline instead.
   */
  public void delete(long activityId) {
    Activity a = locked(activityId);
    long played = em.createQuery("select count(p) from Play p where p.activityId = :a", Long.class).setParameter("a", activityId).getSingleResult();
    if (played > 0) {
      throw ActivityRuleBroken.hasPlays(played);
    }
    giveBack(prizesOf(activityId));
    em.flush();
    em.remove(a);
    em.flush();
  }

  /** The console's list (A3): filtered by product, title, type and status, newest first, with each row's plays and wins. */
  public Page<ActivitySummary> list(ActivityFilter filter, int first, int size) {
    tenant.tenantId();
    ActivityFilter f = filter == null ? ActivityFilter.any() : filter;
    Page<Activity> page =
        ListQuery.of(em, Activity.class, "a")
            .when(f.productId(), "a.productId = :p", "p")
            .contains(f.title(), "lower(a.title) like :t", "t")
            .when(f.type(), "a.type = :ty", "ty")
            .when(f.status(), "a.status = :st", "st")
            .page("a.id desc", first, size, a -> a);
    Map<Long, long[]> counts = new HashMap<>();
    if (!page.items().isEmpty()) {
      // one grouped count for the page, not one per row
      em.createQuery(
              "select p.activityId, count(p), sum(case when p.prizeId is null then 0 else 1 end) from Play p where p.activityId in :ids group by p.activityId",
              Object[].class)
          .setParameter("ids", page.items().stream().map(Activity::getId).toList())
          .getResultList()
          .forEach(row -> counts.put((Long) row[0], new long[] {(Long) row[1], row[2] == null ? 0 : ((Number) row[2]).longValue()}));
    }
    Instant now = StoredTime.now();
    return new Page<>(
        page.items().stream().map(a -> ActivitySummary.of(a, counts.getOrDefault(a.getId(), new long[2]), now)).toList(), page.total());
  }

  /** The product's online activities for members, ending soonest first (the storefront's activity list). */
  public List<ActivitySummary> online(long productId) {
    tenant.tenantId();
    Instant now = StoredTime.now();
    return em.createQuery("select a from Activity a where a.productId = :p and a.status = :s and a.endsAt > :now order by a.endsAt, a.id", Activity.class)
        .setParameter("p", productId)
        .setParameter("s", ActivityStatus.ONLINE)
        .setParameter("now", now)
        .setMaxResults(ListQuery.MAX_PAGE)
        .getResultStream()
        .map(a -> ActivitySummary.of(a, new long[2], now))
        .toList();
  }

  private List<SubInventory> checkedPrizes(Product product, List<NewPrize> wanted) {
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
    return sources;
  }

  private List<Prize> setAside(Activity activity, List<NewPrize> wanted, List<SubInventory> sources) {
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
    return made;
  }

  /** The prizes' units not won go back to their sub-inventories (outbound → available) and the rows go. */
  private void giveBack(List<Prize> prizes) {
    for (Prize p : prizes) {
      if (p.getRemaining() > 0) {
        stock.putBack(p.getSubInventoryId(), Math.toIntExact(p.getRemaining()));
      }
      em.remove(p);
    }
  }

  private List<Prize> prizesOf(long activityId) {
    return em.createQuery("select p from Prize p where p.activityId = :a order by p.sortOrder", Prize.class).setParameter("a", activityId).getResultList();
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

  /**
   * The activity, row-locked: two edits or deletes of one activity run one after the other, so its
   * prizes' units are given back once. A play never locks this row (it reads it without a lock).
   */
  private Activity locked(long activityId) {
    tenant.tenantId();
    Activity a = em.find(Activity.class, activityId, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw new NotFound("Activity", activityId);
    }
    return a;
  }

  private ActivityView view(Activity a) {
    return ActivityView.of(a, prizesOf(a.getId()));
  }
}

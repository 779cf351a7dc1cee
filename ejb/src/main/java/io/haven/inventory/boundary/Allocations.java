package io.haven.inventory.boundary;

import io.haven.common.FieldErrors;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.inventory.control.CdkPool;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.AllocationTerms;
import io.haven.inventory.entity.AwardConfig;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.PeriodLimit;
import io.haven.inventory.entity.SubInventory;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Allocation of total inventory to a product sub-inventory (R5). The quantity is checked against
 * the goods' unallocated units under the goods row lock, so two operators allocating the last
 * units at the same moment run one after the other and the second one is told how many are left;
 * CDK allocations are also bounded by the unused codes of the pool. A new sub-inventory starts
 * online (R6, "商品默认上线状态"): members see its goods once a listing of them is online.
 */
@Stateless
public class Allocations {

  /** Points per award and red-packet amounts are bounded to keep typos from becoming payouts. */
  public static final long POINTS_MAX = 100_000_000L;
  /** WeChat cash red packets: 0.30 to 200.00 yuan. */
  public static final long RED_PACKET_MIN_FEN = 30;
  public static final long RED_PACKET_MAX_FEN = 20_000;
  public static final long QUANTITY_MAX = Goods.STOCK_MAX;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject StockLedger stock;
  @Inject CdkPool codes;

  public SubInventoryView allocate(long goodsId, Long productId, long quantity, AllocationRequest request) {
    tenant.tenantId();
    // Every field first, all errors answered together; then the rules that need the stock.
    FieldErrors errors = new FieldErrors();
    if (productId == null) {
      errors.add(new InvalidInput("productId", "inventory.allocation.product.required", "Choose a product"));
    }
    if (quantity <= 0 || quantity > QUANTITY_MAX) {
      errors.add(new InvalidInput("quantity", "inventory.allocation.quantity.invalid", "Quantity must be a whole number of at least 1"));
    }
    Product product = productId == null ? null : em.find(Product.class, productId);
    if (productId != null && product == null) {
      throw new NotFound("Product", productId);
    }
    Goods goods = stock.lockGoods(goodsId);
    AllocationTerms terms = terms(goods.getCategory(), request, errors);
    errors.throwIfAny();
    if (quantity > goods.getUnallocated()) {
      throw InventoryRuleBroken.notEnoughUnallocated(goods.getUnallocated(), quantity);
    }
    if (goods.getCategory() == GoodsCategory.CDK) {
      long unused = codes.unusedCountOfGoods(goodsId);
      if (quantity > unused) {
        throw InventoryRuleBroken.notEnoughCodes(unused, quantity);
      }
    }
    boolean exists =
        em.createQuery("select count(s) from SubInventory s where s.productId = :p and s.goodsId = :g", Long.class)
                .setParameter("p", productId)
                .setParameter("g", goodsId)
                .getSingleResult()
            > 0;
    if (exists) {
      throw InventoryRuleBroken.alreadyAllocated(product.getName());
    }
    goods.allocate(quantity);
    SubInventory sub = new SubInventory(productId, goods, quantity, terms, StoredTime.now());
    em.persist(sub);
    return SubInventoryView.of(sub, product.getName(), goods.getName());
  }

  /** Checks the request field by field for goods of {@code category} and answers the entity's terms. */
  AllocationTerms terms(GoodsCategory category, AllocationRequest r) {
    FieldErrors errors = new FieldErrors();
    AllocationTerms terms = terms(category, r, errors);
    errors.throwIfAny();
    return terms;
  }

  /** The terms, every broken field kept in {@code errors} (then the answer is null). */
  private AllocationTerms terms(GoodsCategory category, AllocationRequest r, FieldErrors errors) {
    if (r == null) {
      errors.add(new InvalidInput("effectiveFrom", "inventory.allocation.effective.required", "Effective time is required"));
      return null;
    }
    PeriodLimit perUser = errors.value(() -> limit("perUserLimit", r.perUserLimit(), r.perUserPeriod()), null);
    PeriodLimit perDevice = errors.value(() -> limit("perDeviceLimit", r.perDeviceLimit(), r.perDevicePeriod()), null);
    if (r.totalCap() < -1 || r.totalCap() > QUANTITY_MAX) {
      errors.add(new InvalidInput("totalCap", "inventory.allocation.totalCap.invalid", "Total cap must be -1 (unlimited) or a whole number from 0"));
    }
    if (r.effectiveFrom() == null) {
      errors.add(new InvalidInput("effectiveFrom", "inventory.allocation.effective.required", "Effective time is required"));
    }
    if (r.effectiveTo() == null) {
      errors.add(new InvalidInput("effectiveTo", "inventory.allocation.effective.required", "Effective time is required"));
    } else if (r.effectiveFrom() != null
        && !r.effectiveTo().truncatedTo(ChronoUnit.SECONDS).isAfter(r.effectiveFrom().truncatedTo(ChronoUnit.SECONDS))) {
      errors.add(new InvalidInput("effectiveTo", "inventory.allocation.effective.order", "The end must be after the start"));
    }
    if (r.notes() != null && r.notes().strip().length() > SubInventory.NOTES_MAX) {
      errors.add(new InvalidInput("notes", "inventory.allocation.notes.tooLong", "At most " + SubInventory.NOTES_MAX + " characters"));
    }
    AwardConfig award = award(category, r, errors);
    if (!errors.isEmpty()) {
      return null;
    }
    // Kept to the second, like every time the console shows.
    return new AllocationTerms(
        r.autoAward(),
        perUser,
        perDevice,
        r.totalCap(),
        r.effectiveFrom().truncatedTo(ChronoUnit.SECONDS),
        r.effectiveTo().truncatedTo(ChronoUnit.SECONDS),
        r.notes(),
        award);
  }

  private AwardConfig award(GoodsCategory category, AllocationRequest r, FieldErrors errors) {
    return switch (category) {
      case PHYSICAL -> AwardConfig.none();
      case COUPON, CDK -> errors.value(() -> AwardConfig.link(link(r.link(), true)), null);
      case DIRECT_CHARGE ->
          r.link() == null || r.link().isBlank() ? AwardConfig.none() : errors.value(() -> AwardConfig.link(link(r.link(), true)), null);
      case POINTS -> {
        if (r.points() == null || r.points() < 1 || r.points() > POINTS_MAX) {
          errors.add(new InvalidInput("points", "inventory.award.points.invalid", "Points must be a whole number from 1 to " + POINTS_MAX));
        }
        if (r.pointsAppId() == null || r.pointsAppId().isBlank()) {
          errors.add(new InvalidInput("pointsAppId", "inventory.award.appId.required", "Choose the product whose members get the points"));
        } else {
          boolean known =
              em.createQuery("select count(p) from Product p where p.appId = :a", Long.class)
                      .setParameter("a", r.pointsAppId().strip())
                      .getSingleResult()
                  > 0;
          if (!known) {
            errors.add(new InvalidInput("pointsAppId", "inventory.award.appId.unknown", "No product of this enterprise has this appId"));
          }
        }
        if (r.pointsType() == null) {
          errors.add(new InvalidInput("pointsType", "inventory.award.pointsType.required", "Choose the points type"));
        }
        yield errors.isEmpty() ? AwardConfig.points(r.points(), r.pointsAppId().strip(), r.pointsType()) : null;
      }
      case CASH_RED_PACKET -> {
        if (r.amountFen() == null || r.amountFen() < RED_PACKET_MIN_FEN || r.amountFen() > RED_PACKET_MAX_FEN) {
          errors.add(new InvalidInput("amountFen", "inventory.award.amount.invalid", "Amount must be from 0.30 to 200.00 yuan"));
        }
        String merchant = errors.value(() -> text("merchantName", r.merchantName(), AwardConfig.NAME_MAX), null);
        String activity = errors.value(() -> text("activityName", r.activityName(), AwardConfig.NAME_MAX), null);
        String blessing = errors.value(() -> text("blessing", r.blessing(), AwardConfig.BLESSING_MAX), null);
        yield errors.isEmpty() ? AwardConfig.cashRedPacket(r.amountFen(), merchant, activity, blessing) : null;
      }
    };
  }

  private static PeriodLimit limit(String field, int count, io.haven.inventory.entity.LimitPeriod period) {
    if (count == PeriodLimit.UNLIMITED) {
      return PeriodLimit.unlimited();
    }
    if (count < 1 || count > PeriodLimit.MAX_COUNT) {
      throw new InvalidInput(field, "inventory.allocation.limit.invalid", "Limit must be -1 (unlimited) or from 1 to " + PeriodLimit.MAX_COUNT);
    }
    if (period == null) {
      throw new InvalidInput(field, "inventory.allocation.limit.period", "Choose the period of the limit");
    }
    return PeriodLimit.of(count, period);
  }

  /** An http(s) link; required for COUPON and CDK awards. */
  private static String link(String link, boolean required) {
    if (link == null || link.isBlank()) {
      if (required) {
        throw new InvalidInput("link", "inventory.award.link.required", "The jump link is required");
      }
      return null;
    }
    String value = link.strip();
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (value.length() > AwardConfig.LINK_MAX || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw new InvalidInput("link", "inventory.award.link.invalid", "The jump link must be an http(s) address");
      }
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInput("link", "inventory.award.link.invalid", "The jump link must be an http(s) address");
    }
    return value;
  }

  private static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "inventory.award." + field + ".required", "Required");
    }
    if (value.strip().length() > max) {
      throw new InvalidInput(field, "inventory.award." + field + ".tooLong", "At most " + max + " characters");
    }
    return value.strip();
  }
}

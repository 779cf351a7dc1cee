package io.haven.inventory.boundary;

import io.haven.common.FieldErrors;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.common.UploadedImage;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.GoodsDetails;
import io.haven.inventory.entity.GoodsImage;
import io.haven.inventory.entity.GoodsImageKind;
import io.haven.tenancy.boundary.StaleEdit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The enterprise total inventory (R3, R4): add goods with their description, images and opening
 * stock, edit the description, add stock (the only way the total changes: it only grows), list
 * with search and filters, and detail. Every query is tenant-filtered; stock changes run under
 * the goods row lock so they serialise with allocations.
 */
@Stateless
public class TotalInventory {

  public static final int TAG_MAX = 20;
  public static final int TAGS_MAX_COUNT = 10;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject StockLedger stock;

  public Page<GoodsView> list(GoodsFilter filter, int first, int size) {
    tenant.tenantId();
    GoodsFilter f = filter == null ? GoodsFilter.none() : filter;
    Page<Goods> page =
        ListQuery.of(em, Goods.class, "g")
            .contains(f.name(), "lower(g.name) like :q", "q")
            .when(f.category(), "g.category = :category", "category")
            .when(f.source(), "g.source = :source", "source")
            .when(f.purpose(), "g.purpose = :purpose", "purpose")
            .page("g.id desc", first, size, g -> g);
    Set<String> images = imageKeys(page.items().stream().map(Goods::getId).toList());
    return new Page<>(
        page.items().stream().map(g -> GoodsView.of(g, images.contains(g.getId() + ":COVER"), images.contains(g.getId() + ":DETAIL"))).toList(),
        page.total());
  }

  public GoodsView get(long id) {
    return view(load(id));
  }

  public GoodsView add(NewGoods input) {
    tenant.tenantId();
    // Every field is checked before anything is written, and all errors are answered together.
    FieldErrors errors = new FieldErrors();
    if (input.purpose() == null) {
      errors.add(new InvalidInput("purpose", "inventory.goods.purpose.required", "Choose what the goods are for"));
    }
    if (input.category() == null) {
      errors.add(new InvalidInput("category", "inventory.goods.category.required", "Choose a category"));
    }
    GoodsDetails details = valid(input.details(), errors);
    if (input.initialStock() < 0 || input.initialStock() > Goods.ADD_MAX) {
      errors.add(new InvalidInput("initialStock", "inventory.stock.invalid", "Stock must be a whole number from 0 to " + Goods.ADD_MAX));
    } else if (input.initialStock() > 0 && input.category() != null && input.category().stockFromCodes()) {
      errors.add(new InvalidInput("initialStock", "inventory.cdk.stockFromCodes", "CDK goods get their stock by uploading codes"));
    }
    // Images too: a bad image leaves no goods behind.
    UploadedImage cover = errors.value(() -> optionalImage("cover", input.cover()), null);
    UploadedImage detail = errors.value(() -> optionalImage("detail", input.detail()), null);
    errors.throwIfAny();
    var now = StoredTime.now();
    Goods goods = new Goods(input.purpose(), input.category(), details, now);
    if (input.initialStock() > 0) {
      goods.addStock(input.initialStock());
    }
    em.persist(goods);
    if (cover != null) {
      em.persist(new GoodsImage(goods.getId(), GoodsImageKind.COVER, cover, now));
    }
    if (detail != null) {
      em.persist(new GoodsImage(goods.getId(), GoodsImageKind.DETAIL, detail, now));
    }
    return GoodsView.of(goods, cover != null, detail != null);
  }

  public GoodsView change(long id, long expectedVersion, GoodsDetails details) {
    GoodsDetails valid = requireValid(details);
    Goods goods = load(id);
    if (goods.getVersion() != expectedVersion) {
      throw new StaleEdit("Goods " + goods.getName());
    }
    goods.describe(valid);
    em.flush();
    return view(goods);
  }

  /** R4: adds units to the total and the unallocated stock; nothing ever takes them away directly. */
  public GoodsView addStock(long id, long quantity) {
    if (quantity <= 0 || quantity > Goods.ADD_MAX) {
      throw new InvalidInput("quantity", "inventory.stock.add.invalid", "Stock to add must be a whole number from 1 to " + Goods.ADD_MAX);
    }
    Goods goods = stock.lockGoods(id);
    if (goods.getCategory().stockFromCodes()) {
      throw InventoryRuleBroken.stockFromCodesOnly();
    }
    if (goods.getStockTotal() + quantity > Goods.STOCK_MAX) {
      throw new InvalidInput("quantity", "inventory.stock.tooMuch", "The goods can hold at most " + Goods.STOCK_MAX + " units");
    }
    goods.addStock(quantity);
    em.flush();
    return view(goods);
  }

  private Goods load(long id) {
    tenant.tenantId();
    Goods goods = em.find(Goods.class, id);
    if (goods == null) {
      throw new NotFound("Goods", id);
    }
    return goods;
  }

  private GoodsView view(Goods goods) {
    Set<String> images = imageKeys(List.of(goods.getId()));
    return GoodsView.of(goods, images.contains(goods.getId() + ":COVER"), images.contains(goods.getId() + ":DETAIL"));
  }

  /** "goodsId:KIND" of the images the goods have: a scalar query, never the bytes. */
  private Set<String> imageKeys(List<Long> goodsIds) {
    if (goodsIds.isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    em.createQuery("select i.goodsId, i.kind from GoodsImage i where i.goodsId in :ids", Object[].class)
        .setParameter("ids", goodsIds)
        .getResultList()
        .forEach(row -> keys.add(row[0] + ":" + row[1]));
    return keys;
  }

  static UploadedImage optionalImage(String field, byte[] bytes) {
    return bytes == null || bytes.length == 0 ? null : UploadedImage.check(field, bytes, GoodsImage.MAX_BYTES);
  }

  /** Checks every field of the description and answers it cleaned (trimmed text, tags split). */
  static GoodsDetails requireValid(GoodsDetails d) {
    FieldErrors errors = new FieldErrors();
    GoodsDetails valid = valid(d, errors);
    errors.throwIfAny();
    return valid;
  }

  /** The description cleaned, its broken fields kept in {@code errors} (then the answer means nothing). */
  private static GoodsDetails valid(GoodsDetails d, FieldErrors errors) {
    if (d == null || d.name() == null || d.name().isBlank()) {
      errors.add(new InvalidInput("name", "inventory.goods.name.required", "Name is required"));
    } else if (d.name().strip().length() > Goods.NAME_MAX) {
      errors.add(new InvalidInput("name", "inventory.goods.name.tooLong", "Name must be at most " + Goods.NAME_MAX + " characters"));
    }
    if (d == null) {
      return null;
    }
    if (d.source() == null) {
      errors.add(new InvalidInput("source", "inventory.goods.source.required", "Choose a source"));
    }
    if (d.priceFen() < 0 || d.priceFen() > Goods.PRICE_MAX) {
      errors.add(new InvalidInput("priceFen", "inventory.goods.price.invalid", "Price must be from 0 to " + Goods.PRICE_MAX / 100 + " yuan"));
    }
    errors.check(() -> requireLength("redemptionInstructions", d.redemptionInstructions(), Goods.INSTRUCTIONS_MAX));
    errors.check(() -> requireLength("supportedPlatform", d.supportedPlatform(), Goods.PLATFORM_MAX));
    errors.check(() -> requireLength("notes", d.notes(), Goods.NOTES_MAX));
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : d.tags() == null ? List.<String>of() : d.tags()) {
      for (String part : tag == null ? new String[0] : tag.split("[,，]")) {
        if (!part.isBlank()) {
          tags.add(part.strip());
        }
      }
    }
    if (tags.size() > TAGS_MAX_COUNT || tags.stream().anyMatch(t -> t.length() > TAG_MAX) || String.join(",", tags).length() > Goods.TAGS_MAX) {
      errors.add(new InvalidInput(
          "tags", "inventory.goods.tags.invalid", "At most " + TAGS_MAX_COUNT + " tags of at most " + TAG_MAX + " characters each"));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    // Times are kept to the second: what the console shows and what every database stores alike.
    Instant expiresAt = d.expiresAt() == null ? null : d.expiresAt().truncatedTo(ChronoUnit.SECONDS);
    return new GoodsDetails(
        d.name().strip(), d.source(), d.redemptionInstructions(), d.priceFen(), expiresAt, d.supportedPlatform(), new ArrayList<>(tags), d.notes());
  }

  private static void requireLength(String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      throw new InvalidInput(field, "inventory.goods." + field + ".tooLong", "At most " + max + " characters");
    }
  }
}

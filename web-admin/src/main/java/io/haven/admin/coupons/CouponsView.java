package io.haven.admin.coupons;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.ConsoleTime;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.admin.mall.ProductChoice;
import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.coupons.boundary.CouponDraft;
import io.haven.coupons.boundary.CouponView;
import io.haven.coupons.boundary.Coupons;
import io.haven.coupons.boundary.StoreView;
import io.haven.coupons.boundary.Stores;
import io.haven.coupons.entity.ClaimMethod;
import io.haven.coupons.entity.CouponType;
import io.haven.coupons.entity.StoreScope;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * C3 自建优惠券: coupons filtered by name, type and claim method, paged on the server; created and
 * edited in one dialog of two steps — basic information (name, type and its amounts in yuan,
 * instructions), then the rules (stock, stores, claim method, limits, validity). For OWN_LOGIN
 * enterprises the page shows why coupons are unavailable instead of the list.
 */
@Named
@ViewScoped
public class CouponsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Coupons coupons;
  @Inject Stores stores;
  @Inject Products products;
  @Inject ConsoleMessages messages;

  private String unavailable;
  private ProductChoice product;
  private String name;
  private CouponType type;
  private ClaimMethod method;
  private String appliedName;
  private CouponType appliedType;
  private ClaimMethod appliedMethod;
  private final PagedList<CouponView> list =
      new PagedList<>((first, size) -> coupons.list(appliedName, appliedType, appliedMethod, first, size), CouponView::id, 20);

  private List<StoreView> storeChoices = List.of();
  private CouponView editing;
  private int step = 1;
  private Form form = new Form();

  /** What the dialog edits; amounts in yuan, validity as calendar days in the console's zone. */
  public static class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    public String name;
    public CouponType type = CouponType.AMOUNT_OFF;
    public BigDecimal threshold;
    public BigDecimal amount;
    public Integer discountPercent;
    public String instructions;
    public Long stock;
    public StoreScope scope = StoreScope.ALL;
    public List<Long> storeIds = new ArrayList<>();
    public ClaimMethod claimMethod = ClaimMethod.PROMOTION_PAGE;
    public Integer perMemberLimit = 1;
    public Integer perDeviceLimit = -1;
    public boolean fixedPeriod;
    public LocalDate validFrom;
    public LocalDate validUntil;
    public Integer validDays = 30;

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public CouponType getType() { return type; }
    public void setType(CouponType v) { type = v; }
    public BigDecimal getThreshold() { return threshold; }
    public void setThreshold(BigDecimal v) { threshold = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public Integer getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(Integer v) { discountPercent = v; }
    public String getInstructions() { return instructions; }
    public void setInstructions(String v) { instructions = v; }
    public Long getStock() { return stock; }
    public void setStock(Long v) { stock = v; }
    public StoreScope getScope() { return scope; }
    public void setScope(StoreScope v) { scope = v; }
    public List<Long> getStoreIds() { return storeIds; }
    public void setStoreIds(List<Long> v) { storeIds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public ClaimMethod getClaimMethod() { return claimMethod; }
    public void setClaimMethod(ClaimMethod v) { claimMethod = v; }
    public Integer getPerMemberLimit() { return perMemberLimit; }
    public void setPerMemberLimit(Integer v) { perMemberLimit = v; }
    public Integer getPerDeviceLimit() { return perDeviceLimit; }
    public void setPerDeviceLimit(Integer v) { perDeviceLimit = v; }
    public boolean isFixedPeriod() { return fixedPeriod; }
    public void setFixedPeriod(boolean v) { fixedPeriod = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate v) { validUntil = v; }
    public Integer getValidDays() { return validDays; }
    public void setValidDays(Integer v) { validDays = v; }
  }

  @PostConstruct
  void init() {
    String reason = coupons.unavailableReason();
    unavailable = reason == null ? null : messages.text(reason);
    product = new ProductChoice(products);
    storeChoices = stores.all();
  }

  public void search() {
    appliedName = name;
    appliedType = type;
    appliedMethod = method;
    list.firstPage("coupons:table");
  }

  public void clear() {
    name = null;
    type = null;
    method = null;
    search();
  }

  public boolean isFiltered() {
    return appliedName != null && !appliedName.isBlank() || appliedType != null || appliedMethod != null;
  }

  public void startAdd() {
    editing = null;
    step = 1;
    form = new Form();
    storeChoices = stores.all();
  }

  public void startEdit() {
    try {
      editing = coupons.get(RequestedRow.id("coupon"));
      step = 1;
      storeChoices = stores.all();
      Form f = new Form();
      f.name = editing.name();
      f.type = editing.type();
      f.threshold = yuan(editing.thresholdFen());
      f.amount = yuan(editing.amountFen());
      f.discountPercent = editing.discountPercent();
      f.instructions = editing.instructions();
      f.stock = editing.stock();
      f.scope = editing.scope();
      f.storeIds = new ArrayList<>(editing.storeIds());
      f.claimMethod = editing.claimMethod();
      f.perMemberLimit = editing.perMemberLimit();
      f.perDeviceLimit = editing.perDeviceLimit();
      f.fixedPeriod = editing.validDays() == null;
      f.validFrom = editing.validFrom() == null ? null : LocalDate.ofInstant(editing.validFrom(), ConsoleTime.ZONE);
      f.validUntil = editing.validUntil() == null ? null : LocalDate.ofInstant(editing.validUntil(), ConsoleTime.ZONE).minusDays(1);
      f.validDays = editing.validDays();
      form = f;
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  /** From basic information to the rules; the basic fields are checked first, on their fields. */
  public void next() {
    try {
      draft(true);
      step = 2;
    } catch (HavenException broken) {
      messages.report(broken, "couponForm");
    }
  }

  public void back() {
    step = 1;
  }

  public void save() {
    try {
      CouponDraft draft = draft(false);
      if (editing == null) {
        if (product.id() == null) {
          messages.error("mall.noProduct");
          return;
        }
        CouponView added = coupons.create(product.id(), draft);
        messages.info("coupon.added", added.name());
      } else {
        CouponView changed = coupons.edit(editing.id(), draft);
        editing = null;
        messages.info("coupon.saved", changed.name());
      }
    } catch (HavenException broken) {
      messages.report(broken, "couponForm");
    }
  }

  /** The draft of the form; with {@code basicOnly} the rules are filled with harmless values to check the first step alone. */
  private CouponDraft draft(boolean basicOnly) {
    Form f = form;
    Long threshold = fen("thresholdFen", f.threshold);
    Long amount = fen("amountFen", f.amount);
    if (basicOnly) {
      return new CouponDraft(f.name, f.type, threshold, amount, f.discountPercent, f.instructions, 0, StoreScope.ALL, List.of(),
          ClaimMethod.PROMOTION_PAGE, -1, -1, null, null, 1).checked();
    }
    Instant from = f.fixedPeriod && f.validFrom != null ? f.validFrom.atStartOfDay(ConsoleTime.ZONE).toInstant() : null;
    Instant until = f.fixedPeriod && f.validUntil != null ? f.validUntil.plusDays(1).atStartOfDay(ConsoleTime.ZONE).toInstant() : null;
    return new CouponDraft(f.name, f.type, threshold, amount, f.discountPercent, f.instructions, f.stock == null ? -1 : f.stock, f.scope,
        f.storeIds, f.claimMethod, f.perMemberLimit == null ? 0 : f.perMemberLimit, f.perDeviceLimit == null ? 0 : f.perDeviceLimit,
        from, until, f.fixedPeriod ? null : f.validDays == null ? 0 : f.validDays);
  }

  /** Yuan with at most two decimals, as fen; another field's name for the message. */
  private static Long fen(String field, BigDecimal yuan) {
    if (yuan == null) {
      return null;
    }
    try {
      return yuan.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInput(field, "coupon.amount.yuan", "Enter yuan with at most two decimals");
    }
  }

  private static BigDecimal yuan(Long fen) {
    return fen == null ? null : BigDecimal.valueOf(fen, 2);
  }

  /** The storefront page a promotion-page coupon is claimed on (M5), relative to the storefront's origin. */
  public String promotionPath(CouponView c) {
    return product.choices().stream().filter(p -> p.id() == c.productId()).findFirst()
        .map(p -> "/store/" + p.appId() + "/coupons/" + c.id()).orElse("");
  }

  public String promotionQr(CouponView c, boolean download) {
    String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return context + CouponPromotionServlet.PATH + "?coupon=" + c.id() + (download ? "&download=1" : "");
  }

  public String storeNames(CouponView c) {
    if (c.scope() == StoreScope.ALL) {
      return messages.text("coupon.scope.ALL");
    }
    return String.join(", ", storeChoices.stream().filter(s -> c.storeIds().contains(s.id())).map(StoreView::name).toList());
  }

  public CouponType[] getTypes() { return CouponType.values(); }
  public ClaimMethod[] getMethods() { return ClaimMethod.values(); }
  public StoreScope[] getScopes() { return StoreScope.values(); }
  public String getUnavailable() { return unavailable; }
  public PagedList<CouponView> getList() { return list; }
  public List<StoreView> getStoreChoices() { return storeChoices; }
  public List<ProductView> getProductChoices() { return product.choices(); }
  public Long getProductId() { return product.id(); }
  public void setProductId(Long id) { product.choose(id); }
  public CouponView getEditing() { return editing; }
  public int getStep() { return step; }
  public Form getForm() { return form; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public CouponType getType() { return type; }
  public void setType(CouponType type) { this.type = type; }
  public ClaimMethod getMethod() { return method; }
  public void setMethod(ClaimMethod method) { this.method = method; }
}

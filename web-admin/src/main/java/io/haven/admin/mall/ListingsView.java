package io.haven.admin.mall;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.FieldErrors;
import io.haven.common.ListQuery;
import io.haven.common.Page;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.boundary.SubInventoryFilter;
import io.haven.inventory.boundary.SubInventoryView;
import io.haven.mall.boundary.GroupView;
import io.haven.mall.boundary.ListingDraft;
import io.haven.mall.boundary.ListingFilter;
import io.haven.mall.boundary.ListingGroups;
import io.haven.mall.boundary.ListingView;
import io.haven.mall.boundary.Listings;
import io.haven.mall.entity.ExchangeMethod;
import io.haven.mall.entity.ListingStatus;
import io.haven.mall.entity.Price;
import io.haven.mall.entity.SaleRule;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * M2 商品上下架 of one product: listings filtered by group, status and name and paged on the
 * server; a new listing is made from one of the product's sub-inventories with every M2 field and
 * starts OFFLINE; details; online/offline and void after a confirmation; edit (carrying the
 * version it was opened at, so a concurrent change is refused). While the price is typed, the
 * member's price is previewed with the domain's own {@link Price} at the product's rate.
 */
@Named
@ViewScoped
public class ListingsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject Listings listings;
  @Inject ListingGroups groups;
  @Inject SubInventories subInventories;
  @Inject Products products;
  @Inject ConsoleMessages messages;

  private ProductChoice product;
  private List<GroupView> groupChoices = List.of();

  private Long groupFilter;
  private ListingStatus statusFilter;
  private String search;
  private final PagedList<ListingView> list =
      new PagedList<>(
          (first, size) ->
              product.id() == null
                  ? new Page<>(List.of(), 0)
                  : listings.list(new ListingFilter(product.id(), groupFilter, statusFilter, search), first, size),
          ListingView::id,
          10);

  /** The listing being edited; null while adding one. */
  private ListingView editing;
  /** The listing whose details are shown. */
  private ListingView selected;
  private List<SubInventoryView> productSubInventories = List.of();
  private List<SubInventoryView> subInventoryChoices = List.of();
  /** The product's sub-inventories of e-commerce goods: never offered for a listing. */
  private Set<Long> notForMall = Set.of();
  private int soldOut;
  private int listedHere;
  private int ecommerce;

  private Long subInventoryId;
  private String displayName;
  private Long groupId;
  private ExchangeMethod exchangeMethod = ExchangeMethod.PURE_POINTS;
  private Long pointsCost;
  private BigDecimal cash;
  private BigDecimal strikethrough;
  private SaleRule saleRule = SaleRule.NONE;
  private LocalDateTime flashStart;
  private LocalDateTime flashEnd;
  private String intro;
  private Integer deliveryDays;
  private String description;

  @PostConstruct
  void init() {
    product = new ProductChoice(products);
    loadGroups();
  }

  private void loadGroups() {
    try {
      groupChoices = product.id() == null ? List.of() : groups.list(product.id());
    } catch (HavenException broken) {
      groupChoices = List.of();
      messages.report(broken, null);
    }
  }

  public void productChanged() {
    groupFilter = null;
    loadGroups();
    search();
  }

  public void search() {
    list.firstPage("listings:table");
  }

  public void clearFilters() {
    groupFilter = null;
    statusFilter = null;
    search = null;
    search();
  }

  public boolean isFiltered() {
    return groupFilter != null || statusFilter != null || search != null && !search.isBlank();
  }

  public void startAdd() {
    editing = null;
    subInventoryId = null;
    fill(null);
    loadGroups();
    try {
      productSubInventories =
          product.id() == null
              ? List.of()
              : subInventories.list(new SubInventoryFilter(product.id(), null, null, null), 0, ListQuery.MAX_PAGE).items();
      notForMall = product.id() == null ? Set.of() : listings.notForPointsMall(product.id());
    } catch (HavenException broken) {
      productSubInventories = List.of();
      messages.report(broken, null);
    }
    offerListable();
  }

  /**
   * Offers only the sub-inventories that can be listed in the chosen group: points-mall goods (R3),
   * not sold out, not listed there already; how many are left out, and why, is said under the
   * choice.
   */
  public void offerListable() {
    Set<Long> listed;
    try {
      listed = product.id() == null ? Set.of() : listings.listedInGroup(product.id(), groupId);
    } catch (HavenException broken) {
      listed = Set.of();
      messages.report(broken, null);
    }
    Set<Long> inGroup = listed;
    List<SubInventoryView> mallGoods = productSubInventories.stream().filter(s -> !notForMall.contains(s.id())).toList();
    ecommerce = productSubInventories.size() - mallGoods.size();
    soldOut = (int) mallGoods.stream().filter(s -> s.available() == 0).count();
    listedHere = (int) mallGoods.stream().filter(s -> s.available() > 0 && inGroup.contains(s.id())).count();
    subInventoryChoices = mallGoods.stream().filter(s -> s.available() > 0 && !inGroup.contains(s.id())).toList();
    if (subInventoryId != null && subInventoryChoices.stream().noneMatch(s -> s.id() == subInventoryId)) {
      subInventoryId = null;
    }
  }

  /** Why some of the product's sub-inventories are not offered (only the reasons that apply), or null when all are. */
  public String getLeftOut() {
    if (editing != null || soldOut + listedHere + ecommerce == 0) {
      return null;
    }
    List<String> reasons = new ArrayList<>();
    if (soldOut > 0) {
      reasons.add(messages.text("listing.subInventory.leftOut.soldOut", soldOut));
    }
    if (listedHere > 0) {
      reasons.add(messages.text("listing.subInventory.leftOut.listedHere", listedHere));
    }
    if (ecommerce > 0) {
      reasons.add(messages.text("listing.subInventory.leftOut.ecommerce", ecommerce));
    }
    return messages.text("listing.subInventory.leftOut", String.join(messages.text("listing.subInventory.leftOut.separator"), reasons));
  }

  public void startEdit() {
    try {
      editing = listings.get(RequestedRow.id("listing"));
      loadGroups();
      fill(editing);
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  public void startDetail() {
    try {
      selected = listings.get(RequestedRow.id("listing"));
    } catch (HavenException broken) {
      selected = null;
      messages.report(broken, null);
    }
  }

  private void fill(ListingView l) {
    displayName = l == null ? null : l.displayName();
    groupId = l == null ? null : l.groupId();
    exchangeMethod = l == null ? ExchangeMethod.PURE_POINTS : l.exchangeMethod();
    pointsCost = l == null ? null : l.pointsCost();
    cash = l == null || l.exchangeMethod() == ExchangeMethod.PURE_POINTS ? null : Yuan.of(l.cashFen());
    strikethrough = l == null ? null : Yuan.of(l.strikethroughFen());
    saleRule = l == null ? SaleRule.NONE : l.saleRule();
    flashStart = l == null ? null : Yuan.local(l.flashStart());
    flashEnd = l == null ? null : Yuan.local(l.flashEnd());
    intro = l == null ? null : l.intro();
    deliveryDays = l == null ? null : l.deliveryDays();
    description = l == null ? null : l.description();
  }

  /**
   * Every field error at once: what the view cannot even read (an amount with three decimals) is
   * kept and the boundary is still asked, with a value it refuses on the same field, so its own
   * errors of the other fields come back in the same answer and nothing is written.
   */
  public void save() {
    FieldErrors typed = new FieldErrors();
    try {
      ListingDraft draft = draft(typed);
      if (editing == null) {
        ListingView added = listings.add(product.id(), subInventoryId, draft);
        messages.info("listing.added", added.displayName());
      } else {
        ListingView changed = listings.edit(editing.id(), editing.version(), draft);
        editing = null;
        messages.info("listing.saved", changed.displayName());
      }
    } catch (HavenException broken) {
      messages.report(typed.with(broken), "listingForm");
      keepTimesShown();
    }
  }

  /**
   * A refused date picker would come back empty (its value has no standard converter to turn back
   * into text): show the times as typed, in the picker's own pattern.
   */
  private void keepTimesShown() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (String id : new String[] {"flashStart", "flashEnd"}) {
      if (faces.getViewRoot().findComponent("listingForm:" + id) instanceof UIInput input && !input.isValid()) {
        LocalDateTime value = "flashStart".equals(id) ? flashStart : flashEnd;
        input.setSubmittedValue(value == null ? null : PICKER.format(value));
      }
    }
  }

  /** The draft as typed; an unreadable amount is kept in {@code typed} and sent as -1, which the boundary refuses too. */
  private ListingDraft draft(FieldErrors typed) {
    boolean cashPart = exchangeMethod == ExchangeMethod.POINTS_PLUS_CASH;
    Long cashFen = cashPart ? typed.value(() -> Yuan.fen(cash, "cashFen", "mall.listing.cashFen.invalid"), -1L) : Long.valueOf(0);
    Long strikeFen = typed.value(() -> Yuan.fen(strikethrough, "strikethroughFen", "mall.listing.strikethrough.invalid"), -1L);
    boolean flash = saleRule == SaleRule.FLASH_SALE;
    return new ListingDraft(
        displayName, groupId, exchangeMethod, pointsCost == null ? 0 : pointsCost, cashFen == null ? 0 : cashFen, strikeFen, saleRule,
        flash ? Yuan.instant(flashStart) : null, flash ? Yuan.instant(flashEnd) : null, intro, deliveryDays, description);
  }

  public void putOnline() {
    try {
      ListingView changed = listings.online(RequestedRow.id("listing"));
      messages.info("listing.onlineDone", changed.displayName());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void takeOffline() {
    try {
      ListingView changed = listings.offline(RequestedRow.id("listing"));
      messages.info("listing.offlineDone", changed.displayName());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void voidListing() {
    try {
      ListingView changed = listings.voidListing(RequestedRow.id("listing"));
      messages.info("listing.voided", changed.displayName());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  /**
   * What a member pays for one unit with the price as typed so far, by the domain's own rule (SPEC:
   * rate 10, 1 point, 1 yuan → 0.90 yuan); null while the typed price is not a valid one.
   */
  public BigDecimal getPayablePreview() {
    ProductView current = product.current();
    if (current == null || exchangeMethod != ExchangeMethod.POINTS_PLUS_CASH || cash == null) {
      return null;
    }
    try {
      long fen = Yuan.fen(cash, "cashFen", "mall.listing.cashFen.invalid");
      Price price = Price.pointsPlusCash(pointsCost == null ? 0 : pointsCost, fen);
      return Yuan.of(price.payableFen(current.pointsRate()));
    } catch (HavenException | IllegalArgumentException notYetValid) {
      return null;
    }
  }

  public int getPointsRate() {
    ProductView current = product.current();
    return current == null ? 0 : current.pointsRate();
  }

  public BigDecimal yuan(Long fen) {
    return Yuan.of(fen);
  }

  public String groupLabel(long id, String name) {
    return groupChoices.stream().filter(g -> g.id() == id && g.isDefault()).findFirst().map(g -> messages.text("mallGroup.default")).orElse(name);
  }

  public String groupChoiceLabel(GroupView g) {
    return g.isDefault() ? messages.text("mallGroup.default") : g.name();
  }

  public String subInventoryLabel(SubInventoryView s) {
    return messages.text(
        "listing.subInventory.option", s.goodsName(), messages.text("goods.category." + s.category()), s.available(),
        messages.text(s.online() ? "subs.online" : "subs.offline"));
  }

  public List<ProductView> getProductChoices() {
    return product.choices();
  }

  public Long getProductId() {
    return product.id();
  }

  public void setProductId(Long productId) {
    product.choose(productId);
  }

  public List<GroupView> getGroupChoices() {
    return groupChoices;
  }

  public List<SubInventoryView> getSubInventoryChoices() {
    return subInventoryChoices;
  }

  public ListingStatus[] getStatuses() {
    return ListingStatus.values();
  }

  public ExchangeMethod[] getExchangeMethods() {
    return ExchangeMethod.values();
  }

  public SaleRule[] getSaleRules() {
    return SaleRule.values();
  }

  public PagedList<ListingView> getList() {
    return list;
  }

  public ListingView getEditing() {
    return editing;
  }

  public ListingView getSelected() {
    return selected;
  }

  public Long getGroupFilter() {
    return groupFilter;
  }

  public void setGroupFilter(Long groupFilter) {
    this.groupFilter = groupFilter;
  }

  public ListingStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(ListingStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getSubInventoryId() {
    return subInventoryId;
  }

  public void setSubInventoryId(Long subInventoryId) {
    this.subInventoryId = subInventoryId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  public ExchangeMethod getExchangeMethod() {
    return exchangeMethod;
  }

  public void setExchangeMethod(ExchangeMethod exchangeMethod) {
    this.exchangeMethod = exchangeMethod;
  }

  public Long getPointsCost() {
    return pointsCost;
  }

  public void setPointsCost(Long pointsCost) {
    this.pointsCost = pointsCost;
  }

  public BigDecimal getCash() {
    return cash;
  }

  public void setCash(BigDecimal cash) {
    this.cash = cash;
  }

  public BigDecimal getStrikethrough() {
    return strikethrough;
  }

  public void setStrikethrough(BigDecimal strikethrough) {
    this.strikethrough = strikethrough;
  }

  public SaleRule getSaleRule() {
    return saleRule;
  }

  public void setSaleRule(SaleRule saleRule) {
    this.saleRule = saleRule;
  }

  public LocalDateTime getFlashStart() {
    return flashStart;
  }

  public void setFlashStart(LocalDateTime flashStart) {
    this.flashStart = flashStart;
  }

  public LocalDateTime getFlashEnd() {
    return flashEnd;
  }

  public void setFlashEnd(LocalDateTime flashEnd) {
    this.flashEnd = flashEnd;
  }

  public String getIntro() {
    return intro;
  }

  public void setIntro(String intro) {
    this.intro = intro;
  }

  public Integer getDeliveryDays() {
    return deliveryDays;
  }

  public void setDeliveryDays(Integer deliveryDays) {
    this.deliveryDays = deliveryDays;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}

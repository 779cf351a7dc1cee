package io.haven.admin.inventory;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.ConsoleTime;
import io.haven.admin.console.LocaleSwitch;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.FieldErrors;
import io.haven.common.UploadedImage;
import io.haven.inventory.boundary.AllocationRequest;
import io.haven.inventory.boundary.Allocations;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.boundary.CdkUploads;
import io.haven.inventory.boundary.GoodsFilter;
import io.haven.inventory.boundary.GoodsImages;
import io.haven.inventory.boundary.GoodsView;
import io.haven.inventory.boundary.NewGoods;
import io.haven.inventory.boundary.SubInventoryView;
import io.haven.inventory.boundary.TotalInventory;
import io.haven.inventory.control.DuplicateCodes;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsDetails;
import io.haven.inventory.entity.GoodsImage;
import io.haven.inventory.entity.GoodsImageKind;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsSource;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.inventory.entity.PointsType;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * R3–R5 企业总库存: goods searched, filtered and paged on the server; added and edited in one
 * dialog with two images (checked on upload and again by the boundary on save); add stock; CDK
 * code uploads; allocation to a product. Row actions carry only the goods id, which the
 * boundaries look up within the signed-in enterprise.
 */
@Named
@ViewScoped
public class TotalInventoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TotalInventory inventory;
  @Inject Allocations allocations;
  @Inject SubInventories subInventories;
  @Inject CdkUploads cdkUploads;
  @Inject GoodsImages images;
  @Inject Products products;
  @Inject ConsoleMessages messages;
  @Inject LocaleSwitch language;

  private String search;
  private GoodsCategory categoryFilter;
  private GoodsSource sourceFilter;
  private GoodsPurpose purposeFilter;
  private final PagedList<GoodsView> list =
      new PagedList<>(
          (first, size) -> inventory.list(new GoodsFilter(search, categoryFilter, sourceFilter, purposeFilter), first, size),
          GoodsView::id,
          10);

  /** ?detail={id}: opens that goods' detail on load (a link from elsewhere, or a forged id). */
  private Long requestedDetail;

  // Goods dialog
  private GoodsView editing;
  private GoodsPurpose purpose;
  private GoodsCategory category;
  private String name;
  private GoodsSource source;
  private String redemptionInstructions;
  private BigDecimal price;
  private Long initialStock;
  private LocalDateTime expiresAt;
  private String supportedPlatform;
  private String tags;
  private String notes;
  private byte[] cover;
  private String coverName;
  private byte[] detailImage;
  private String detailName;

  // Detail, stock, CDK and allocation dialogs
  private GoodsView selected;
  private Long stockQuantity;
  private CdkUploads.CdkUploadResult lastUpload;
  private Long productId;
  /** The chosen product's sub-inventory of the selected goods, when there is one: the dialog replenishes it. */
  private SubInventoryView existing;
  private Long quantity;
  private boolean autoAward = true;
  private Integer perUserLimit = -1;
  private LimitPeriod perUserPeriod;
  private Integer perDeviceLimit = -1;
  private LimitPeriod perDevicePeriod;
  private Long totalCap = -1L;
  // "不限" switches: an operator turns a limit on instead of typing -1 (SPEC: -1 is unlimited)
  private boolean perUserUnlimited = true;
  private boolean perDeviceUnlimited = true;
  private boolean totalCapUnlimited = true;
  private LocalDateTime effectiveFrom;
  private LocalDateTime effectiveTo;
  private String allocationNotes;
  private String link;
  private Long points;
  private String pointsAppId;
  private PointsType pointsType;
  private BigDecimal amount;
  private String merchantName;
  private String activityName;
  private String blessing;
  private List<ProductView> productChoices;

  public void search() {
    list.firstPage("goods:table");
  }

  public void clearFilters() {
    search = null;
    categoryFilter = null;
    sourceFilter = null;
    purposeFilter = null;
    search();
  }

  public boolean isFiltered() {
    return search != null && !search.isBlank() || categoryFilter != null || sourceFilter != null || purposeFilter != null;
  }

  /** Opens the detail of ?detail={id} after the page loads; an unknown or foreign id says "not found". */
  public void openRequested() {
    if (requestedDetail == null) {
      return;
    }
    // Before rendering, the view has not taken the console's language yet; its message must.
    FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
    try {
      selected = inventory.get(requestedDetail);
      PrimeFaces.current().executeScript("PF('detailDialog').show()");
    } catch (HavenException broken) {
      selected = null;
      messages.report(broken, null);
    }
  }

  // ---- add / edit

  public void startAdd() {
    editing = null;
    purpose = GoodsPurpose.POINTS_MALL;
    category = GoodsCategory.PHYSICAL;
    name = null;
    source = GoodsSource.OWN;
    redemptionInstructions = null;
    price = null;
    initialStock = 0L;
    expiresAt = null;
    supportedPlatform = null;
    tags = null;
    notes = null;
    cover = null;
    coverName = null;
    detailImage = null;
    detailName = null;
  }

  public void startEdit() {
    try {
      startAdd();
      editing = inventory.get(RequestedRow.id("goods"));
      purpose = editing.purpose();
      category = editing.category();
      name = editing.name();
      source = editing.source();
      redemptionInstructions = editing.redemptionInstructions();
      price = ConsoleAmounts.yuan(editing.priceFen());
      expiresAt = ConsoleAmounts.local(editing.expiresAt());
      supportedPlatform = editing.supportedPlatform();
      tags = String.join(", ", editing.tags());
      notes = editing.notes();
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  public void coverUploaded(FileUploadEvent event) {
    byte[] bytes = event.getFile().getContent();
    try {
      UploadedImage.check("cover", bytes, GoodsImage.MAX_BYTES);
      cover = bytes;
      coverName = event.getFile().getFileName();
    } catch (HavenException broken) {
      cover = null;
      coverName = null;
      messages.report(broken, "goodsForm");
    }
  }

  public void detailUploaded(FileUploadEvent event) {
    byte[] bytes = event.getFile().getContent();
    try {
      UploadedImage.check("detail", bytes, GoodsImage.MAX_BYTES);
      detailImage = bytes;
      detailName = event.getFile().getFileName();
    } catch (HavenException broken) {
      detailImage = null;
      detailName = null;
      messages.report(broken, "goodsForm");
    }
  }

  /**
   * Every field error at once: a price left empty or typed with three decimals is sent as -1, which
   * the boundary refuses on the same field while it checks all the others (nothing is written).
   */
  public void save() {
    FieldErrors typed = new FieldErrors();
    try {
      long priceFen = price == null ? -1 : typed.value(() -> ConsoleAmounts.fen(price, "priceFen"), -1L);
      var details =
          new GoodsDetails(
              name,
              source,
              redemptionInstructions,
              priceFen,
              ConsoleAmounts.instant(expiresAt),
              supportedPlatform,
              tags == null ? List.of() : List.of(tags),
              notes);
      GoodsView saved;
      if (editing == null) {
        saved = inventory.add(new NewGoods(purpose, category, details, initialStock == null ? 0 : initialStock, cover, detailImage));
        messages.info("goods.added", saved.name());
      } else {
        saved = inventory.change(editing.id(), editing.version(), details);
        if (cover != null) {
          images.upload(saved.id(), GoodsImageKind.COVER, cover);
        }
        if (detailImage != null) {
          images.upload(saved.id(), GoodsImageKind.DETAIL, detailImage);
        }
        messages.info("goods.saved", saved.name());
      }
      editing = null;
    } catch (HavenException broken) {
      messages.report(typed.with(broken), "goodsForm");
    }
  }

  // ---- detail, stock, CDK

  public void startDetail() {
    select();
  }

  public void startAddStock() {
    stockQuantity = null;
    select();
  }

  public void addStock() {
    try {
      GoodsView changed = inventory.addStock(selected.id(), stockQuantity == null ? 0 : stockQuantity);
      messages.info("goods.stockAdded", stockQuantity, changed.name(), changed.stockTotal());
    } catch (HavenException broken) {
      messages.report(broken, "stockForm");
    }
  }

  public void startCdkUpload() {
    lastUpload = null;
    select();
  }

  public void cdkUploaded(FileUploadEvent event) {
    try {
      lastUpload = cdkUploads.upload(selected.id(), event.getFile().getContent());
      selected = inventory.get(selected.id());
      messages.info("cdk.uploaded", lastUpload.added(), selected.name());
    } catch (DuplicateCodes duplicates) {
      lastUpload = null;
      messages.report(duplicates, "cdkForm", duplicates.count(), duplicates.shown());
    } catch (HavenException broken) {
      lastUpload = null;
      messages.report(broken, "cdkForm");
    }
  }

  // ---- allocation

  public void startAllocate() {
    select();
    productId = null;
    quantity = null;
    autoAward = true;
    perUserLimit = null;
    perUserUnlimited = true;
    perUserPeriod = LimitPeriod.DAY;
    perDeviceLimit = null;
    perDeviceUnlimited = true;
    perDevicePeriod = LimitPeriod.DAY;
    totalCap = null;
    totalCapUnlimited = true;
    LocalDateTime now = LocalDateTime.now(ConsoleTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
    effectiveFrom = now;
    effectiveTo = now.plusMonths(1);
    allocationNotes = null;
    link = null;
    points = null;
    pointsAppId = null;
    pointsType = PointsType.HOSTED;
    amount = null;
    merchantName = null;
    activityName = null;
    blessing = null;
    productChoices = null;
    existing = null;
  }

  /**
   * The product was chosen: if the goods already have a sub-inventory there, the dialog says so at
   * once and turns into a replenishment of it (R6) — not a refusal after the whole form is filled.
   */
  public void productChanged() {
    try {
      existing = productId == null || selected == null ? null : subInventories.ofGoods(selected.id(), productId).orElse(null);
    } catch (HavenException broken) {
      existing = null;
      messages.report(broken, "allocationForm");
    }
  }

  /**
   * Every field error at once: the product, the quantity and the terms are checked together by the
   * boundary; an amount typed with three decimals is sent as -1, which it refuses on the same field.
   */
  public void allocate() {
    FieldErrors typed = new FieldErrors();
    try {
      if (productId != null && existing != null && existing.productId() == productId) {
        SubInventoryView sub = subInventories.replenish(existing.id(), quantity == null ? 0 : quantity);
        messages.info("allocation.replenished", quantity, sub.goodsName(), sub.productName(), sub.available());
        return;
      }
      var request =
          new AllocationRequest(
              autoAward,
              perUserUnlimited ? -1 : perUserLimit == null ? 0 : perUserLimit,
              perUserPeriod,
              perDeviceUnlimited ? -1 : perDeviceLimit == null ? 0 : perDeviceLimit,
              perDevicePeriod,
              totalCapUnlimited ? -1 : totalCap == null ? -2 : totalCap,
              ConsoleAmounts.instant(effectiveFrom),
              ConsoleAmounts.instant(effectiveTo),
              allocationNotes,
              link,
              points,
              pointsAppId,
              pointsType,
              typed.value(() -> ConsoleAmounts.fen(amount, "amountFen"), -1L),
              merchantName,
              activityName,
              blessing);
      SubInventoryView sub = allocations.allocate(selected.id(), productId, quantity == null ? 0 : quantity, request);
      messages.info("allocation.done", sub.available(), sub.goodsName(), sub.productName());
    } catch (HavenException broken) {
      messages.report(typed.with(broken), "allocationForm");
    }
  }

  public boolean isPerUserUnlimited() {
    return perUserUnlimited;
  }

  public void setPerUserUnlimited(boolean perUserUnlimited) {
    this.perUserUnlimited = perUserUnlimited;
  }

  public boolean isPerDeviceUnlimited() {
    return perDeviceUnlimited;
  }

  public void setPerDeviceUnlimited(boolean perDeviceUnlimited) {
    this.perDeviceUnlimited = perDeviceUnlimited;
  }

  public boolean isTotalCapUnlimited() {
    return totalCapUnlimited;
  }

  public void setTotalCapUnlimited(boolean totalCapUnlimited) {
    this.totalCapUnlimited = totalCapUnlimited;
  }

  public SubInventoryView getExisting() {
    return existing;
  }

  public List<ProductView> getProductChoices() {
    if (productChoices == null) {
      productChoices = products.list(null, 0, 200).items();
    }
    return productChoices;
  }

  private void select() {
    try {
      selected = inventory.get(RequestedRow.id("goods"));
    } catch (HavenException broken) {
      selected = null;
      messages.report(broken, null);
    }
  }

  /** The image servlet's path (h:graphicImage adds the context path). */
  public String imageUrl(long goodsId, String kind) {
    return "/inventory/images/" + goodsId + "/" + kind;
  }

  public BigDecimal yuan(long fen) {
    return ConsoleAmounts.yuan(fen);
  }

  public GoodsCategory[] getCategories() {
    return GoodsCategory.values();
  }

  public GoodsSource[] getSources() {
    return GoodsSource.values();
  }

  public GoodsPurpose[] getPurposes() {
    return GoodsPurpose.values();
  }

  public LimitPeriod[] getPeriods() {
    return LimitPeriod.values();
  }

  public PointsType[] getPointsTypes() {
    return PointsType.values();
  }

  // ---- getters and setters

  public PagedList<GoodsView> getList() {
    return list;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public GoodsCategory getCategoryFilter() {
    return categoryFilter;
  }

  public void setCategoryFilter(GoodsCategory categoryFilter) {
    this.categoryFilter = categoryFilter;
  }

  public GoodsSource getSourceFilter() {
    return sourceFilter;
  }

  public void setSourceFilter(GoodsSource sourceFilter) {
    this.sourceFilter = sourceFilter;
  }

  public GoodsPurpose getPurposeFilter() {
    return purposeFilter;
  }

  public void setPurposeFilter(GoodsPurpose purposeFilter) {
    this.purposeFilter = purposeFilter;
  }

  public Long getRequestedDetail() {
    return requestedDetail;
  }

  public void setRequestedDetail(Long requestedDetail) {
    this.requestedDetail = requestedDetail;
  }

  public GoodsView getEditing() {
    return editing;
  }

  public GoodsPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(GoodsPurpose purpose) {
    this.purpose = purpose;
  }

  public GoodsCategory getCategory() {
    return category;
  }

  public void setCategory(GoodsCategory category) {
    this.category = category;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public GoodsSource getSource() {
    return source;
  }

  public void setSource(GoodsSource source) {
    this.source = source;
  }

  public String getRedemptionInstructions() {
    return redemptionInstructions;
  }

  public void setRedemptionInstructions(String redemptionInstructions) {
    this.redemptionInstructions = redemptionInstructions;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Long getInitialStock() {
    return initialStock;
  }

  public void setInitialStock(Long initialStock) {
    this.initialStock = initialStock;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(LocalDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public String getSupportedPlatform() {
    return supportedPlatform;
  }

  public void setSupportedPlatform(String supportedPlatform) {
    this.supportedPlatform = supportedPlatform;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getCoverName() {
    return coverName;
  }

  public String getDetailName() {
    return detailName;
  }

  public GoodsView getSelected() {
    return selected;
  }

  public Long getStockQuantity() {
    return stockQuantity;
  }

  public void setStockQuantity(Long stockQuantity) {
    this.stockQuantity = stockQuantity;
  }

  public CdkUploads.CdkUploadResult getLastUpload() {
    return lastUpload;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public Long getQuantity() {
    return quantity;
  }

  public void setQuantity(Long quantity) {
    this.quantity = quantity;
  }

  public boolean isAutoAward() {
    return autoAward;
  }

  public void setAutoAward(boolean autoAward) {
    this.autoAward = autoAward;
  }

  public Integer getPerUserLimit() {
    return perUserLimit;
  }

  public void setPerUserLimit(Integer perUserLimit) {
    this.perUserLimit = perUserLimit;
  }

  public LimitPeriod getPerUserPeriod() {
    return perUserPeriod;
  }

  public void setPerUserPeriod(LimitPeriod perUserPeriod) {
    this.perUserPeriod = perUserPeriod;
  }

  public Integer getPerDeviceLimit() {
    return perDeviceLimit;
  }

  public void setPerDeviceLimit(Integer perDeviceLimit) {
    this.perDeviceLimit = perDeviceLimit;
  }

  public LimitPeriod getPerDevicePeriod() {
    return perDevicePeriod;
  }

  public void setPerDevicePeriod(LimitPeriod perDevicePeriod) {
    this.perDevicePeriod = perDevicePeriod;
  }

  public Long getTotalCap() {
    return totalCap;
  }

  public void setTotalCap(Long totalCap) {
    this.totalCap = totalCap;
  }

  public LocalDateTime getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDateTime effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public LocalDateTime getEffectiveTo() {
    return effectiveTo;
  }

  public void setEffectiveTo(LocalDateTime effectiveTo) {
    this.effectiveTo = effectiveTo;
  }

  public String getAllocationNotes() {
    return allocationNotes;
  }

  public void setAllocationNotes(String allocationNotes) {
    this.allocationNotes = allocationNotes;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public Long getPoints() {
    return points;
  }

  public void setPoints(Long points) {
    this.points = points;
  }

  public String getPointsAppId() {
    return pointsAppId;
  }

  public void setPointsAppId(String pointsAppId) {
    this.pointsAppId = pointsAppId;
  }

  public PointsType getPointsType() {
    return pointsType;
  }

  public void setPointsType(PointsType pointsType) {
    this.pointsType = pointsType;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getMerchantName() {
    return merchantName;
  }

  public void setMerchantName(String merchantName) {
    this.merchantName = merchantName;
  }

  public String getActivityName() {
    return activityName;
  }

  public void setActivityName(String activityName) {
    this.activityName = activityName;
  }

  public String getBlessing() {
    return blessing;
  }

  public void setBlessing(String blessing) {
    this.blessing = blessing;
  }
}

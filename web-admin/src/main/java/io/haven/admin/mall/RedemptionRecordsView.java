package io.haven.admin.mall;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.ListQuery;
import io.haven.mall.boundary.RedemptionRecords;
import io.haven.mall.boundary.RedemptionView;
import io.haven.mall.entity.RedemptionStatus;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * M4 商品兑换记录: filtered by order number, member account, goods source, status, product and
 * redemption day, paged on the server; the detail with the award and shipping address; shipping a
 * physical redemption (courier, tracking number); the CSV of the filtered or of all records is
 * downloaded from {@link RedemptionExportServlet}. CDK codes are masked in the detail until the
 * operator asks to see them: a glance over a shoulder should not hand out a code.
 */
@Named
@ViewScoped
public class RedemptionRecordsView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final List<String> SOURCES = List.of("OWN", "PURCHASED", "FREE");

  @Inject RedemptionRecords records;
  @Inject Products products;
  @Inject ConsoleMessages messages;

  private List<ProductView> productChoices;
  private String orderNumber;
  private String memberAccount;
  private String goodsSource;
  private LocalDate from;
  private LocalDate to;
  private Long productId;
  private RedemptionStatus status;
  /** The filter of the list on screen (and of the "filtered" download): set by search, not by typing. */
  private RecordFilter applied = RecordFilter.NONE;
  private final PagedList<RedemptionView> list =
      new PagedList<>((first, size) -> records.list(applied.toBoundary(), first, size), RedemptionView::id, 20);

  private RedemptionView selected;
  private boolean codesShown;
  private String courier;
  private String trackingNumber;

  @PostConstruct
  void init() {
    productChoices = products.list(null, 0, ListQuery.MAX_PAGE).items();
  }

  public void search() {
    applied = new RecordFilter(orderNumber, memberAccount, goodsSource, from, to, productId, status);
    list.firstPage("records:table");
  }

  public void clear() {
    orderNumber = null;
    memberAccount = null;
    goodsSource = null;
    from = null;
    to = null;
    productId = null;
    status = null;
    search();
  }

  public boolean isFiltered() {
    return !applied.equals(RecordFilter.NONE);
  }

  /** The download of the records on screen (or of all), relative to the console's root. */
  public String exportUrl(boolean filtered) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    String query = filtered ? applied.queryString() : "";
    return context + RedemptionExportServlet.PATH + (query.isEmpty() ? "" : "?" + query);
  }

  public void startDetail() {
    codesShown = false;
    select();
  }

  public void showCodes() {
    codesShown = true;
  }

  public void startShip() {
    courier = null;
    trackingNumber = null;
    select();
  }

  private void select() {
    try {
      selected = records.detail(RequestedRow.id("redemption"));
    } catch (HavenException broken) {
      selected = null;
      messages.report(broken, null);
    }
  }

  public void ship() {
    try {
      RedemptionView shipped = records.ship(selected.id(), courier, trackingNumber);
      selected = shipped;
      messages.info("records.shipped", shipped.orderNumber());
    } catch (HavenException broken) {
      messages.report(broken, "shipForm");
    }
  }

  /** A CDK code with all but its last four characters hidden (the whole code once asked for). */
  public String code(String code) {
    return codesShown ? code : io.haven.mall.boundary.RedemptionRecords.masked(code);
  }

  public BigDecimal yuan(Long fen) {
    return Yuan.of(fen);
  }

  public String productName(long id) {
    return productChoices.stream().filter(p -> p.id() == id).map(ProductView::name).findFirst().orElse("");
  }

  public List<ProductView> getProductChoices() {
    return productChoices;
  }

  public List<String> getSources() {
    return SOURCES;
  }

  public RedemptionStatus[] getStatuses() {
    return RedemptionStatus.values();
  }

  public PagedList<RedemptionView> getList() {
    return list;
  }

  public RedemptionView getSelected() {
    return selected;
  }

  public boolean isCodesShown() {
    return codesShown;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public void setOrderNumber(String orderNumber) {
    this.orderNumber = orderNumber;
  }

  public String getMemberAccount() {
    return memberAccount;
  }

  public void setMemberAccount(String memberAccount) {
    this.memberAccount = memberAccount;
  }

  public String getGoodsSource() {
    return goodsSource;
  }

  public void setGoodsSource(String goodsSource) {
    this.goodsSource = goodsSource;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public RedemptionStatus getStatus() {
    return status;
  }

  public void setStatus(RedemptionStatus status) {
    this.status = status;
  }

  public String getCourier() {
    return courier;
  }

  public void setCourier(String courier) {
    this.courier = courier;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public void setTrackingNumber(String trackingNumber) {
    this.trackingNumber = trackingNumber;
  }
}

package io.haven.admin.coupons;

import io.haven.admin.console.PagedList;
import io.haven.coupons.boundary.SettlementRecord;
import io.haven.coupons.boundary.SettlementRecords;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** C5 核销记录: verifications filtered by day and coupon name, paged; the CSV of the filtered or of all. */
@Named
@ViewScoped
public class SettlementRecordsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SettlementRecords records;

  private LocalDate from;
  private LocalDate to;
  private String couponName;
  private SettlementFilter applied = SettlementFilter.ALL;
  private final PagedList<SettlementRecord> list =
      new PagedList<>((first, size) -> records.list(applied.fromInstant(), applied.toInstant(), applied.couponName(), first, size), SettlementRecord::id, 20);

  public void search() {
    applied = new SettlementFilter(from, to, couponName);
    list.firstPage("records:table");
  }

  public void clear() {
    from = null;
    to = null;
    couponName = null;
    search();
  }

  public boolean isFiltered() {
    return !applied.equals(SettlementFilter.ALL) && !applied.queryString().isEmpty();
  }

  public String exportUrl(boolean filtered) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    String query = filtered ? applied.queryString() : "";
    return context + SettlementExportServlet.PATH + (query.isEmpty() ? "" : "?" + query);
  }

  public PagedList<SettlementRecord> getList() { return list; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
  public String getCouponName() { return couponName; }
  public void setCouponName(String couponName) { this.couponName = couponName; }
}

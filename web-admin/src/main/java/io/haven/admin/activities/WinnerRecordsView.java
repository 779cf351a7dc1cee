package io.haven.admin.activities;

import io.haven.activities.boundary.Activities;
import io.haven.activities.boundary.ActivityFilter;
import io.haven.activities.boundary.ActivityRecords;
import io.haven.activities.boundary.ActivitySummary;
import io.haven.activities.boundary.PlayRecord;
import io.haven.activities.entity.PlayStatus;
import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.ListQuery;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A4 winner records: plays filtered by activity, member account, status, day and winners only,
 * paged on the server; the detail with the award and the address; shipping a physical prize
 * (courier, tracking number); the CSV of the filtered or of all records from
 * {@link WinnerExportServlet}. CDK codes are masked until asked for, as in the mall's records.
 */
@Named
@ViewScoped
public class WinnerRecordsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ActivityRecords records;
  @Inject Activities activities;
  @Inject ConsoleMessages messages;

  private List<ActivitySummary> activityChoices;
  private Long activityId;
  private String memberAccount;
  private PlayStatus status;
  private LocalDate from;
  private LocalDate to;
  private boolean winsOnly = true;
  /** The filter of the list on screen (and of the "filtered" download): set by search, not by typing. */
  private WinnerFilter applied = WinnerFilter.WINNERS;
  private final PagedList<PlayRecord> list = new PagedList<>((first, size) -> records.list(applied.toBoundary(), first, size), PlayRecord::id, 20);

  private PlayRecord selected;
  private boolean codesShown;
  private String courier;
  private String trackingNumber;

  @PostConstruct
  void init() {
    activityChoices = activities.list(ActivityFilter.any(), 0, ListQuery.MAX_PAGE).items();
    String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("activity");
    if (wanted != null && wanted.matches("\\d{1,18}")) {
      long id = Long.parseLong(wanted);
      if (activityChoices.stream().anyMatch(a -> a.id() == id)) {
        activityId = id;
        applied = new WinnerFilter(activityId, null, null, null, null, true);
      }
    }
  }

  public void search() {
    applied = new WinnerFilter(activityId, memberAccount, status, from, to, winsOnly);
    list.firstPage("records:table");
  }

  public void clear() {
    activityId = null;
    memberAccount = null;
    status = null;
    from = null;
    to = null;
    winsOnly = true;
    search();
  }

  /** Whether the list shows less than the page's first view (every winner). */
  public boolean isFiltered() {
    return !applied.equals(WinnerFilter.WINNERS);
  }

  public String exportUrl(boolean filtered) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    String query = filtered ? applied.queryString() : "";
    return context + WinnerExportServlet.PATH + (query.isEmpty() ? "" : "?" + query);
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
      selected = records.detail(RequestedRow.id("play"));
    } catch (HavenException broken) {
      selected = null;
      messages.report(broken, null);
    }
  }

  public void ship() {
    try {
      selected = records.ship(selected.id(), courier, trackingNumber);
      messages.info("winners.shipped", selected.prizeName());
    } catch (HavenException broken) {
      messages.report(broken, "shipForm");
    }
  }

  /** A CDK code with all but its last four characters hidden (the whole code once asked for). */
  public String code(String code) {
    if (codesShown || code == null || code.length() <= 4) {
      return code;
    }
    return "•".repeat(Math.min(8, code.length() - 4)) + code.substring(code.length() - 4);
  }

  public List<ActivitySummary> getActivityChoices() { return activityChoices; }
  public PlayStatus[] getStatuses() { return PlayStatus.values(); }
  public PagedList<PlayRecord> getList() { return list; }
  public PlayRecord getSelected() { return selected; }
  public boolean isCodesShown() { return codesShown; }
  public Long getActivityId() { return activityId; }
  public void setActivityId(Long activityId) { this.activityId = activityId; }
  public String getMemberAccount() { return memberAccount; }
  public void setMemberAccount(String memberAccount) { this.memberAccount = memberAccount; }
  public PlayStatus getStatus() { return status; }
  public void setStatus(PlayStatus status) { this.status = status; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
  public boolean isWinsOnly() { return winsOnly; }
  public void setWinsOnly(boolean winsOnly) { this.winsOnly = winsOnly; }
  public String getCourier() { return courier; }
  public void setCourier(String courier) { this.courier = courier; }
  public String getTrackingNumber() { return trackingNumber; }
  public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
}

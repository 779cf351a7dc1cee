package io.haven.admin.activities;

import io.haven.activities.boundary.Activities;
import io.haven.activities.boundary.ActivityFilter;
import io.haven.activities.boundary.ActivitySummary;
import io.haven.activities.boundary.ActivityView;
import io.haven.activities.entity.ActivityStatus;
import io.haven.activities.entity.ActivityType;
import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.admin.mall.ProductChoice;
import io.haven.admin.mall.StorefrontOrigin;
import io.haven.common.HavenException;
import io.haven.common.Page;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * A3 activity management of one product: the list filtered by title, type and status and paged on
 * the server; details with the exact odds and the fairness commitment; publish (the seed is
 * committed), online/offline, delete (refused once played: offline instead) — each after a
 * confirmation; the member link to copy and the QR code (M5). The create/edit dialog is
 * {@link ActivityEditView}.
 */
@Named
@ViewScoped
public class ActivitiesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Activities activities;
  @Inject Products products;
  @Inject ConsoleMessages messages;

  private ProductChoice product;
  private String search;
  private ActivityType typeFilter;
  private ActivityStatus statusFilter;
  private final PagedList<ActivitySummary> list =
      new PagedList<>(
          (first, size) ->
              product.id() == null ? new Page<>(List.of(), 0) : activities.list(new ActivityFilter(product.id(), search, typeFilter, statusFilter), first, size),
          ActivitySummary::id,
          10);

  private ActivityView selected;

  @PostConstruct
  void init() {
    product = new ProductChoice(products);
  }

  public void search() {
    list.firstPage("activities:table");
  }

  public void clearFilters() {
    search = null;
    typeFilter = null;
    statusFilter = null;
    search();
  }

  public boolean isFiltered() {
    return typeFilter != null || statusFilter != null || search != null && !search.isBlank();
  }

  public void startDetail() {
    try {
      selected = activities.get(RequestedRow.id("activity"));
    } catch (HavenException broken) {
      selected = null;
      messages.report(broken, null);
    }
  }

  public void publish() {
    try {
      ActivityView done = activities.publish(RequestedRow.id("activity"));
      messages.info("activity.published", done.title());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void takeOffline() {
    try {
      ActivityView done = activities.takeOffline(RequestedRow.id("activity"));
      messages.info("activity.offlineDone", done.title());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void delete() {
    try {
      long id = RequestedRow.id("activity");
      String title = activities.get(id).title();
      activities.delete(id);
      messages.info("activity.deleted", title);
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  /** The member's page of the activity, absolute, to copy. */
  public String memberLink(long activityId) {
    ProductView current = product.current();
    if (current == null) {
      return "";
    }
    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return StorefrontOrigin.of(request) + "/store/" + current.appId() + "/activities/" + activityId;
  }

  /** The QR code of the activity's page (M5), relative to the console's root. */
  public String qrUrl(long activityId, boolean download) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return context + ActivityPromotionServlet.PATH + "?activity=" + activityId + (download ? "&download=1" : "");
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

  public ActivityType[] getTypes() {
    return ActivityType.values();
  }

  public ActivityStatus[] getStatuses() {
    return ActivityStatus.values();
  }

  public PagedList<ActivitySummary> getList() {
    return list;
  }

  public ActivityView getSelected() {
    return selected;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public ActivityType getTypeFilter() {
    return typeFilter;
  }

  public void setTypeFilter(ActivityType typeFilter) {
    this.typeFilter = typeFilter;
  }

  public ActivityStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(ActivityStatus statusFilter) {
    this.statusFilter = statusFilter;
  }
}

package io.haven.admin.members;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.ConsoleTime;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.members.boundary.MemberTaskSettings;
import io.haven.members.boundary.MemberTaskView;
import io.haven.members.boundary.MemberTasks;
import io.haven.members.entity.MemberTaskStatus;
import io.haven.tasks.entity.CycleType;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * V4: the enterprise's member tasks, filtered by product and status and searched by name or code;
 * added and edited in one dialog; switched online/offline after confirmation.
 */
@Named
@ViewScoped
public class MemberTasksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MemberTasks tasks;
  @Inject Products productsBoundary;
  @Inject ConsoleMessages messages;

  private ProductChoice products;
  private Long productFilter;
  private MemberTaskStatus statusFilter;
  private String search;
  private final PagedList<MemberTaskView> list =
      new PagedList<>((first, size) -> tasks.list(productFilter, statusFilter, search, first, size), MemberTaskView::id, 10);

  private MemberTaskView editing;
  private Long productId;
  private String code;
  private String name;
  private Integer growth;
  private CycleType cycleType = CycleType.DAY;
  private Integer cycleCount = 1;
  private Integer perCycle = 1;
  private LocalDateTime onlineFrom;
  private LocalDateTime onlineTo;
  private String description;

  @PostConstruct
  void init() {
    products = new ProductChoice(productsBoundary);
  }

  public void search() {
    list.firstPage("tasks:table");
  }

  public void startAdd() {
    editing = null;
    productId = productFilter != null ? productFilter : products.first();
    code = null;
    name = null;
    growth = null;
    cycleType = CycleType.DAY;
    cycleCount = 1;
    perCycle = 1;
    onlineFrom = null;
    onlineTo = null;
    description = null;
  }

  public void startEdit() {
    try {
      editing = tasks.get(RequestedRow.id("task"));
      productId = editing.productId();
      code = editing.code();
      name = editing.name();
      growth = editing.growth();
      cycleType = editing.cycleType();
      cycleCount = editing.cycleCount();
      perCycle = editing.perCycle();
      onlineFrom = local(editing.onlineFrom());
      onlineTo = local(editing.onlineTo());
      description = editing.description();
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  public void save() {
    MemberTaskSettings settings =
        new MemberTaskSettings(code, name, growth, cycleType, cycleCount, perCycle, instant(onlineFrom), instant(onlineTo), description);
    try {
      if (editing == null) {
        if (productId == null) {
          messages.error("levels.noProduct");
          return;
        }
        MemberTaskView added = tasks.add(productId, settings);
        messages.info("memberTasks.added", added.name());
      } else {
        MemberTaskView changed = tasks.change(editing.id(), editing.version(), settings);
        editing = null;
        messages.info("memberTasks.saved", changed.name());
      }
    } catch (HavenException broken) {
      messages.report(broken, "taskForm");
    }
  }

  public void switchStatus() {
    try {
      long id = RequestedRow.id("task");
      MemberTaskView task = tasks.get(id);
      MemberTaskStatus next = task.status() == MemberTaskStatus.ONLINE ? MemberTaskStatus.OFFLINE : MemberTaskStatus.ONLINE;
      tasks.switchStatus(id, next);
      messages.info(next == MemberTaskStatus.ONLINE ? "memberTasks.online" : "memberTasks.offline", task.name());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public String productName(long id) {
    return products.nameOf(id);
  }

  private static LocalDateTime local(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, ConsoleTime.ZONE);
  }

  private static Instant instant(LocalDateTime at) {
    return at == null ? null : at.atZone(ConsoleTime.ZONE).toInstant();
  }

  public List<ProductView> getProducts() {
    return products.all();
  }

  public CycleType[] getCycleTypes() {
    return CycleType.values();
  }

  public MemberTaskStatus[] getStatuses() {
    return MemberTaskStatus.values();
  }

  public PagedList<MemberTaskView> getList() {
    return list;
  }

  public MemberTaskView getEditing() {
    return editing;
  }

  public Long getProductFilter() {
    return productFilter;
  }

  public void setProductFilter(Long productFilter) {
    this.productFilter = productFilter;
  }

  public MemberTaskStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(MemberTaskStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getGrowth() {
    return growth;
  }

  public void setGrowth(Integer growth) {
    this.growth = growth;
  }

  public CycleType getCycleType() {
    return cycleType;
  }

  public void setCycleType(CycleType cycleType) {
    this.cycleType = cycleType;
  }

  public Integer getCycleCount() {
    return cycleCount;
  }

  public void setCycleCount(Integer cycleCount) {
    this.cycleCount = cycleCount;
  }

  public Integer getPerCycle() {
    return perCycle;
  }

  public void setPerCycle(Integer perCycle) {
    this.perCycle = perCycle;
  }

  public LocalDateTime getOnlineFrom() {
    return onlineFrom;
  }

  public void setOnlineFrom(LocalDateTime onlineFrom) {
    this.onlineFrom = onlineFrom;
  }

  public LocalDateTime getOnlineTo() {
    return onlineTo;
  }

  public void setOnlineTo(LocalDateTime onlineTo) {
    this.onlineTo = onlineTo;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}

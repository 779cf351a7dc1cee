package io.haven.admin.tasks;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.ConsoleTime;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.tasks.boundary.PointsTasks;
import io.haven.tasks.boundary.TaskInput;
import io.haven.tasks.boundary.TaskView;
import io.haven.tasks.boundary.TemplateChoice;
import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.TaskClass;
import io.haven.tasks.entity.TaskImage;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskStatus;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.primefaces.event.FileUploadEvent;

/**
 * K1–K3: the enterprise's points tasks, filtered and paged on the server; a new task is made from a
 * template chosen in a picker grouped by class (templates the edition does not allow are shown
 * disabled with the reason); the form shows the common settings and the template's own. Editing
 * needs the task offline: the boundary refuses otherwise and the page says so.
 */
@Named
@ViewScoped
public class TasksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PointsTasks tasks;
  @Inject Products products;
  @Inject ConsoleMessages messages;

  private TaskStatus statusFilter;
  private TaskClass classFilter;
  private String search;
  private final PagedList<TaskView> list =
      new PagedList<>((first, size) -> tasks.list(statusFilter, classFilter, search, first, size), TaskView::id, 10);

  private List<ProductView> productChoices = List.of();
  private List<TemplateChoice> templates = List.of();

  /** The task being edited; null while creating one. */
  private TaskView editing;
  private TaskTemplate template;
  private Long productId;
  private String title;
  private Long iconImageId;
  private String buttonText;
  private String description;
  private CycleType cycleType;
  private Integer cycleCount;
  private Integer perCycle;
  private Integer points;
  private LocalDateTime onlineFrom;
  private LocalDateTime onlineTo;
  private Integer weight;
  // type settings (K3)
  private Integer bonusDay3;
  private Integer bonusDay7;
  private String contactMethod;
  private Long qrImageId;
  private String configurationId;
  private Long spendUnitFen;
  private Integer pointsPerUnit;
  private Integer capPerOrder;
  private boolean allGoods = true;
  private String goodsIds;
  private Integer imageCount;
  private String fieldName;
  private Long activityId;
  private boolean anyListing = true;
  private String listingIds;
  private String pageLink;
  private String adType;

  @PostConstruct
  void init() {
    productChoices = products.list(null, 0, 200).items();
    templates = tasks.templates();
  }

  public void search() {
    list.firstPage("tasks:table");
  }

  public void clear() {
    statusFilter = null;
    classFilter = null;
    search = null;
    search();
  }

  public List<TemplateChoice> templatesOf(TaskClass taskClass) {
    return templates.stream().filter(t -> t.templateClass() == taskClass).toList();
  }

  /** Whether some templates of the class are not available to this enterprise (shown with the reason). */
  public boolean locked(TaskClass taskClass) {
    return templates.stream().anyMatch(t -> t.templateClass() == taskClass && !t.allowed());
  }

  /** The product's name for the list (the enterprise's products are few and loaded once per view). */
  public String productName(long id) {
    return productChoices.stream().filter(p -> p.id() == id).map(ProductView::name).findFirst().orElse("#" + id);
  }

  public List<TaskClass> getTaskClasses() {
    return Arrays.asList(TaskClass.values());
  }

  public void pickTemplate() {
    TaskTemplate picked;
    try {
      picked = TaskTemplate.valueOf(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
          .getRequestParameterMap().getOrDefault("template", ""));
    } catch (IllegalArgumentException e) {
      messages.error("task.template.required");
      org.primefaces.PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
      return;
    }
    TemplateChoice choice = templates.stream().filter(t -> t.template() == picked).findFirst().orElseThrow();
    if (!choice.allowed()) {
      messages.error(choice.reasonCode());
      org.primefaces.PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
      return;
    }
    editing = null;
    template = picked;
    productId = productChoices.isEmpty() ? null : productChoices.get(0).id();
    fill(null);
  }

  public void startEdit() {
    try {
      TaskView task = tasks.get(RequestedRow.id("task"));
      if (task.isOnline()) {
        messages.error("task.editOnline");
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        return;
      }
      editing = task;
      template = task.template();
      productId = task.productId();
      fill(task);
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  public void save() {
    TaskInput input =
        new TaskInput(title, iconImageId, buttonText, description, cycleType, cycleCount, perCycle, points,
            instant(onlineFrom), instant(onlineTo), weight, settings());
    try {
      if (editing == null) {
        if (productId == null) {
          messages.error("task.product.required");
          org.primefaces.PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
          return;
        }
        TaskView created = tasks.create(productId, template, input);
        messages.info("task.created", created.title());
      } else {
        TaskView changed = tasks.change(editing.id(), editing.version(), input);
        editing = null;
        messages.info("task.saved", changed.title());
      }
    } catch (HavenException broken) {
      messages.report(broken, "taskForm");
    }
  }

  public void setOnline() {
    switchTo(true);
  }

  public void setOffline() {
    switchTo(false);
  }

  private void switchTo(boolean online) {
    try {
      TaskView task = tasks.setOnline(RequestedRow.id("task"), online);
      messages.info(online ? "task.wentOnline" : "task.wentOffline", task.title());
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void uploadIcon(FileUploadEvent event) {
    try {
      iconImageId = tasks.storeImage(TaskImage.Kind.ICON, event.getFile().getContent());
      TaskImageServlet.uploaded(FacesContext.getCurrentInstance().getExternalContext().getSessionMap(), iconImageId);
    } catch (HavenException broken) {
      messages.report(broken, "taskForm");
    }
  }

  public void removeIcon() {
    iconImageId = null;
  }

  public void uploadQr(FileUploadEvent event) {
    try {
      qrImageId = tasks.storeImage(TaskImage.Kind.QR, event.getFile().getContent());
      TaskImageServlet.uploaded(FacesContext.getCurrentInstance().getExternalContext().getSessionMap(), qrImageId);
    } catch (HavenException broken) {
      messages.report(broken, "taskForm");
    }
  }

  /** Whether the template fixes the cycle (sign-ins daily, birthday yearly): the form shows it read-only. */
  public boolean isCycleFixed() {
    return template != null && template.fixedCycle() != null;
  }

  public boolean shows(String templates) {
    return template != null && Arrays.asList(templates.split(",")).contains(template.name());
  }

  public String getContactMethods() {
    return String.join(",", new TreeSet<>(TaskSettings.CONTACT_METHODS));
  }

  public List<String> getContactMethodList() {
    return new ArrayList<>(new TreeSet<>(TaskSettings.CONTACT_METHODS));
  }

  public List<String> getAdTypeList() {
    return new ArrayList<>(new TreeSet<>(TaskSettings.AD_TYPES));
  }

  public CycleType[] getCycleTypes() {
    return CycleType.values();
  }

  public TaskStatus[] getStatuses() {
    return TaskStatus.values();
  }

  private void fill(TaskView task) {
    TaskSettings s = task == null ? TaskSettings.none() : task.settings();
    title = task == null ? null : task.title();
    iconImageId = task == null ? null : task.iconImageId();
    buttonText = task == null ? messages.text("task.buttonText.default") : task.buttonText();
    description = task == null ? null : task.description();
    cycleType = task == null ? CycleType.DAY : task.cycleType();
    cycleCount = task == null ? 1 : task.cycleCount();
    perCycle = task == null ? 1 : task.perCycle();
    if (task == null && template.fixedCycle() != null) {
      cycleType = template.fixedCycle().getType();
    }
    points = task == null ? 10 : task.points();
    onlineFrom = task == null || task.onlineFrom() == null ? null : LocalDateTime.ofInstant(task.onlineFrom(), ConsoleTime.ZONE);
    onlineTo = task == null || task.onlineTo() == null ? null : LocalDateTime.ofInstant(task.onlineTo(), ConsoleTime.ZONE);
    weight = task == null ? 0 : task.weight();
    bonusDay3 = task == null ? Integer.valueOf(0) : s.bonusDay3();
    bonusDay7 = task == null ? Integer.valueOf(0) : s.bonusDay7();
    contactMethod = s.contactMethod();
    qrImageId = s.qrImageId();
    configurationId = s.configurationId();
    spendUnitFen = task == null ? Long.valueOf(100) : s.spendUnitFen();
    pointsPerUnit = task == null ? Integer.valueOf(1) : s.pointsPerUnit();
    capPerOrder = task == null ? Integer.valueOf(-1) : s.capPerOrder();
    allGoods = s.allGoods() == null || s.allGoods();
    goodsIds = ids(s.goodsIds());
    imageCount = task == null ? Integer.valueOf(1) : s.imageCount();
    fieldName = task == null ? messages.text("task.fieldName.default") : s.fieldName();
    activityId = s.activityId();
    anyListing = s.anyListing() == null || s.anyListing();
    listingIds = ids(s.listingIds());
    pageLink = s.pageLink();
    adType = s.adType();
  }

  private TaskSettings settings() {
    return new TaskSettings(
        bonusDay3, bonusDay7, contactMethod, qrImageId, configurationId, spendUnitFen, pointsPerUnit, capPerOrder, allGoods,
        parseIds(goodsIds), imageCount, fieldName, activityId, anyListing, parseIds(listingIds), pageLink, adType);
  }

  private static String ids(List<Long> ids) {
    return ids == null || ids.isEmpty() ? null : String.join(", ", ids.stream().map(String::valueOf).toList());
  }

  /** Ids typed as "1, 2 3": anything not a positive number becomes -1, which the boundary refuses on the field. */
  private static List<Long> parseIds(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    for (String part : text.split("[,，\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part));
      } catch (NumberFormatException e) {
        ids.add(-1L);
      }
    }
    return ids;
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(ConsoleTime.ZONE).toInstant();
  }

  // ---- accessors ----

  public PagedList<TaskView> getList() {
    return list;
  }

  public List<ProductView> getProductChoices() {
    return productChoices;
  }

  public TaskView getEditing() {
    return editing;
  }

  public TaskTemplate getTemplate() {
    return template;
  }

  public TaskStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(TaskStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public TaskClass getClassFilter() {
    return classFilter;
  }

  public void setClassFilter(TaskClass classFilter) {
    this.classFilter = classFilter;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getIconImageId() {
    return iconImageId;
  }

  public String getButtonText() {
    return buttonText;
  }

  public void setButtonText(String buttonText) {
    this.buttonText = buttonText;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
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

  public Integer getPoints() {
    return points;
  }

  public void setPoints(Integer points) {
    this.points = points;
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

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  public Integer getBonusDay3() {
    return bonusDay3;
  }

  public void setBonusDay3(Integer bonusDay3) {
    this.bonusDay3 = bonusDay3;
  }

  public Integer getBonusDay7() {
    return bonusDay7;
  }

  public void setBonusDay7(Integer bonusDay7) {
    this.bonusDay7 = bonusDay7;
  }

  public String getContactMethod() {
    return contactMethod;
  }

  public void setContactMethod(String contactMethod) {
    this.contactMethod = contactMethod;
  }

  public Long getQrImageId() {
    return qrImageId;
  }

  public String getConfigurationId() {
    return configurationId;
  }

  public void setConfigurationId(String configurationId) {
    this.configurationId = configurationId;
  }

  public Long getSpendUnitFen() {
    return spendUnitFen;
  }

  public void setSpendUnitFen(Long spendUnitFen) {
    this.spendUnitFen = spendUnitFen;
  }

  public Integer getPointsPerUnit() {
    return pointsPerUnit;
  }

  public void setPointsPerUnit(Integer pointsPerUnit) {
    this.pointsPerUnit = pointsPerUnit;
  }

  public Integer getCapPerOrder() {
    return capPerOrder;
  }

  public void setCapPerOrder(Integer capPerOrder) {
    this.capPerOrder = capPerOrder;
  }

  public boolean isAllGoods() {
    return allGoods;
  }

  public void setAllGoods(boolean allGoods) {
    this.allGoods = allGoods;
  }

  public String getGoodsIds() {
    return goodsIds;
  }

  public void setGoodsIds(String goodsIds) {
    this.goodsIds = goodsIds;
  }

  public Integer getImageCount() {
    return imageCount;
  }

  public void setImageCount(Integer imageCount) {
    this.imageCount = imageCount;
  }

  public String getFieldName() {
    return fieldName;
  }

  public void setFieldName(String fieldName) {
    this.fieldName = fieldName;
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public boolean isAnyListing() {
    return anyListing;
  }

  public void setAnyListing(boolean anyListing) {
    this.anyListing = anyListing;
  }

  public String getListingIds() {
    return listingIds;
  }

  public void setListingIds(String listingIds) {
    this.listingIds = listingIds;
  }

  public String getPageLink() {
    return pageLink;
  }

  public void setPageLink(String pageLink) {
    this.pageLink = pageLink;
  }

  public String getAdType() {
    return adType;
  }

  public void setAdType(String adType) {
    this.adType = adType;
  }
}

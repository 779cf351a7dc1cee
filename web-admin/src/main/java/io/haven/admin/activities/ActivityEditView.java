package io.haven.admin.activities;

import io.haven.activities.boundary.Activities;
import io.haven.activities.boundary.ActivityView;
import io.haven.activities.boundary.NewPrize;
import io.haven.activities.control.Odds;
import io.haven.activities.entity.ActivitySettings;
import io.haven.activities.entity.ActivityType;
import io.haven.activities.entity.Presentation;
import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.ConsoleTime;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.ListQuery;
import io.haven.inventory.boundary.SubInventories;
import io.haven.inventory.boundary.SubInventoryFilter;
import io.haven.inventory.boundary.SubInventoryView;
import io.haven.inventory.entity.LimitPeriod;
import io.haven.inventory.entity.PeriodLimit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The activity dialog (A2): every setting, and in a draft the prizes — goods from the product's
 * sub-inventories with quantities, daily caps and their chance as an exact percentage; the
 * no-prize outcome's share is what is left of 100 % and is shown as the operator types. Save keeps
 * a draft; save and publish also goes online (the seed is committed then). After publication the
 * type and prizes stay as members saw them; the rest can still change.
 */
@Named
@ViewScoped
public class ActivityEditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "activityForm";

  @Inject Activities activities;
  @Inject SubInventories subInventories;
  @Inject ActivitiesView page;
  @Inject ConsoleMessages messages;

  /** The activity being edited; null while adding one. */
  private ActivityView editing;
  private List<SubInventoryView> subInventoryChoices = List.of();

  private ActivityType type = ActivityType.LOTTERY;
  private Presentation presentation = Presentation.SCRATCH_CARD;
  private String title;
  private String rules;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private Long pointsPerPlay;
  private Integer freePlaysPerDay;
  private Integer playsPerDay;
  private Integer perUserLimit = -1;
  private LimitPeriod perUserPeriod = LimitPeriod.DAY;
  private Integer perDeviceLimit = -1;
  private LimitPeriod perDevicePeriod = LimitPeriod.DAY;
  private String noPrizeText;
  private List<PrizeRow> prizes = new ArrayList<>();

  public void startAdd() {
    editing = null;
    fill(null);
    loadChoices();
  }

  public void startEdit() {
    try {
      editing = activities.get(RequestedRow.id("activity"));
      fill(editing);
      loadChoices();
    } catch (HavenException broken) {
      editing = null;
      messages.report(broken, null);
    }
  }

  private void loadChoices() {
    Long product = editing == null ? page.getProductId() : Long.valueOf(editing.productId());
    try {
      subInventoryChoices = product == null ? List.of() : subInventories.list(new SubInventoryFilter(product, null, null, null), 0, ListQuery.MAX_PAGE).items();
    } catch (HavenException broken) {
      subInventoryChoices = List.of();
      messages.report(broken, null);
    }
  }

  private void fill(ActivityView a) {
    type = a == null ? ActivityType.LOTTERY : ActivityType.valueOf(a.type());
    presentation = a == null ? Presentation.SCRATCH_CARD : Presentation.valueOf(a.presentation());
    title = a == null ? null : a.title();
    rules = a == null ? null : a.rules();
    startsAt = a == null ? null : LocalDateTime.ofInstant(a.startsAt(), ConsoleTime.ZONE);
    endsAt = a == null ? null : LocalDateTime.ofInstant(a.endsAt(), ConsoleTime.ZONE);
    pointsPerPlay = a == null ? 0L : a.pointsPerPlay();
    freePlaysPerDay = a == null ? 1 : a.freePlaysPerDay();
    playsPerDay = a == null ? 3 : a.playsPerDay();
    PeriodLimit user = a == null ? PeriodLimit.unlimited() : a.perUserLimit();
    PeriodLimit device = a == null ? PeriodLimit.unlimited() : a.perDeviceLimit();
    perUserLimit = user.getCount();
    perUserPeriod = user.isUnlimited() ? LimitPeriod.DAY : user.getPeriod();
    perDeviceLimit = device.getCount();
    perDevicePeriod = device.isUnlimited() ? LimitPeriod.DAY : device.getPeriod();
    noPrizeText = a == null ? null : a.noPrizeText();
    prizes = new ArrayList<>();
    if (a != null) {
      for (ActivityView.PrizeOdds p : a.prizes()) {
        PrizeRow row = new PrizeRow();
        row.setSubInventoryId(p.subInventoryId());
        row.setName(p.name());
        row.setPercent(java.math.BigDecimal.valueOf(p.weightPpm(), 4).stripTrailingZeros());
        row.setQuantity(p.quantity());
        row.setDailyCap(p.dailyCap());
        prizes.add(row);
      }
    }
  }

  public void addPrize() {
    if (prizes.size() < Activities.MAX_PRIZES) {
      prizes.add(new PrizeRow());
    }
  }

  public void removePrize(int index) {
    if (index >= 0 && index < prizes.size()) {
      prizes.remove(index);
    }
  }

  /** Whether the prizes and the type can be changed: a new activity or a draft. */
  public boolean isDraft() {
    return editing == null || "DRAFT".equals(editing.status());
  }

  /** The no-prize outcome's share as typed so far, exact; "—" while a chance is not valid or they pass 100 %. */
  public String getNoPrizePercent() {
    long sum = 0;
    for (PrizeRow row : prizes) {
      Integer ppm = row.ppm();
      if (row.getPercent() != null && (ppm == null || ppm < 0)) {
        return "—";
      }
      sum += ppm == null ? 0 : ppm;
    }
    return sum > Odds.MILLION ? "—" : Odds.percent((int) (Odds.MILLION - sum));
  }

  public void save() {
    save(false);
  }

  public void saveAndPublish() {
    save(true);
  }

  private void save(boolean publish) {
    try {
      ActivitySettings settings = settings();
      List<NewPrize> wanted = null;
      if (isDraft()) {
        wanted = new ArrayList<>();
        for (int i = 0; i < prizes.size(); i++) {
          wanted.add(prizes.get(i).toPrize(i + 1));
        }
      }
      ActivityView saved;
      if (editing == null) {
        Long product = page.getProductId();
        if (product == null) {
          throw new InvalidInput("title", "activity.product.required", "Add a product first");
        }
        saved = activities.create(product, settings, wanted);
      } else {
        saved = activities.update(editing.id(), editing.version(), settings, wanted);
      }
      if (publish && !"ONLINE".equals(saved.status())) {
        saved = activities.publish(saved.id());
      }
      editing = null;
      messages.info(publish ? "activity.savedPublished" : "activity.saved", saved.title());
    } catch (HavenException broken) {
      messages.report(broken, FORM);
    }
  }

  private ActivitySettings settings() {
    return new ActivitySettings(
        type, title, rules, instant(startsAt), instant(endsAt), pointsPerPlay == null ? 0 : pointsPerPlay,
        freePlaysPerDay == null ? 0 : freePlaysPerDay, playsPerDay == null ? -1 : playsPerDay,
        limit(perUserLimit, perUserPeriod, "perUserLimit"), limit(perDeviceLimit, perDevicePeriod, "perDeviceLimit"), noPrizeText,
        presentation != null && presentation.type() == type ? presentation : null);
  }

  private static PeriodLimit limit(Integer count, LimitPeriod period, String field) {
    if (count == null || count == PeriodLimit.UNLIMITED) {
      return PeriodLimit.unlimited();
    }
    try {
      return PeriodLimit.of(count, period);
    } catch (IllegalArgumentException | NullPointerException bad) {
      throw new InvalidInput(field, "activity.limit.invalid", "A limit is -1 (none) or at least 1 per period");
    }
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(ConsoleTime.ZONE).toInstant();
  }

  public String subInventoryLabel(SubInventoryView s) {
    return messages.text(
        "listing.subInventory.option", s.goodsName(), messages.text("goods.category." + s.category()), s.available(),
        messages.text(s.online() ? "subs.online" : "subs.offline"));
  }

  public ActivityType[] getTypes() {
    return ActivityType.values();
  }

  /** The presentations of the chosen type (A1: a lottery as scratch card, wheel, nine-grid or blind box; the three games). */
  public List<Presentation> getPresentations() {
    return java.util.Arrays.stream(Presentation.values()).filter(p -> p.type() == type).toList();
  }

  /** The type changed: its default presentation, unless the chosen one is already of that type. */
  public void typeChanged() {
    if (presentation == null || presentation.type() != type) {
      presentation = Presentation.defaultFor(type);
    }
  }

  public Presentation getPresentation() { return presentation; }
  public void setPresentation(Presentation presentation) { this.presentation = presentation; }

  public LimitPeriod[] getPeriods() {
    return LimitPeriod.values();
  }

  public ActivityView getEditing() {
    return editing;
  }

  public List<SubInventoryView> getSubInventoryChoices() {
    return subInventoryChoices;
  }

  public List<PrizeRow> getPrizes() {
    return prizes;
  }

  public ActivityType getType() { return type; }
  public void setType(ActivityType type) { this.type = type; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getRules() { return rules; }
  public void setRules(String rules) { this.rules = rules; }
  public LocalDateTime getStartsAt() { return startsAt; }
  public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
  public LocalDateTime getEndsAt() { return endsAt; }
  public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
  public Long getPointsPerPlay() { return pointsPerPlay; }
  public void setPointsPerPlay(Long pointsPerPlay) { this.pointsPerPlay = pointsPerPlay; }
  public Integer getFreePlaysPerDay() { return freePlaysPerDay; }
  public void setFreePlaysPerDay(Integer freePlaysPerDay) { this.freePlaysPerDay = freePlaysPerDay; }
  public Integer getPlaysPerDay() { return playsPerDay; }
  public void setPlaysPerDay(Integer playsPerDay) { this.playsPerDay = playsPerDay; }
  public Integer getPerUserLimit() { return perUserLimit; }
  public void setPerUserLimit(Integer perUserLimit) { this.perUserLimit = perUserLimit; }
  public LimitPeriod getPerUserPeriod() { return perUserPeriod; }
  public void setPerUserPeriod(LimitPeriod perUserPeriod) { this.perUserPeriod = perUserPeriod; }
  public Integer getPerDeviceLimit() { return perDeviceLimit; }
  public void setPerDeviceLimit(Integer perDeviceLimit) { this.perDeviceLimit = perDeviceLimit; }
  public LimitPeriod getPerDevicePeriod() { return perDevicePeriod; }
  public void setPerDevicePeriod(LimitPeriod perDevicePeriod) { this.perDevicePeriod = perDevicePeriod; }
  public String getNoPrizeText() { return noPrizeText; }
  public void setNoPrizeText(String noPrizeText) { this.noPrizeText = noPrizeText; }
}

package io.haven.admin.tenancy;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.ConsoleTime;
import io.haven.admin.console.PagedList;
import io.haven.tenancy.boundary.AuditEntryView;
import io.haven.tenancy.boundary.AuditLog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * T3: who changed what and when, newest first, filtered by actor, entity type, action, a date
 * range (whole days, Beijing time) and text in the change summary.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The entity types the filter offers: those the console itself writes (and members). */
  private static final List<String> ENTITY_TYPES = List.of("Enterprise", "Product", "ConsoleUser", "ApiCredential", "Member");
  private static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "SIGN_IN_FAILED", "SIGN_IN_LOCKED");

  @Inject AuditLog log;
  @Inject ConsoleMessages messages;

  private String actor;
  private String entityType;
  private String action;
  private LocalDate from;
  private LocalDate to;
  private String text;
  private final PagedList<AuditEntryView> list =
      new PagedList<>((first, size) -> log.search(filter(), first, size), AuditEntryView::id, 20);

  private AuditLog.Filter filter() {
    Instant start = from == null ? null : from.atStartOfDay(ConsoleTime.ZONE).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ConsoleTime.ZONE).toInstant();
    return new AuditLog.Filter(actor, entityType, action, start, end, text);
  }

  public void search() {
    list.firstPage("audit:table");
  }

  public void clear() {
    actor = null;
    entityType = null;
    action = null;
    from = null;
    to = null;
    text = null;
    search();
  }

  public String entityLabel(String type) {
    return messages.textOr("audit.entity." + type, type);
  }

  public String actionLabel(String value) {
    return messages.textOr("audit.action." + value, value);
  }

  public List<String> getEntityTypes() {
    return ENTITY_TYPES;
  }

  public List<String> getActions() {
    return ACTIONS;
  }

  public PagedList<AuditEntryView> getList() {
    return list;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
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

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}

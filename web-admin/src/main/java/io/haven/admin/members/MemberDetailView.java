package io.haven.admin.members;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.common.HavenException;
import io.haven.common.NotFound;
import io.haven.members.boundary.MemberDirectory;
import io.haven.members.boundary.MemberSummary;
import io.haven.members.boundary.MemberTasks;
import io.haven.members.boundary.TaskCompletion;
import io.haven.points.boundary.LedgerEntryView;
import io.haven.points.boundary.PointsLedger;
import io.haven.points.entity.PointsSource;
import io.haven.tasks.boundary.InvitationView;
import io.haven.tasks.boundary.Invitations;
import io.haven.tenancy.boundary.Products;
import java.util.List;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One member: growth value, level, points balance; the points ledger and the member-task history,
 * each paged; and the operator's manual credit or debit of points (source MANUAL, reason required)
 * through the ledger, which refuses a debit below zero on the amount field. The ledger entry names
 * the operator; the audit trail records the account change.
 */
@Named
@ViewScoped
public class MemberDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Direction {
    CREDIT,
    DEBIT
  }

  @Inject MemberDirectory directory;
  @Inject PointsLedger ledger;
  @Inject MemberTasks tasks;
  @Inject Products productsBoundary;
  @Inject ConsoleMessages messages;
  @Inject Invitations invitations;

  private String id;
  private MemberSummary member;
  private String productName;
  /** Issue 17: who invited this member (null if nobody), and whom they invited. */
  private InvitationView invitedBy;
  private List<InvitationView> invited = List.of();
  private final PagedList<LedgerEntryView> entries =
      new PagedList<>((first, size) -> ledger.history(memberId(), first, size), LedgerEntryView::id, 10);
  private final PagedList<TaskCompletion> completions =
      new PagedList<>((first, size) -> tasks.history(memberId(), first, size), TaskCompletion::id, 10);

  private Direction direction = Direction.CREDIT;
  private Long amount;
  private String reason;

  /** Called by the page's viewAction: an unknown or another tenant's id shows "not found". */
  public void load() {
    try {
      member = directory.summary(Long.parseLong(id == null ? "" : id.strip()));
      productName = new ProductChoice(productsBoundary).nameOf(member.productId());
      invitedBy = invitations.of(member.productId(), member.id()).orElse(null);
      invited = invitations.madeBy(member.productId(), member.id());
    } catch (NumberFormatException | HavenException missing) {
      member = null;
      messages.error("members.notFound");
    }
  }

  private long memberId() {
    if (member == null) {
      throw new NotFound("Member", id);
    }
    return member.id();
  }

  public void startMove() {
    direction = Direction.CREDIT;
    amount = null;
    reason = null;
  }

  public void move() {
    try {
      long points = amount == null ? 0 : amount;
      LedgerEntryView entry =
          direction == Direction.DEBIT
              ? ledger.debit(memberId(), points, PointsSource.MANUAL, null, reason)
              : ledger.credit(memberId(), points, PointsSource.MANUAL, null, reason);
      member = directory.summary(member.id());
      messages.info(direction == Direction.DEBIT ? "members.debited" : "members.credited", Math.abs(entry.amount()), entry.balanceAfter());
    } catch (HavenException broken) {
      messages.report(broken, "moveForm");
    }
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public MemberSummary getMember() {
    return member;
  }

  public String getProductName() {
    return productName;
  }

  public InvitationView getInvitedBy() {
    return invitedBy;
  }

  public List<InvitationView> getInvited() {
    return invited;
  }

  public PagedList<LedgerEntryView> getEntries() {
    return entries;
  }

  public PagedList<TaskCompletion> getCompletions() {
    return completions;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public Long getAmount() {
    return amount;
  }

  public void setAmount(Long amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

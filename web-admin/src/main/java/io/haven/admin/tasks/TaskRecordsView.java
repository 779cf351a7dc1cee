package io.haven.admin.tasks;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.tasks.boundary.CompletionView;
import io.haven.tasks.boundary.InvitationView;
import io.haven.tasks.boundary.Invitations;
import io.haven.tasks.boundary.PointsTasks;
import io.haven.tasks.boundary.TaskView;
import io.haven.tasks.boundary.WeComEvents;
import io.haven.tasks.entity.TaskTemplate;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The acquisition task detail dialog (issue 17): for "invite a new member", the product's
 * invitations with the points each earned; for "add the service friend" / "join the group", the
 * WeCom sandbox — send a test event for a member, which credits (or is refused) exactly as a real
 * event delivered through the partner API would.
 */
@Named
@ViewScoped
public class TaskRecordsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PointsTasks tasks;
  @Inject Invitations invitations;
  @Inject WeComEvents wecom;
  @Inject ConsoleMessages messages;

  private TaskView task;
  private List<InvitationView> invited = List.of();
  private Long memberId;

  public void open() {
    try {
      task = tasks.get(RequestedRow.id("task"));
      memberId = null;
      invited = task.template() == TaskTemplate.INVITE_MEMBER ? invitations.ofProduct(task.productId()) : List.of();
    } catch (HavenException broken) {
      task = null;
      messages.report(broken, null);
    }
  }

  public void sendTestEvent() {
    try {
      if (memberId == null || memberId <= 0) {
        throw new InvalidInput("memberId", "task.testEvent.memberId", "Enter the member's id");
      }
      CompletionView credited = wecom.sendTestEvent(task.id(), memberId);
      messages.info("task.testEvent.credited", credited.points(), memberId);
    } catch (HavenException broken) {
      messages.report(broken, "testEventForm");
    }
  }

  public boolean isInvitations() {
    return task != null && task.template() == TaskTemplate.INVITE_MEMBER;
  }

  public boolean isContact() {
    return task != null && (task.template() == TaskTemplate.ADD_SERVICE_FRIEND || task.template() == TaskTemplate.JOIN_GROUP);
  }

  public TaskView getTask() {
    return task;
  }

  public List<InvitationView> getInvited() {
    return invited;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }
}

package io.haven.members.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * Who invited whom (issue 17, INVITE_MEMBER): written once, in the transaction that creates the
 * invited member, never changed. The database keeps the invitee unique, so a member counts as
 * invited once however many sign-ups or syncs race, and refuses a member inviting themselves.
 */
@Entity
@Immutable
@Table(name = "member_invitation")
public class Invitation extends TenantOwned {

  /** How the invited member arrived. */
  public enum Channel {
    STOREFRONT,
    PARTNER_API
  }

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Column(name = "inviter_id", nullable = false)
  private Long inviterId;

  @Column(name = "invitee_id", nullable = false)
  private Long inviteeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  protected Invitation() {}

  public Invitation(long productId, long inviterId, long inviteeId, Channel channel, Instant invitedAt) {
    if (inviterId == inviteeId) {
      throw new IllegalArgumentException("a member cannot invite themselves");
    }
    this.productId = productId;
    this.inviterId = inviterId;
    this.inviteeId = inviteeId;
    this.channel = channel;
    this.invitedAt = invitedAt;
  }

  public Long getProductId() {
    return productId;
  }

  public Long getInviterId() {
    return inviterId;
  }

  public Long getInviteeId() {
    return inviteeId;
  }

  public Channel getChannel() {
    return channel;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }
}

package io.haven.members.entity;

import io.haven.tenancy.control.AuditRedacted;
import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import org.hibernate.annotations.OptimisticLock;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of one product (V1): a hosted account (phone + password) or, under OWN_LOGIN, the
 * enterprise's own member id as its callback reported it.
 */
@Entity
@Table(name = "member")
public class Member extends TenantOwned {

  public static final int NICKNAME_MAX = 50;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(length = 20)
  private String phone;

  @Column(name = "external_id", length = 64, updatable = false)
  private String externalId;

  @AuditRedacted
  @Column(name = "password_hash", length = 255)
  private String passwordHash;

  @Column(nullable = false, length = NICKNAME_MAX)
  private String nickname;

  private LocalDate birthday;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Written by every sign-in, including parallel ones of the same member (a double tap, several
   * tabs): excluded from optimistic locking, so it neither bumps the version (a profile edit
   * open elsewhere is not made stale by a sign-in) nor makes one sign-in fail on another's.
   */
  @OptimisticLock(excluded = true)
  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  /**
   * Growth value (V3/V4). Read-only here: it only grows, by member-task completions, in one guarded
   * statement under the member's row lock ({@code MemberTasks}), which leaves the member's version
   * alone, so a profile edit racing a completion is not refused as a stale edit. Each completion
   * row records the growth it added and the value after it.
   */
  @Column(name = "growth_value", nullable = false, insertable = false, updatable = false)
  private long growthValue;

  protected Member() {}

  public static Member hosted(long productId, String phone, String passwordHash, String nickname, Instant now) {
    Member m = new Member();
    m.productId = productId;
    m.phone = phone;
    m.passwordHash = passwordHash;
    m.nickname = nickname;
    m.createdAt = now;
    return m;
  }

  public static Member external(long productId, String externalId, String nickname, Instant now) {
    Member m = new Member();
    m.productId = productId;
    m.externalId = externalId;
    m.nickname = nickname;
    m.createdAt = now;
    return m;
  }

  public void changeProfile(String nickname, LocalDate birthday) {
    this.nickname = nickname;
    this.birthday = birthday;
  }

  /** A partner system may set or correct the phone of a member it syncs. */
  public void changePhone(String phone) {
    this.phone = phone;
  }

  public void signedIn(Instant now) {
    this.lastSignInAt = now;
  }

  public long getGrowthValue() {
    return growthValue;
  }

  public Long getProductId() {
    return productId;
  }

  public String getPhone() {
    return phone;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getNickname() {
    return nickname;
  }

  public LocalDate getBirthday() {
    return birthday;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }
}

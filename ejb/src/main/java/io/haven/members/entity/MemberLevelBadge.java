package io.haven.members.entity;

import io.haven.tenancy.control.AuditRedacted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * The badge image of a {@link MemberLevel}, by the level's id: read only when a badge is shown,
 * never with a list. The bytes were checked by content (PNG/JPEG, square, at most 100 KB).
 */
@Entity
@Table(name = "member_level_badge")
public class MemberLevelBadge {

  public static final int MAX_BYTES = 100 * 1024;

  @Id
  @Column(name = "level_id")
  private Long levelId;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @AuditRedacted
  @Column(nullable = false, length = MAX_BYTES)
  private byte[] bytes;

  protected MemberLevelBadge() {}

  public MemberLevelBadge(long levelId, byte[] bytes) {
    this.levelId = levelId;
    this.bytes = bytes.clone();
  }

  public void replace(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  public Long getLevelId() {
    return levelId;
  }

  public byte[] getBytes() {
    return bytes.clone();
  }
}

package io.haven.inventory.entity;

import io.haven.common.TenantOwned;
import io.haven.tenancy.control.AuditRedacted;
import jakarta.persistence.Column;
import io.haven.tenancy.control.OwnTrail;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One code of a CDK goods' pool (R5). The pool belongs to the goods: every sub-inventory of the
 * goods draws from it, and since CDK stock is only ever added by uploading codes (one unit per
 * code), there is an unused code for every unit in the total and sub-inventories. Codes are
 * unique per tenant and handed out once: {@code handedOutAt} is set exactly once, together with
 * the sub-inventory and the reference (e.g. the redemption's order number) it went to. Uploaded
 * in JDBC batches (no entity events), handed out through the entity (audited, code redacted).
 */
@Entity
@OwnTrail
@Table(name = "cdk_code")
public class CdkCode extends TenantOwned {

  public static final int CODE_MAX = 128;
  public static final int REFERENCE_MAX = 64;

  @Column(name = "goods_id", nullable = false, updatable = false)
  private Long goodsId;

  @AuditRedacted
  @Column(nullable = false, updatable = false, length = CODE_MAX)
  private String code;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "sub_inventory_id")
  private Long subInventoryId;

  @Column(name = "handed_out_reference", length = REFERENCE_MAX)
  private String handedOutReference;

  @Column(name = "handed_out_at")
  private Instant handedOutAt;

  protected CdkCode() {}

  public CdkCode(long goodsId, String code, Instant now) {
    this.goodsId = goodsId;
    this.code = code;
    this.uploadedAt = now;
  }

  public void handOut(long subInventoryId, String reference, Instant now) {
    if (handedOutAt != null) {
      throw new IllegalStateException("code already handed out");
    }
    this.subInventoryId = subInventoryId;
    this.handedOutReference = reference;
    this.handedOutAt = now;
  }

  public Long getGoodsId() {
    return goodsId;
  }

  public String getCode() {
    return code;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public Long getSubInventoryId() {
    return subInventoryId;
  }

  public String getHandedOutReference() {
    return handedOutReference;
  }

  public Instant getHandedOutAt() {
    return handedOutAt;
  }

  /**
   * A code as the console shows it before "show" and as exports write it: all but its last four
   * characters hidden (a code of four or fewer is shown, as there is nothing to keep).
   */
  public static String masked(String code) {
    if (code == null || code.length() <= 4) {
      return code;
    }
    return "•".repeat(Math.min(8, code.length() - 4)) + code.substring(code.length() - 4);
  }

  public boolean isHandedOut() {
    return handedOutAt != null;
  }
}

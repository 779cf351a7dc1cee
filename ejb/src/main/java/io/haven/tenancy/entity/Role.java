package io.haven.tenancy.entity;

/** Console roles (T3). The names are the security roles of the console. */
public enum Role {
  PLATFORM_ADMIN,
  ENTERPRISE_ADMIN,
  /** Goods, tasks, activities, decoration. */
  OPERATOR,
  /** Orders, after-sales, records. */
  CUSTOMER_SERVICE,
  /** Store staff: verification pages only. */
  VERIFIER;

  public boolean isPlatform() {
    return this == PLATFORM_ADMIN;
  }
}

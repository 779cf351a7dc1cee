package io.haven.mall.entity;

/** Whether a listing sells any time it is online, or only inside a flash-sale window. */
public enum SaleRule {
  NONE,
  FLASH_SALE
}

package io.haven.inventory.entity;

/** The two images of goods (R3). */
public enum GoodsImageKind {
  COVER,
  DETAIL
}

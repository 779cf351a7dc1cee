package io.haven.inventory.entity;

/** Where goods are sold (R3): the points mall or the e-commerce mall. */
public enum GoodsPurpose {
  POINTS_MALL,
  ECOMMERCE
}

package io.haven.inventory.entity;

/** How the enterprise got the goods (R1–R3): its own, bought in the resource centre, or free. */
public enum GoodsSource {
  OWN,
  PURCHASED,
  FREE
}

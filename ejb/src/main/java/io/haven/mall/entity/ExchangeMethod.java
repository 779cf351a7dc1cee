package io.haven.mall.entity;

/** How a member pays for a listing (M2): points only, or points plus a cash part in fen. */
public enum ExchangeMethod {
  PURE_POINTS,
  POINTS_PLUS_CASH
}

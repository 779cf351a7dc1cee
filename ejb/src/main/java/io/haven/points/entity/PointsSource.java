package io.haven.points.entity;

/** Where a ledger entry comes from. */
public enum PointsSource {
  /** An operator's manual credit or debit in the console. */
  MANUAL,
  /** A partner system through the API. */
  API,
  TASK,
  MALL_REDEMPTION,
  ACTIVITY,
  /** Points given back when something paid with points is cancelled or refunded. */
  REFUND
}

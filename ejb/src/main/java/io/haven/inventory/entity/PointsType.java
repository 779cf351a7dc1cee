package io.haven.inventory.entity;

/**
 * Where a POINTS award lands (R5): the enterprise's own (third-party) points system, told through
 * its partner integration, or Haven's hosted points ledger.
 */
public enum PointsType {
  THIRD_PARTY,
  HOSTED
}

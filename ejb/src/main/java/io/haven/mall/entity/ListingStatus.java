package io.haven.mall.entity;

/** A new listing starts OFFLINE; it goes ONLINE and OFFLINE at will; VOID is final. */
public enum ListingStatus {
  OFFLINE,
  ONLINE,
  VOID
}

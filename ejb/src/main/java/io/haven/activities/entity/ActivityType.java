package io.haven.activities.entity;

/**
 * The kinds of activity (A1). They share one play-and-draw engine; the type only changes how the
 * storefront presents a play (a scratch card, a wheel, a game whose finish is the play, …).
 */
public enum ActivityType {
  GAME,
  LOTTERY,
  NURTURE,
  TREASURE,
  COMPOSITE
}

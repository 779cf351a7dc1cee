package io.haven.mall.boundary;

import io.haven.common.HavenException;

/** A row the mall needed was locked by others for too long (or a racing write won): try again. */
public class Busy extends HavenException {
  public Busy(String what) {
    super(Kind.BUSY, "mall.busy", null, what + " is busy; try again");
  }
}

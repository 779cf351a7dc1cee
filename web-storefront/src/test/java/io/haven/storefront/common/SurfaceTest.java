package io.haven.storefront.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pages and API calls are told apart by the segment after the appId, with or without a context path. */
class SurfaceTest {

  @Test
  void apiIsTheSecondSegmentExactly() {
    assertEquals(Surface.API, Surface.of("/hvabc/api/mall/groups"));
    assertEquals(Surface.API, Surface.of("/hvabc/api"));
    assertEquals(Surface.PAGE, Surface.of("/hvabc/apis/x"));
    assertEquals(Surface.PAGE, Surface.of("/hvabc/mall/api"));
    assertEquals(Surface.PAGE, Surface.of("/hvabc"));
    assertEquals(Surface.PAGE, Surface.of("/"));
    assertEquals(Surface.PAGE, Surface.of(""));
  }

  @Test
  void afterTheContextPath() {
    assertEquals(Surface.API, Surface.of("/store/hvabc/api/me", "/store".length()));
    assertEquals(Surface.PAGE, Surface.of("/store/hvabc/mall", "/store".length()));
    assertEquals(Surface.PAGE, Surface.of("/store", "/store".length()));
  }
}

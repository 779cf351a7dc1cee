package io.haven.storefront.mall;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which clients get the gzip copy of a cached list: those whose Accept-Encoding allows it. */
class HotListHandlerTest {

  @Test
  void gzipNamedOrStarWithoutAZeroQuality() {
    assertTrue(HotListHandler.acceptsGzip("gzip, deflate, br"));
    assertTrue(HotListHandler.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
    assertTrue(HotListHandler.acceptsGzip("*"));
    assertTrue(HotListHandler.acceptsGzip("gzip;q=0.001"));
  }

  @Test
  void notWhenAbsentOrRefused() {
    assertFalse(HotListHandler.acceptsGzip(null));
    assertFalse(HotListHandler.acceptsGzip(""));
    assertFalse(HotListHandler.acceptsGzip("identity"));
    assertFalse(HotListHandler.acceptsGzip("br, deflate"));
    assertFalse(HotListHandler.acceptsGzip("gzip;q=0"));
    assertFalse(HotListHandler.acceptsGzip("gzip; q=0.000, identity"));
    assertFalse(HotListHandler.acceptsGzip("xgzip"));
  }
}

package io.haven.storefront.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnparsablePathsTest {

  @Test
  void whatAUriRefusesIsPercentEncodedAndNothingElseChanges() {
    assertFalse(UnparsablePaths.isParsable("/store/hv1/x[y", null));
    assertEquals("/store/hv1/x%5By%5D", UnparsablePaths.encode("/store/hv1/x[y]"));
    assertEquals("/store/hv1/a%7Cb%5Ec%7Bd%7D%5Ce%60f%22g%3Ch%3Ei%20j", UnparsablePaths.encode("/store/hv1/a|b^c{d}\\e`f\"g<h>i j"));
    assertEquals("/store/hv1/100%25/%5B/%25zz", UnparsablePaths.encode("/store/hv1/100%/%5B/%zz"));
    assertEquals("/store/hv1/商城/mall", UnparsablePaths.encode("/store/hv1/商城/mall"));
    for (String raw : new String[] {"/store/hv1/x[y", "/store/hv1/%", "/store/hv1/a b", "/store/hv1/\u0001"}) {
      assertTrue(UnparsablePaths.isParsable(UnparsablePaths.encode(raw), null), raw);
    }
  }
}

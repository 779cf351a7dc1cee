package io.haven.coupons.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouponCodesTest {

  @Test
  void codesCarryAtLeastEightyBitsAndDoNotRepeat() {
    assertThat(CouponCodes.BITS).isGreaterThanOrEqualTo(80);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String code = CouponCodes.next();
      assertThat(code).hasSize(CouponCodes.LENGTH).matches("[" + CouponCodes.ALPHABET + "]+");
      assertThat(seen.add(code)).isTrue();
    }
  }

  @Test
  void typedCodesAreNormalisedAndNonsenseIsRefused() {
    String code = CouponCodes.next();
    assertThat(CouponCodes.normalised(code.toLowerCase().substring(0, 5) + "-" + code.substring(5, 10) + " " + code.substring(10))).isEqualTo(code);
    assertThat(CouponCodes.normalised("short")).isNull();
    assertThat(CouponCodes.normalised(null)).isNull();
    assertThat(CouponCodes.normalised("0000000000OOOOOOOOOO")).as("0 and O are not in the alphabet").isNull();
  }
}

package io.haven.storefront.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MemberProfileTest {

  @Test
  void masksTheMiddleOfAPhoneNumber() {
    assertEquals("138****5678", MemberProfile.masked("13812345678"));
    assertEquals("+86*******5678", MemberProfile.masked("+8613812345678"));
    assertEquals("****56", MemberProfile.masked("123456"));
    assertNull(MemberProfile.masked(null));
  }
}

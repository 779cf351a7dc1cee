package io.haven.storefront.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the page shell writes into HTML cannot break out of its element or its script block. */
class PageShellTest {

  @Test
  void escapesMarkupInValues() {
    assertEquals("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;", PageShell.escape("<img src=x onerror=\"alert(1)\"> & '"));
  }

  @Test
  void jsonCannotCloseItsScriptElement() {
    assertEquals("{\"n\":\"\\u003c/script>\\u003c!--\"}", PageShell.scriptSafe("{\"n\":\"</script><!--\"}"));
  }
}

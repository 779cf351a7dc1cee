package io.haven.storefront.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.haven.members.boundary.MemberRuleBroken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything the pages, the script and the problem answers need. */
class TextsTest {

  private final Texts texts = new Texts();

  @Test
  void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
    assertEquals(texts.bundle(Language.ZH_CN).keySet(), texts.bundle(Language.EN).keySet());
    for (Language language : Language.values()) {
      texts.bundle(language).forEach((key, text) -> assertTrue(!text.isBlank(), language + " " + key + " is empty"));
    }
  }

  @Test
  void chineseIsChineseAndEnglishIsEnglish() {
    assertEquals("登录", texts.text(Language.ZH_CN, "signIn.title"));
    assertEquals("Sign in", texts.text(Language.EN, "signIn.title"));
  }

  @Test
  void everyKeyThePagesAndTheScriptUseExists() throws IOException {
    List<String> missing = new ArrayList<>();
    Pattern pageKey = Pattern.compile("data-t(?:-placeholder|-aria-label)?=\"([\\w.-]+)\"");
    Pattern scriptKey = Pattern.compile("(?:\\bt|say\\([^,]+|fail|toast)\\('([\\w.-]+)'");
    try (Stream<Path> pages = Files.list(Path.of("src/main/webapp/WEB-INF/pages"))) {
      for (Path page : pages.filter(Files::isRegularFile).toList()) {
        collectMissing(Files.readString(page), pageKey, page.getFileName().toString(), missing);
      }
    }
    collectMissing(Files.readString(Path.of("src/main/webapp/assets/storefront.js")), scriptKey, "storefront.js", missing);
    assertEquals(List.of(), missing);
  }

  @Test
  void everyRuleTheStorefrontCanMeetHasAMessage() {
    List<String> codes =
        new ArrayList<>(
            List.of(
                MemberRuleBroken.phoneTaken().code(),
                MemberRuleBroken.signInFailed().code(),
                MemberRuleBroken.wrongLoginScheme().code(),
                MemberRuleBroken.tokenRejected().code(),
                MemberRuleBroken.enterpriseUnavailable().code(),
                new io.haven.common.NotFound("x", 1).code(),
                new io.haven.common.NoTenantSelected().code(),
                // a play (activities)
                io.haven.activities.boundary.ActivityClosed.offline(1).code(),
                io.haven.activities.boundary.ActivityClosed.notStarted(java.time.Instant.EPOCH).code(),
                io.haven.activities.boundary.ActivityClosed.ended(java.time.Instant.EPOCH).code(),
                new io.haven.activities.boundary.PlayLimitReached(io.haven.activities.entity.PlayCounter.Kind.DAY, 1).code(),
                new io.haven.activities.boundary.PlayLimitReached(io.haven.activities.entity.PlayCounter.Kind.USER, 1).code(),
                new io.haven.activities.boundary.PlayLimitReached(io.haven.activities.entity.PlayCounter.Kind.DEVICE, 1).code(),
                new io.haven.activities.boundary.ActivityBusy("x").code(),
                io.haven.points.boundary.PointsRuleBroken.insufficient(0, 1).code(),
                new io.haven.common.WriteConflict().code(),
                "activity.play.device.invalid",
                "activity.play.device.required",
                // rules Members checks inline
                "member.phone.invalid",
                "member.nickname.invalid",
                "member.birthday.invalid",
                "password.weak",
                // the storefront's own
                "storefront.notFound",
                "storefront.notOpen",
                "member.signInRequired",
                "request.notFound",
                "request.methodNotAllowed",
                "request.notAcceptable",
                "request.mediaType",
                "request.invalid",
                "request.unreadable",
                "request.failed",
                "request.crossSite",
                "server.error",
                "error.network"));
    for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 415, 500, 503}) {
      codes.add("problem." + status);
    }
    for (String code : codes) {
      assertNotNull(texts.text(Language.ZH_CN, code), code);
    }
  }

  private void collectMissing(String source, Pattern key, String where, List<String> missing) {
    Matcher m = key.matcher(source);
    TreeSet<String> keys = new TreeSet<>();
    while (m.find()) {
      keys.add(m.group(1));
    }
    assertTrue(!keys.isEmpty(), "no text keys found in " + where);
    keys.stream().filter(k -> texts.text(Language.ZH_CN, k) == null).map(k -> where + ": " + k).forEach(missing::add);
  }
}

package io.haven.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.members.boundary.LevelView;
import io.haven.members.boundary.MemberDirectory;
import io.haven.members.boundary.MemberLevels;
import io.haven.members.boundary.MemberTaskRuleBroken;
import io.haven.members.boundary.MemberTaskSettings;
import io.haven.members.boundary.MemberTaskView;
import io.haven.members.boundary.MemberTasks;
import io.haven.members.boundary.Members;
import io.haven.members.boundary.TaskCompletion;
import io.haven.members.entity.MemberTaskStatus;
import io.haven.tasks.entity.CycleType;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
import io.haven.testing.Statements;
import io.haven.tenancy.boundary.PartnerAnswer;
import io.haven.tenancy.boundary.PartnerRequests;
import io.haven.testing.Tenants;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * V4: member-task completions within their cycle's allowance (cycles in the enterprise's time zone,
 * Asia/Shanghai by default: UTC+8, no daylight saving), growth value and the level it reaches.
 */
@ExtendWith(ArquillianExtension.class)
class MemberTasksIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("member-tasks");
  }

  @Inject MemberFixture fixture;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject Members members;
  @Inject MemberTasks tasks;
  @Inject MemberLevels levels;
  @Inject MemberDirectory directory;
  @Inject Instance<MemberTasks> tasksPerThread;
  @Inject Racer racer;
  @Inject Statements statements;
  @Inject PartnerRequests partnerRequests;

  @jakarta.annotation.Resource(lookup = "java:jboss/datasources/HavenDS")
  javax.sql.DataSource dataSource;

  private long product(String name) {
    return fixture.storefront(name).productId();
  }

  private MemberTaskView task(long product, String code, int growth, CycleType type, int count, int perCycle) {
    return tasks.add(product, new MemberTaskSettings(code, "Task " + code, growth, type, count, perCycle, null, null, "Do it"));
  }

  private long member(long product, String externalId) {
    return members.sync(product, externalId, null, null, null).member().id();
  }

  @Test
  void dayCyclesEndAtLocalMidnight() {
    long product = product("Day Co");
    long member = member(product, "M-1");
    task(product, "share", 10, CycleType.DAY, 1, 3);
    Instant lastSecond = Instant.parse("2026-03-01T15:59:59Z"); // 23:59:59 in Shanghai
    for (int i = 1; i <= 3; i++) {
      TaskCompletion done = tasks.complete(product, "M-1", "share", lastSecond.minusSeconds(3600L * i), "ref-" + i);
      assertThat(done.seq()).isEqualTo(i);
      assertThat(done.growthAfter()).isEqualTo(10L * i);
    }
    assertThatThrownBy(() -> tasks.complete(product, "M-1", "share", lastSecond, null))
        .isInstanceOf(MemberTaskRuleBroken.class)
        .hasMessageContaining("3 per 1 DAY")
        .extracting(e -> ((HavenException) e).kind())
        .isEqualTo(HavenException.Kind.CONFLICT);
    TaskCompletion nextDay = tasks.complete(product, "M-1", "share", Instant.parse("2026-03-01T16:00:00Z"), null);
    assertThat(nextDay.seq()).isEqualTo(1);
    assertThat(nextDay.growthAfter()).isEqualTo(40);
    assertThat(levels.standing(product, member).growthValue()).isEqualTo(40);
    assertThat(tasks.history(member, 0, 10).items()).extracting(TaskCompletion::growthAfter).containsExactly(40L, 30L, 20L, 10L);
  }

  @Test
  void hourAndYearCycles() {
    long product = product("Hour Year Co");
    member(product, "M-2");
    task(product, "hourly", 1, CycleType.HOUR, 1, 1);
    task(product, "yearly", 5, CycleType.YEAR, 1, 1);
    tasks.complete(product, "M-2", "hourly", Instant.parse("2026-03-01T10:59:59.999Z"), null);
    assertThatThrownBy(() -> tasks.complete(product, "M-2", "hourly", Instant.parse("2026-03-01T10:00:00Z"), null))
        .isInstanceOf(MemberTaskRuleBroken.class).hasMessageContaining("1 per 1 HOUR");
    assertThat(tasks.complete(product, "M-2", "hourly", Instant.parse("2026-03-01T11:00:00Z"), null).seq()).isEqualTo(1);

    // 2025-12-31T15:59:59Z is the last second of 2025 in Shanghai; 16:00Z is already 2026 there
    tasks.complete(product, "M-2", "yearly", Instant.parse("2025-12-31T15:59:59Z"), null);
    assertThatThrownBy(() -> tasks.complete(product, "M-2", "yearly", Instant.parse("2025-01-01T00:00:00Z"), null))
        .isInstanceOf(MemberTaskRuleBroken.class).hasMessageContaining("1 per 1 YEAR");
    TaskCompletion newYear = tasks.complete(product, "M-2", "yearly", Instant.parse("2025-12-31T16:00:00Z"), null);
    assertThat(newYear.growthAfter()).isEqualTo(2 + 10);
  }

  @Test
  void levelFollowsGrowthAndLevelChanges() throws Exception {
    long product = product("Level Co");
    long member = member(product, "M-3");
    task(product, "buy", 60, CycleType.DAY, 1, 10);
    byte[] badge = MemberLevelsIT.png(8, 8);
    LevelView silver = levels.add(product, "Silver", 50L, badge);
    LevelView gold = levels.add(product, "Gold", 100L, badge);
    Instant at = Instant.parse("2026-01-10T04:00:00Z");
    assertThat(levels.standing(product, member).level()).isNull();
    assertThat(levels.standing(product, member).next().name()).isEqualTo("Silver");
    assertThat(tasks.complete(product, "M-3", "buy", at, null).level().name()).isEqualTo("Silver");
    TaskCompletion second = tasks.complete(product, "M-3", "buy", at.plusSeconds(1), null);
    assertThat(second.growthAfter()).isEqualTo(120);
    assertThat(second.level().id()).isEqualTo(gold.id());
    // the operator raises Gold above the member's growth value: the member stands on Silver again
    levels.change(gold.id(), gold.version(), "Gold", 121L, null);
    assertThat(levels.standing(product, member).level().id()).isEqualTo(silver.id());
    assertThat(directory.summary(member).levelName()).isEqualTo("Silver");
    assertThat(directory.search(product, "M-3", 0, 10).items()).extracting(s -> s.growthValue()).containsExactly(120L);
  }

  @Test
  void offlineOutsideWindowAndUnknownAreClearErrors() {
    long product = product("Rules Co");
    member(product, "M-4");
    MemberTaskView windowed =
        tasks.add(
            product,
            new MemberTaskSettings(
                "window", "Windowed", 5, CycleType.DAY, 1, 5, Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"), null));
    assertThatThrownBy(() -> tasks.complete(product, "M-4", "window", Instant.parse("2026-03-01T00:00:00Z"), null))
        .isInstanceOf(MemberTaskRuleBroken.class).extracting(e -> ((HavenException) e).code()).isEqualTo("memberTask.outsideWindow");
    tasks.complete(product, "M-4", "window", Instant.parse("2026-02-28T23:59:59Z"), null);
    tasks.switchStatus(windowed.id(), MemberTaskStatus.OFFLINE);
    assertThatThrownBy(() -> tasks.complete(product, "M-4", "window", Instant.parse("2026-02-10T00:00:00Z"), null))
        .isInstanceOf(MemberTaskRuleBroken.class).extracting(e -> ((HavenException) e).code()).isEqualTo("memberTask.offline");
    assertThatThrownBy(() -> tasks.complete(product, "M-4", "nope", null, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.complete(product, "M-404", "window", null, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.complete(product, "M-4", "window", Instant.now().plusSeconds(3600), null))
        .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("occurredAt");
    assertThatThrownBy(() -> task(product, "window", 5, CycleType.DAY, 1, 1))
        .isInstanceOf(MemberTaskRuleBroken.class).extracting(e -> ((HavenException) e).field()).isEqualTo("code");
    assertThatThrownBy(() -> task(product, "bad code!", 5, CycleType.DAY, 1, 1))
        .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("code");
    assertThatThrownBy(() -> task(product, "g", 100_001, CycleType.DAY, 1, 1))
        .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("growth");
    assertThatThrownBy(() -> task(product, "g", 1, CycleType.DAY, 0, 1))
        .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("cycleCount");
    assertThatThrownBy(() -> task(product, "g", 1, CycleType.DAY, 1, 0))
        .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("perCycle");
    assertThat(tasks.list(product, MemberTaskStatus.OFFLINE, "wind", 0, 10).items()).extracting(MemberTaskView::code).containsExactly("window");
    assertThat(tasks.list(product, MemberTaskStatus.ONLINE, null, 0, 10).items()).isEmpty();
  }

  /**
   * 30 completions of one member race for a cycle that allows 3: exactly 3 are recorded and add
   * growth, 27 are refused naming the limit. Without the member lock, racers would count the same
   * completions and collide on the cycle place's unique constraint instead (fewer than 3 recorded).
   */
  @Test
  void racingCompletionsTakeExactlyTheAllowance() throws Exception {
    long product = product("Race Task Co");
    long member = member(product, "M-5");
    task(product, "race", 7, CycleType.DAY, 1, 3);
    long tenantId = context.tenantId();
    Instant at = Instant.parse("2026-05-05T05:05:05Z");
    List<Object> outcomes = racer.race(30, tenantId, i -> () -> tasksPerThread.get().complete(product, "M-5", "race", at, "r-" + i));
    assertThat(outcomes).allMatch(o -> o instanceof TaskCompletion || o instanceof MemberTaskRuleBroken);
    assertThat(outcomes.stream().filter(o -> o instanceof TaskCompletion).count()).isEqualTo(3);
    assertThat(outcomes.stream().filter(o -> o instanceof MemberTaskRuleBroken r && r.code().equals("memberTask.cycleFull")).count())
        .isEqualTo(27);
    assertThat(outcomes.stream().filter(o -> o instanceof TaskCompletion).map(o -> ((TaskCompletion) o).seq()))
        .containsExactlyInAnyOrder(1, 2, 3);
    assertThat(levels.standing(product, member).growthValue()).isEqualTo(21);
  }

  /**
   * A partner's completion under a new Idempotency-Key, warm, is five statements in one
   * transaction: the key's row, the growth update that locks the member, the read of the growth
   * value and the cycle's count under that lock, the completion row, the stored answer. No query
   * of the task, the levels or the enterprise (the programme is cached), no audit copy (the
   * completion row is the record). Fails when a statement is added.
   */
  @Test
  void anIdempotentCompletionIsFiveStatements() throws Exception {
    long product = product("Lean Task Co");
    long member = member(product, "M-8");
    task(product, "lean", 3, CycleType.DAY, 1, 100);
    levels.add(product, "Bronze", 5L, MemberLevelsIT.png(8, 8));
    Function<HavenException, PartnerAnswer> refusal = rule -> PartnerAnswer.of(rule.kind().status, "application/problem+json", null, "{}");
    Supplier<PartnerAnswer> complete =
        () -> {
          TaskCompletion done = tasks.complete(product, "M-8", "lean", null, null);
          return PartnerAnswer.of(201, "application/json", null, "{\"growth\":" + done.growthAfter() + ",\"level\":\""
              + (done.level() == null ? "" : done.level().name()) + "\"}");
        };
    partnerRequests.once("warm-up", "a".repeat(64), complete, refusal); // first read of the programme

    var counted = statements.counting(() -> partnerRequests.once("lean-2", "a".repeat(64), complete, refusal));

    assertThat(counted.result().body()).isEqualTo("{\"growth\":6,\"level\":\"Bronze\"}");
    assertThat(counted.tally().executed()).as("statements of one completion: %s", counted.tally()).isEqualTo(5);
    assertThat(counted.tally().sql()).as("no programme query, no audit copy: %s", counted.tally())
        .noneMatch(sql -> sql.contains("audit_entry") || sql.contains("member_level") || sql.contains("enterprise")
            || sql.matches("(?s).*from member_task\\b.*"));
    assertThat(levels.standing(product, member).growthValue()).isEqualTo(6);
    // and a retry of it is two: the key's insert meets the kept row, which is read back
    var retried = statements.counting(() -> partnerRequests.once("lean-2", "a".repeat(64), complete, refusal));
    assertThat(retried.result().replayed()).isTrue();
    assertThat(retried.tally().executed()).as("statements of a replay: %s", retried.tally()).isEqualTo(2);
    assertThat(levels.standing(product, member).growthValue()).isEqualTo(6);
  }

  /**
   * Growth moves in one guarded statement that leaves the member's version alone: a profile edit
   * that read the member before a completion still saves (it would be refused as stale otherwise).
   */
  @Test
  void completionsDoNotMakeProfileEditsStale() throws Exception {
    long product = product("Version Co");
    long member = member(product, "M-7");
    task(product, "v", 4, CycleType.DAY, 1, 10);
    long before = version(member);
    tasks.complete(product, "M-7", "v", null, null);
    assertThat(version(member)).isEqualTo(before);
    members.changeProfile(product, member, "Renamed", null);
    assertThat(levels.standing(product, member).growthValue()).isEqualTo(4);
    assertThat(members.profile(product, member).nickname()).isEqualTo("Renamed");
  }

  private long version(long memberId) throws Exception {
    try (var c = dataSource.getConnection(); var s = c.prepareStatement("select version from member where id = ?")) {
      s.setLong(1, memberId);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void anotherTenantsMembersTasksAndProductsAreNotFound() {
    long product = product("Own Task Co");
    long member = member(product, "M-6");
    MemberTaskView task = task(product, "mine", 3, CycleType.DAY, 1, 1);
    tenants.actAs(tenants.open("Other Task Co"));
    assertThatThrownBy(() -> tasks.complete(product, "M-6", "mine", null, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.get(task.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.switchStatus(task.id(), MemberTaskStatus.OFFLINE)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> tasks.history(member, 0, 10)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> levels.standing(product, member)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> directory.summary(member)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> task(product, "theirs", 1, CycleType.DAY, 1, 1)).isInstanceOf(NotFound.class);
    assertThat(tasks.list(null, null, null, 0, 10).items()).isEmpty();
    assertThat(directory.search(null, null, 0, 10).items()).isEmpty();
  }
}

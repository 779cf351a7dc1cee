package io.haven.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.haven.common.HavenException;
import io.haven.members.boundary.MemberRuleBroken;
import io.haven.members.boundary.MemberView;
import io.haven.members.boundary.Members;
import io.haven.members.boundary.SyncedMember;
import io.haven.points.boundary.PointsLedger;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.ProductHeldElsewhere;
import io.haven.testing.Racer;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Parallel writes of one member (issue 9): twenty partner syncs of one member, twenty first syncs
 * of a member nobody has seen yet, and parallel sign-ups of one phone. Before the sync became an
 * upsert under locks, the first race failed 10–17 of 20 with OptimisticLockException and the
 * second 4 of 20 on the unique key (both 500s). Each outcome is checked: a sync must succeed, a
 * losing sign-up must be the domain's "phone taken", never a persistence error; and the attempts
 * must really have overlapped, or the race proves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MemberRacesIT {

  static final int RACERS = 20;

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("member-races");
  }

  @Inject MemberFixture fixture;
  @Inject Members members;
  @Inject PointsLedger ledger;
  @Inject Racer racer;
  @Inject ProductHeldElsewhere elsewhere;

  @Test
  void twentyParallelSyncsOfOneMemberAllSucceed() throws Exception {
    var store = fixture.storefront("Sync Race Co");
    members.sync(store.productId(), "M-1", "Before", null, null);

    untilOverlapped(attempt -> {
      var timed = new Timed();
      List<Object> outcomes =
          timed.race(store.tenantId(), i -> () -> members.sync(store.productId(), "M-1", "Nick " + i, null, LocalDate.of(1990, 1, 1 + i)));

      assertThat(outcomes).as("every sync succeeds, none is a persistence error").allMatch(SyncedMember.class::isInstance);
      assertThat(outcomes).as("the member existed: nobody created it").noneMatch(o -> ((SyncedMember) o).created());
      MemberView after = members.byEnterpriseId(store.productId(), "M-1");
      List<String> written = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        written.add("Nick " + i);
      }
      assertThat(written).as("the last sync's values stand, whole").contains(after.nickname());
      int day = Integer.parseInt(after.nickname().substring(5)) + 1;
      assertThat(after.birthday()).as("nickname and birthday of one and the same sync").isEqualTo(LocalDate.of(1990, 1, day));
      return timed;
    });
  }

  @Test
  void firstSyncRacedWithItselfCreatesOneMember() throws Exception {
    var store = fixture.storefront("First Sync Race Co");

    untilOverlapped(attempt -> {
      String memberId = "M-NEW-" + attempt; // a member no earlier attempt created
      var timed = new Timed();
      List<Object> outcomes = timed.race(store.tenantId(), i -> () -> members.sync(store.productId(), memberId, null, null, null));

      assertThat(outcomes).as("every sync succeeds, none is a unique-key failure").allMatch(SyncedMember.class::isInstance);
      List<SyncedMember> synced = outcomes.stream().map(SyncedMember.class::cast).toList();
      assertThat(synced.stream().filter(SyncedMember::created)).as("exactly one created it").hasSize(1);
      assertThat(synced.stream().map(s -> s.member().id()).distinct()).as("all of them saw the same member").hasSize(1);
      long id = synced.get(0).member().id();
      assertThat(members.byEnterpriseId(store.productId(), memberId).id()).isEqualTo(id);
      assertThat(ledger.balance(id)).as("its points account was opened once").isZero();
      return timed;
    });
  }

  @Test
  void parallelSignUpsOfOnePhoneLetOneWinAndTellTheOthersItIsTaken() throws Exception {
    var store = fixture.storefront("Sign-up Race Co");

    untilOverlapped(attempt -> {
      String phone = "1391111222" + attempt; // a phone no earlier attempt signed up
      var timed = new Timed();
      List<Object> outcomes = timed.race(store.tenantId(), i -> () -> members.signUp(store, phone, "Member-Pass-1", "Racer " + i));

    assertThat(outcomes.stream().filter(MemberView.class::isInstance)).as("one sign-up wins").hasSize(1);
    assertThat(outcomes.stream().filter(o -> !(o instanceof MemberView)))
        .as("every other one is the domain's refusal, not a persistence error")
        .hasSize(RACERS - 1)
        .allSatisfy(o -> {
          assertThat(o).isInstanceOf(MemberRuleBroken.class);
          assertThat(((HavenException) o).code()).isEqualTo("member.phone.taken");
        });
      return timed;
    });
  }

  /**
   * A first sync that waits longer than the lock time-out for the product (held here by another
   * transaction for 8 s; the lock wait is 5 s) is refused as "busy, try again" in the words of
   * members — not with the levels' message it shared with the level edits that take the same lock.
   */
  @Test
  void aFirstSyncThatWaitsTooLongForTheProductIsToldMembersAreBusy() throws Exception {
    var store = fixture.storefront("Busy Product Co");
    CountDownLatch locked = new CountDownLatch(1);
    List<Object> outcomes =
        racer.race(
            2,
            store.tenantId(),
            i -> i == 0
                ? () -> {
                  elsewhere.hold(store.productId(), 8_000, locked);
                  return "held";
                }
                : () -> {
                  // only once the holder has the lock (a fixed pause lost that race on a loaded machine)
                  if (!locked.await(30, TimeUnit.SECONDS)) {
                    return "the holder never took the lock";
                  }
                  return members.sync(store.productId(), "M-LATE", null, null, null);
                });
    assertThat(outcomes.get(0)).isEqualTo("held");
    assertThat(outcomes.get(1)).as("the late sync's refusal").isInstanceOf(MemberRuleBroken.class);
    HavenException busy = (HavenException) outcomes.get(1);
    assertThat(busy.code()).isEqualTo("member.busy");
    assertThat(busy.kind()).isEqualTo(HavenException.Kind.BUSY);
    assertThat(busy.getMessage()).doesNotContainIgnoringCase("level");
    // nothing was created: the same sync later creates the member
    assertThat(members.sync(store.productId(), "M-LATE", null, null, null).created()).isTrue();
  }

  /** One race of a test, with its own checks; answers its timings. */
  private interface Attempt {
    Timed run(int attempt) throws Exception;
  }

  /**
   * Runs a race (checking each time what it must) until its racers really ran at the same time, at
   * most five times: on two busy cores the first racer can finish before any other is scheduled,
   * and such a race proves nothing — but it is no failure of the code either.
   */
  private static void untilOverlapped(Attempt race) throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      if (race.run(attempt).overlapped()) {
        return;
      }
    }
    fail("the racers never ran at the same time in five races");
  }

  /** Runs the racers and keeps when each ran, to check they overlapped. */
  private class Timed {
    final ConcurrentLinkedQueue<long[]> spans = new ConcurrentLinkedQueue<>();

    List<Object> race(long tenantId, IntFunction<Callable<Object>> attempt) throws Exception {
      return racer.race(
          RACERS,
          tenantId,
          i -> {
            Callable<Object> work = attempt.apply(i);
            return () -> {
              long start = System.nanoTime();
              try {
                return work.call();
              } finally {
                spans.add(new long[] {start, System.nanoTime()});
              }
            };
          });
    }

    /**
     * Another racer was past the start gate before the first one finished: they really ran at
     * the same time (on two cores the first can finish before most of the others are even
     * scheduled — three was asked once and missed on H2 with two).
     */
    boolean overlapped() {
      long firstEnd = spans.stream().mapToLong(s -> s[1]).min().orElseThrow();
      return spans.stream().filter(s -> s[0] < firstEnd).count() >= 2;
    }
  }
}

package io.haven.tasks;

import static io.haven.tasks.TaskTesting.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.common.NotFound;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.members.boundary.MemberRuleBroken;
import io.haven.members.boundary.MemberView;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.PointsLedger;
import io.haven.tasks.boundary.CompletionView;
import io.haven.tasks.boundary.ContactEvent;
import io.haven.tasks.boundary.ContactEvents;
import io.haven.tasks.boundary.ContactRuleBroken;
import io.haven.tasks.boundary.InvitationView;
import io.haven.tasks.boundary.Invitations;
import io.haven.tasks.boundary.PointsTasks;
import io.haven.tasks.boundary.TaskInput;
import io.haven.tasks.boundary.TaskRuleBroken;
import io.haven.tasks.boundary.WeComEvents;
import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import io.haven.testing.Racer;
import io.haven.testing.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17: INVITE_MEMBER, ADD_SERVICE_FRIEND and JOIN_GROUP tasks complete — through invitation
 * sign-ups and partner syncs, and through WeCom events — once per new member or event, within the
 * cycle's allowance, never across products or tenants, and bad events are refused with nothing
 * written.
 */
@ExtendWith(ArquillianExtension.class)
class AcquisitionTasksIT {

  private static final AtomicLong PHONES = new AtomicLong(13600000000L);

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("acquisition-tasks");
  }

  @Inject MemberFixture fixture;
  @Inject Tenants tenants;
  @Inject TenantContext context;
  @Inject Racer racer;
  @Inject Members members;
  @Inject Instance<Members> memberBeans;
  @Inject PointsTasks tasks;
  @Inject PointsLedger ledger;
  @Inject Invitations invitations;
  @Inject ContactEvents contactEvents;
  @Inject Instance<ContactEvents> contactEventBeans;
  @Inject WeComEvents sandbox;

  @Resource(lookup = "java:jboss/datasources/HavenDS")
  DataSource dataSource;

  private StorefrontProduct store;

  private long task(TaskTemplate template, int perCycle, int points, TaskSettings settings) {
    return tasks.create(store.productId(), template, input(template.name(), CycleType.DAY, 1, perCycle, points, settings)).id();
  }

  private static TaskSettings contact(String configurationId) {
    return new TaskSettings(null, null, "WECHAT_WORK", null, configurationId, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private MemberView signUpVia(long inviterId) {
    return members.signUp(store, String.valueOf(PHONES.incrementAndGet()), "Member-Pass-1", null, inviterId);
  }

  private static ContactEvent friendAdded(String configurationId, String eventId) {
    return new ContactEvent(ContactEvent.Type.SERVICE_FRIEND_ADDED, configurationId, eventId, StoredTime.now());
  }

  private long completions(long taskId) throws Exception {
    try (var c = dataSource.getConnection(); var s = c.prepareStatement("select count(*) from task_completion where task_id = ?")) {
      s.setLong(1, taskId);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void aSignUpThroughAnInvitationCreditsTheInviterOncePerNewMember() throws Exception {
    store = fixture.storefront("Invite Co");
    long invite = task(TaskTemplate.INVITE_MEMBER, 5, 20, TaskSettings.none());
    long inviter = fixture.member(store).id();

    MemberView first = signUpVia(inviter);
    MemberView second = signUpVia(inviter);
    fixture.member(store); // signed up without an invitation: nobody is credited

    assertThat(ledger.balance(inviter)).isEqualTo(40);
    assertThat(ledger.balance(first.id())).isZero();
    assertThat(completions(invite)).isEqualTo(2);
    List<InvitationView> made = invitations.madeBy(store.productId(), inviter);
    assertThat(made).extracting(InvitationView::inviteeId).containsExactly(second.id(), first.id());
    assertThat(made).allSatisfy(i -> {
      assertThat(i.points()).isEqualTo(20);
      assertThat(i.channel()).isEqualTo("STOREFRONT");
    });
    assertThat(invitations.of(store.productId(), first.id())).get().extracting(InvitationView::inviterId).isEqualTo(inviter);
    assertThat(invitations.of(store.productId(), inviter)).isEmpty();
    TaskTesting.assertLedgerMatchesBalances(dataSource, context.tenantId());
  }

  @Test
  void invitationsBeyondTheCyclesAllowanceAreRecordedButNotCredited() throws Exception {
    store = fixture.storefront("Allowance Co");
    task(TaskTemplate.INVITE_MEMBER, 2, 10, TaskSettings.none());
    long inviter = fixture.member(store).id();
    for (int i = 0; i < 3; i++) {
      signUpVia(inviter);
    }
    assertThat(ledger.balance(inviter)).isEqualTo(20);
    assertThat(invitations.madeBy(store.productId(), inviter)).extracting(InvitationView::points).containsExactlyInAnyOrder(0, 10, 10);
  }

  @Test
  void aMemberOfAnotherProductOrTenantNeverCompletesTheTaskHere() throws Exception {
    StorefrontProduct other = fixture.storefront("Other Co");
    long outsider = fixture.member(other).id();
    store = fixture.storefront("Home Co");
    long invite = task(TaskTemplate.INVITE_MEMBER, 5, 20, TaskSettings.none());

    MemberView joined = signUpVia(outsider);

    assertThat(completions(invite)).isZero();
    assertThat(invitations.of(store.productId(), joined.id())).isEmpty();
    tenants.actAs(other.tenantId());
    assertThat(ledger.balance(outsider)).isZero();
    assertThat(invitations.madeBy(other.productId(), outsider)).isEmpty();
  }

  @Test
  void aPartnerSyncNamingTheInviterCreditsOnlyForAMemberItCreates() throws Exception {
    store = fixture.storefront("Sync Invite Co");
    long invite = task(TaskTemplate.INVITE_MEMBER, 5, 30, TaskSettings.none());
    var inviter = members.sync(store.productId(), "M-INVITER", null, null, null).member();
    members.sync(store.productId(), "M-OLD", null, null, null);

    assertThat(members.sync(store.productId(), "M-NEW", null, null, null, "M-INVITER").created()).isTrue();
    // already a member: not a new member, nobody credited
    assertThat(members.sync(store.productId(), "M-OLD", null, null, null, "M-INVITER").created()).isFalse();
    // the same sync again (a retry): no second credit
    members.sync(store.productId(), "M-NEW", null, null, null, "M-INVITER");

    assertThat(ledger.balance(inviter.id())).isEqualTo(30);
    assertThat(completions(invite)).isEqualTo(1);
    assertThat(invitations.madeBy(store.productId(), inviter.id())).singleElement().satisfies(i -> assertThat(i.channel()).isEqualTo("PARTNER_API"));

    assertThatThrownBy(() -> members.sync(store.productId(), "M-SELF", null, null, null, "M-SELF"))
        .isInstanceOfSatisfying(MemberRuleBroken.class, e -> assertThat(e.code()).isEqualTo("member.invitedBy.self"));
    assertThatThrownBy(() -> members.sync(store.productId(), "M-LOST", null, null, null, "M-NOBODY"))
        .isInstanceOfSatisfying(MemberRuleBroken.class, e -> assertThat(e.code()).isEqualTo("member.invitedBy.unknown"));
    assertThatThrownBy(() -> members.byEnterpriseId(store.productId(), "M-LOST")).as("nothing written").isInstanceOf(NotFound.class);
  }

  /**
   * Twelve people sign up through one invitation at once, the task allows three a day: exactly three
   * credits, every sign-up succeeds, Σ ledger = balance. The inviter's account lock serialises the
   * credits; the unique (task, member, cycle, seq) place backs it. Checked on H2 and MariaDB: with
   * both the lock (TaskCompleter.lockMember) and uk_task_completion_place removed, racers read the
   * same count and all twelve are credited.
   */
  @Test
  void racingSignUpsThroughOneInvitationCreditExactlyTheAllowance() throws Exception {
    store = fixture.storefront("Invite Race Co");
    long invite = task(TaskTemplate.INVITE_MEMBER, 3, 10, TaskSettings.none());
    long inviter = fixture.member(store).id();
    StorefrontProduct shop = store;

    List<Object> outcomes =
        racer.race(12, store.tenantId(), i -> () -> memberBeans.get().signUp(shop, "1350000" + (1000 + i), "Member-Pass-1", null, inviter));

    assertThat(outcomes).allMatch(MemberView.class::isInstance);
    assertThat(completions(invite)).isEqualTo(3);
    assertThat(ledger.balance(inviter)).isEqualTo(30);
    assertThat(invitations.madeBy(store.productId(), inviter)).hasSize(12);
    TaskTesting.assertLedgerMatchesBalances(dataSource, store.tenantId());
  }

  /** One person pressing "sign up" on the invitation page several times at once: one member, one credit. */
  @Test
  void racingSignUpsOfOnePersonThroughOneInvitationCreditOnce() throws Exception {
    store = fixture.storefront("Double Tap Co");
    long invite = task(TaskTemplate.INVITE_MEMBER, 10, 10, TaskSettings.none());
    long inviter = fixture.member(store).id();
    StorefrontProduct shop = store;

    List<Object> outcomes =
        racer.race(8, store.tenantId(), i -> () -> memberBeans.get().signUp(shop, "13522223333", "Member-Pass-1", null, inviter));

    assertThat(outcomes.stream().filter(MemberView.class::isInstance)).hasSize(1);
    assertThat(completions(invite)).isEqualTo(1);
    assertThat(ledger.balance(inviter)).isEqualTo(10);
  }

  @Test
  void aWeComEventCompletesTheMatchingOnlineTaskOncePerCycle() throws Exception {
    store = fixture.storefront("WeCom Co");
    long friend = task(TaskTemplate.ADD_SERVICE_FRIEND, 1, 15, contact("cfg-service-1"));
    long group = task(TaskTemplate.JOIN_GROUP, 1, 25, contact("cfg-group-1"));
    MemberView member = members.sync(store.productId(), "M-1", null, null, null).member();

    CompletionView done = contactEvents.receive(store.productId(), friendAdded("cfg-service-1", "ev-1"), "M-1");
    assertThat(done.taskId()).isEqualTo(friend);
    assertThatThrownBy(() -> contactEvents.receive(store.productId(), friendAdded("cfg-service-1", "ev-1"), "M-1"))
        .as("the same event again").isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.alreadyCredited"));
    assertThatThrownBy(() -> contactEvents.receive(store.productId(), friendAdded("cfg-service-1", "ev-2"), "M-1"))
        .as("another event in the same cycle").isInstanceOfSatisfying(TaskRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.cycleFull"));
    // the sandbox sends its event through the same path
    assertThat(sandbox.sendTestEvent(group, member.id()).taskId()).isEqualTo(group);
    assertThat(ledger.balance(member.id())).isEqualTo(40);
    TaskTesting.assertLedgerMatchesBalances(dataSource, context.tenantId());
  }

  /**
   * One event delivered ten times at once (a retrying integration), the task allowing five a day:
   * one credit, the other nine refused. The origin wecom:<event id> is checked under the member's
   * lock, and unique in the database as the second line. Checked on H2 and MariaDB: with both the
   * origin check (TaskCompleter.originUsed) and uk_task_completion_origin removed, five of the ten
   * are credited (the cycle's allowance is then the only bound).
   */
  @Test
  void oneEventDeliveredManyTimesInParallelCreditsOnce() throws Exception {
    store = fixture.storefront("Redelivery Co");
    long friend = task(TaskTemplate.ADD_SERVICE_FRIEND, 5, 15, contact("cfg-1"));
    MemberView member = members.sync(store.productId(), "M-1", null, null, null).member();
    long productId = store.productId();
    ContactEvent event = friendAdded("cfg-1", "ev-race");

    List<Object> outcomes = racer.race(10, store.tenantId(), i -> () -> contactEventBeans.get().receive(productId, event, "M-1"));

    assertThat(outcomes.stream().filter(CompletionView.class::isInstance)).hasSize(1);
    assertThat(outcomes.stream().filter(o -> o instanceof HavenException)).hasSize(9);
    assertThat(completions(friend)).isEqualTo(1);
    assertThat(ledger.balance(member.id())).isEqualTo(15);
    TaskTesting.assertLedgerMatchesBalances(dataSource, store.tenantId());
  }

  @Test
  void badEventsAreRefusedWithNothingWritten() throws Exception {
    StorefrontProduct other = fixture.storefront("Foreign Co");
    tasks.create(other.productId(), TaskTemplate.JOIN_GROUP, input("Foreign", CycleType.DAY, 1, 1, 5, contact("cfg-foreign")));
    members.sync(other.productId(), "M-X", null, null, null);
    store = fixture.storefront("Strict Co");
    long friend = tasks.create(store.productId(), TaskTemplate.ADD_SERVICE_FRIEND,
        new TaskInput("Window", null, "Go", null, CycleType.DAY, 1, 1, 5, StoredTime.now().minus(Duration.ofDays(10)),
            StoredTime.now().plus(Duration.ofDays(10)), 1, contact("cfg-1"))).id();
    task(TaskTemplate.JOIN_GROUP, 1, 5, contact("cfg-group"));
    members.sync(store.productId(), "M-1", null, null, null);
    long productId = store.productId();

    assertRefused(() -> contactEvents.receive(productId, friendAdded("cfg-unknown", "e1"), "M-1"), "task.contact.unknownConfiguration");
    assertRefused(() -> contactEvents.receive(productId, new ContactEvent(ContactEvent.Type.GROUP_JOINED, "cfg-foreign", "e2", StoredTime.now()), "M-1"),
        "task.contact.unknownConfiguration");
    assertRefused(() -> contactEvents.receive(productId, new ContactEvent(ContactEvent.Type.GROUP_JOINED, "cfg-1", "e3", StoredTime.now()), "M-1"),
        "task.contact.unknownConfiguration");
    assertThatThrownBy(() -> contactEvents.receive(productId, friendAdded("cfg-1", "e4"), "M-X")).as("another enterprise's member")
        .isInstanceOf(NotFound.class);
    assertRefused(() -> contactEvents.receive(productId,
        new ContactEvent(ContactEvent.Type.SERVICE_FRIEND_ADDED, "cfg-1", "e5", StoredTime.now().minus(Duration.ofDays(11))), "M-1"),
        "task.contact.outsideWindow");
    assertRefused(() -> contactEvents.receive(productId,
        new ContactEvent(ContactEvent.Type.SERVICE_FRIEND_ADDED, "cfg-1", "e6", Instant.now().plus(Duration.ofHours(1))), "M-1"),
        "task.contact.occurredAt");
    assertRefused(() -> contactEvents.receive(productId, friendAdded("cfg-1", "bad id with spaces"), "M-1"), "task.contact.eventId");
    assertThat(completions(friend)).isZero();

    tenants.actAs(other.tenantId());
    assertThatThrownBy(() -> contactEvents.receive(other.productId(), friendAdded("cfg-1", "e7"), "M-X")).as("another enterprise's configuration id")
        .isInstanceOfSatisfying(ContactRuleBroken.class, e -> assertThat(e.code()).isEqualTo("task.contact.unknownConfiguration"));
  }

  private static void assertRefused(Runnable action, String code) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(HavenException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.kind().status).isBetween(400, 499);
    });
  }
}

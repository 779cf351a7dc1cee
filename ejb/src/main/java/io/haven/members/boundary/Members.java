package io.haven.members.boundary;

import io.haven.common.StoredTime;
import io.haven.common.InvalidInput;
import io.haven.common.PersonName;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.members.control.EnterpriseLoginCallback;
import io.haven.members.control.ProductLock;
import io.haven.members.entity.Invitation;
import io.haven.members.entity.Member;
import io.haven.members.entity.MemberInvited;
import jakarta.enterprise.event.Event;
import io.haven.points.control.PointsAccounts;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.tenancy.control.Passwords;
import io.haven.tenancy.control.SignInAttempts;
import io.haven.tenancy.control.SignInAudit;
import io.haven.tenancy.entity.LoginScheme;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Members of the storefront's product: hosted sign-up and sign-in (phone + password), sign-in with
 * the enterprise's own token (OWN_LOGIN), and the profile. The tenant is the product's enterprise;
 * every lookup is additionally bound to the product.
 */
@Stateless
public class Members {

  private static final String PHONE = "\\+?[0-9]{6,15}";
  /** The enterprise's own member ids, as the partner API takes them. */
  public static final String EXTERNAL_ID = "[A-Za-z0-9_.:@-]{1,64}";
  private static final String DUMMY_HASH =
      "PBKDF2WithHmacSHA256:210000:YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=:YmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmI=";

  private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
  private static final int SYNC_LOCK_TIMEOUT_MS = 5000;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Passwords passwords;
  @Inject EnterpriseLoginCallback callback;
  @Inject PointsAccounts accounts;
  @Inject SignInAttempts attempts;
  @Inject SignInAudit audit;
  @Inject ProductLock productLock;
  @Inject Event<MemberInvited> invited;

  public MemberView signUp(StorefrontProduct product, String phone, String password, String nickname) {
    return signUp(product, phone, password, nickname, null);
  }

  /**
   * Hosted sign-up, through another member's invitation link when {@code inviterId} is given. An
   * inviter who is not a member of this product (a stale or edited link, another storefront's
   * member) is ignored rather than refused: the person still becomes a member, nobody is credited.
   */
  public MemberView signUp(StorefrontProduct product, String phone, String password, String nickname, Long inviterId) {
    requireScheme(product, LoginScheme.HOSTED_LOGIN);
    String cleanPhone = requirePhone(phone);
    String cleanNickname = requireNickname(nickname == null || nickname.isBlank() ? maskedPhone(cleanPhone) : nickname);
    String hash = passwords.hash("password", password);
    if (byPhone(product.productId(), cleanPhone).isPresent()) {
      throw MemberRuleBroken.phoneTaken();
    }
    Member member = Member.hosted(product.productId(), cleanPhone, hash, cleanNickname, StoredTime.now());
    try {
      // the identity id makes persist insert at once: the unique key answers here or at the flush
      em.persist(member);
      em.flush();
    } catch (PersistenceException concurrentSignUp) {
      // two sign-ups with one phone at once: the unique constraint decided, report it as such
      throw MemberRuleBroken.phoneTaken();
    }
    accounts.openFor(product.productId(), member.getId());
    if (inviterId != null) {
      inProduct(product.productId(), inviterId)
          .ifPresent(inviter -> recordInvitation(inviter, member, Invitation.Channel.STOREFRONT));
    }
    return MemberView.of(member);
  }

  /**
   * Who invited whom, written with the new member; the invitee's unique key makes a second
   * invitation of one member impossible. The inviter's task is credited after this commits
   * ({@link MemberInvited}), so a full task cycle never undoes a sign-up.
   */
  private void recordInvitation(Member inviter, Member invitee, Invitation.Channel channel) {
    em.persist(new Invitation(invitee.getProductId(), inviter.getId(), invitee.getId(), channel, invitee.getCreatedAt()));
    invited.fire(new MemberInvited(tenant.tenantId(), invitee.getProductId(), inviter.getId(), invitee.getId()));
  }

  private Optional<Member> inProduct(long productId, long memberId) {
    Member member = em.find(Member.class, memberId);
    return member != null && member.getProductId() == productId ? Optional.of(member) : Optional.empty();
  }

  /**
   * Hosted sign-in. The throttle ({@link SignInAttempts}) admits or refuses the attempt before the
   * password is hashed, per phone and per client address; a failure is audited for the
   * enterprise.
   */
  public MemberView signIn(StorefrontProduct product, String phone, String password, String clientAddress) {
    requireScheme(product, LoginScheme.HOSTED_LOGIN);
    String account = phone == null ? "" : phone.strip();
    SignInAttempts.Attempt attempt = attempts.begin(product.appId(), account, clientAddress);
    Optional<Member> member = account.isEmpty() ? Optional.empty() : byPhone(product.productId(), account);
    if (member.isEmpty()) {
      passwords.matches(password, DUMMY_HASH); // same work either way: no probing by timing
      audit.failed(product.tenantId(), attempt, "Member", null);
      throw MemberRuleBroken.signInFailed();
    }
    if (!passwords.matches(password, member.get().getPasswordHash())) {
      audit.failed(product.tenantId(), attempt, "Member", member.get().getId());
      throw MemberRuleBroken.signInFailed();
    }
    attempts.succeeded(attempt);
    member.get().signedIn(StoredTime.now());
    return MemberView.of(member.get());
  }

  /** OWN_LOGIN: the enterprise vouches for the token; the member is created on first sight. */
  public MemberView signInWithEnterpriseToken(StorefrontProduct product, String token) {
    requireScheme(product, LoginScheme.OWN_LOGIN);
    var vouched = callback.validate(product.loginCallbackUrl(), token);
    Member member =
        em.createQuery("select m from Member m where m.productId = :p and m.externalId = :x", Member.class)
            .setParameter("p", product.productId())
            .setParameter("x", vouched.memberId())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  // The enterprise's name for the member follows the same rule; if it breaks it, the id stands in.
                  String own = truncate(vouched.nickname().strip());
                  String nickname = PersonName.isValid(own, Member.NICKNAME_MAX) ? own : vouched.memberId();
                  Member created =
                      Member.external(product.productId(), vouched.memberId(), truncate(nickname), StoredTime.now());
                  em.persist(created);
                  em.flush();
                  accounts.openFor(product.productId(), created.getId());
                  return created;
                });
    member.signedIn(StoredTime.now());
    return MemberView.of(member);
  }

  public MemberView profile(long productId, long memberId) {
    return MemberView.of(load(productId, memberId));
  }

  public MemberView changeProfile(long productId, long memberId, String nickname, LocalDate birthday) {
    Member member = load(productId, memberId);
    if (birthday != null && (birthday.isAfter(LocalDate.now()) || birthday.isBefore(LocalDate.of(1900, 1, 1)))) {
      throw new InvalidInput("birthday", "member.birthday.invalid", "Birthday must be a past date after 1900");
    }
    member.changeProfile(requireNickname(nickname), birthday);
    return MemberView.of(member);
  }

  /**
   * Partner API: creates or updates the member the enterprise knows by its own member id (the
   * external id) in this product; a new member gets a points account. Absent values are left as
   * they are; a new member without nickname is named by the member id.
   *
   * <p>An upsert under a lock, so parallel syncs of one member all succeed, one after the other:
   * a known member's row is locked before it is changed (no optimistic-lock failure when two
   * syncs change it at once); a member not seen yet is created under the product's row lock, and
   * looked up again once it is held (a locking read, which sees what the previous holder
   * committed), so of racing first syncs one creates and the others update.
   */
  public SyncedMember sync(long productId, String externalId, String nickname, String phone, LocalDate birthday) {
    return sync(productId, externalId, nickname, phone, birthday, null);
  }

  /**
   * {@link #sync} naming the member who invited them ({@code invitedBy}, the enterprise's id of
   * the inviter). Only a member this sync creates counts as invited: someone who was already a
   * member of the product is not a new member, so it is then ignored. The inviter is checked first
   * (unknown, or the member themselves: refused, nothing written).
   */
  public SyncedMember sync(
      long productId, String externalId, String nickname, String phone, LocalDate birthday, String invitedBy) {
    tenant.tenantId();
    String id = requireExternalId(externalId);
    Member inviter = null;
    if (invitedBy != null) {
      if (invitedBy.equals(id)) {
        throw MemberRuleBroken.invitedBySelf();
      }
      inviter = byExternalId(productId, invitedBy).orElseThrow(() -> MemberRuleBroken.unknownInviter(invitedBy));
    }
    String cleanPhone = phone == null ? null : requirePhone(phone);
    requireBirthday(birthday);
    String cleanNickname = nickname == null ? null : requireNickname(nickname);
    Optional<Member> known = byExternalId(productId, id).map(this::locked);
    if (known.isEmpty()) {
      productLock.lock(productId, MemberRuleBroken::busy);
      known = lockedByExternalId(productId, id);
    }
    boolean created = known.isEmpty();
    Member member;
    if (created) {
      member = Member.external(productId, id, cleanNickname == null ? truncate(id) : cleanNickname, StoredTime.now());
      em.persist(member);
      em.flush();
      accounts.openFor(productId, member.getId());
      if (birthday != null) {
        member.changeProfile(member.getNickname(), birthday);
      }
      if (inviter != null) {
        recordInvitation(inviter, member, Invitation.Channel.PARTNER_API);
      }
    } else {
      member = known.get();
      if (cleanNickname != null || birthday != null) {
        member.changeProfile(
            cleanNickname == null ? member.getNickname() : cleanNickname,
            birthday == null ? member.getBirthday() : birthday);
      }
    }
    if (cleanPhone != null && !cleanPhone.equals(member.getPhone())) {
      assignPhone(member, cleanPhone);
    }
    return new SyncedMember(MemberView.of(member), created);
  }

  /** Locks a member found by a plain read, and reads it again under the lock. */
  private Member locked(Member member) {
    em.refresh(member, LockModeType.PESSIMISTIC_WRITE, Map.of(LOCK_TIMEOUT, SYNC_LOCK_TIMEOUT_MS));
    return member;
  }

  private Optional<Member> lockedByExternalId(long productId, String externalId) {
    return em.createQuery("select m from Member m where m.productId = :p and m.externalId = :x", Member.class)
        .setParameter("p", productId)
        .setParameter("x", externalId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(LOCK_TIMEOUT, SYNC_LOCK_TIMEOUT_MS)
        .getResultStream()
        .findFirst();
  }

  /** The member the enterprise knows by this member id, in this product only. */
  public MemberView byEnterpriseId(long productId, String externalId) {
    tenant.tenantId();
    return byExternalId(productId, externalId == null ? "" : externalId)
        .map(MemberView::of)
        .orElseThrow(() -> new NotFound("Member", externalId));
  }

  private Optional<Member> byExternalId(long productId, String externalId) {
    return em.createQuery("select m from Member m where m.productId = :p and m.externalId = :x", Member.class)
        .setParameter("p", productId)
        .setParameter("x", externalId)
        .getResultStream()
        .findFirst();
  }

  /** Same uniqueness rule as a sign-up; the unique constraint decides a race. */
  private void assignPhone(Member member, String phone) {
    if (byPhone(member.getProductId(), phone).isPresent()) {
      throw MemberRuleBroken.phoneTaken();
    }
    member.changePhone(phone);
    try {
      em.flush();
    } catch (PersistenceException concurrentClaim) {
      throw MemberRuleBroken.phoneTaken();
    }
  }

  private static String requireExternalId(String externalId) {
    if (externalId == null || !externalId.matches(EXTERNAL_ID)) {
      throw new InvalidInput("memberId", "member.externalId.invalid", "Member id must be 1 to 64 characters of A-Z, a-z, 0-9 and _ . : @ -");
    }
    return externalId;
  }

  private static void requireBirthday(LocalDate birthday) {
    if (birthday != null && (birthday.isAfter(LocalDate.now()) || birthday.isBefore(LocalDate.of(1900, 1, 1)))) {
      throw new InvalidInput("birthday", "member.birthday.invalid", "Birthday must be a past date after 1900");
    }
  }

  private Member load(long productId, long memberId) {
    tenant.tenantId();
    Member member = em.find(Member.class, memberId);
    if (member == null || member.getProductId() != productId) {
      throw new NotFound("Member", memberId);
    }
    return member;
  }

  private Optional<Member> byPhone(long productId, String phone) {
    tenant.tenantId();
    return em.createQuery("select m from Member m where m.productId = :p and m.phone = :phone", Member.class)
        .setParameter("p", productId)
        .setParameter("phone", phone)
        .getResultStream()
        .findFirst();
  }

  private static void requireScheme(StorefrontProduct product, LoginScheme scheme) {
    if (product.loginScheme() != scheme) {
      throw MemberRuleBroken.wrongLoginScheme();
    }
  }

  private static String requirePhone(String phone) {
    if (phone == null || !phone.strip().matches(PHONE)) {
      throw new InvalidInput("phone", "member.phone.invalid", "Enter a phone number of 6 to 15 digits");
    }
    return phone.strip();
  }

  private static String requireNickname(String nickname) {
    return PersonName.require(nickname, Member.NICKNAME_MAX);
  }

  private static String maskedPhone(String phone) {
    return phone.length() <= 4 ? phone : "****" + phone.substring(phone.length() - 4);
  }

  private static String truncate(String s) {
    return s.length() > Member.NICKNAME_MAX ? s.substring(0, Member.NICKNAME_MAX) : s;
  }
}

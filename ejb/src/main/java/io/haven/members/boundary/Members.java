package io.haven.members.boundary;

import io.haven.common.StoredTime;
import io.haven.common.InvalidInput;
import io.haven.common.PersonName;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.members.control.EnterpriseLoginCallback;
import io.haven.members.entity.Member;
import io.haven.points.control.PointsAccounts;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.tenancy.control.Passwords;
import io.haven.tenancy.entity.LoginScheme;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
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

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Passwords passwords;
  @Inject EnterpriseLoginCallback callback;
  @Inject PointsAccounts accounts;

  public MemberView signUp(StorefrontProduct product, String phone, String password, String nickname) {
    requireScheme(product, LoginScheme.HOSTED_LOGIN);
    String cleanPhone = requirePhone(phone);
    String cleanNickname = requireNickname(nickname == null || nickname.isBlank() ? maskedPhone(cleanPhone) : nickname);
    String hash = passwords.hash("password", password);
    if (byPhone(product.productId(), cleanPhone).isPresent()) {
      throw MemberRuleBroken.phoneTaken();
    }
    Member member = Member.hosted(product.productId(), cleanPhone, hash, cleanNickname, StoredTime.now());
    em.persist(member);
    try {
      em.flush();
    } catch (PersistenceException concurrentSignUp) {
      // two sign-ups with one phone at once: the unique constraint decided, report it as such
      throw MemberRuleBroken.phoneTaken();
    }
    accounts.openFor(product.productId(), member.getId());
    return MemberView.of(member);
  }

  public MemberView signIn(StorefrontProduct product, String phone, String password) {
    requireScheme(product, LoginScheme.HOSTED_LOGIN);
    Optional<Member> member = phone == null ? Optional.empty() : byPhone(product.productId(), phone.strip());
    if (member.isEmpty()) {
      passwords.matches(password, DUMMY_HASH); // same work either way: no probing by timing
      throw MemberRuleBroken.signInFailed();
    }
    if (!passwords.matches(password, member.get().getPasswordHash())) {
      throw MemberRuleBroken.signInFailed();
    }
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
   */
  public SyncedMember sync(long productId, String externalId, String nickname, String phone, LocalDate birthday) {
    tenant.tenantId();
    String id = requireExternalId(externalId);
    String cleanPhone = phone == null ? null : requirePhone(phone);
    requireBirthday(birthday);
    Optional<Member> known = byExternalId(productId, id);
    boolean created = known.isEmpty();
    Member member;
    if (created) {
      member = Member.external(productId, id, nickname == null ? truncate(id) : requireNickname(nickname), StoredTime.now());
      try {
        em.persist(member);
        em.flush();
      } catch (PersistenceException concurrentSync) {
        throw MemberSyncRaced.create();
      }
      accounts.openFor(productId, member.getId());
    } else {
      member = known.get();
    }
    if (!created && (nickname != null || birthday != null)) {
      member.changeProfile(
          nickname == null ? member.getNickname() : requireNickname(nickname),
          birthday == null ? member.getBirthday() : birthday);
    } else if (created && birthday != null) {
      member.changeProfile(member.getNickname(), birthday);
    }
    if (cleanPhone != null && !cleanPhone.equals(member.getPhone())) {
      assignPhone(member, cleanPhone);
    }
    return new SyncedMember(MemberView.of(member), created);
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

package io.haven.members.boundary;

import io.haven.common.HavenException;

/** The member rules a sign-up or sign-in can break. */
public class MemberRuleBroken extends HavenException {

  private MemberRuleBroken(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  public static MemberRuleBroken phoneTaken() {
    return new MemberRuleBroken(Kind.CONFLICT, "member.phone.taken", "phone", "This phone number is already registered");
  }

  /** A first sync waited too long for the product's lock, held by other members' first syncs. */
  public static MemberRuleBroken busy() {
    return new MemberRuleBroken(Kind.BUSY, "member.busy", null, "Members of this product are being added or changed right now; try again");
  }

  public static MemberRuleBroken signInFailed() {
    return new MemberRuleBroken(Kind.UNAUTHORIZED, "member.signIn.failed", null, "Phone number or password is wrong");
  }

  public static MemberRuleBroken wrongLoginScheme() {
    return new MemberRuleBroken(
        Kind.FORBIDDEN, "member.loginScheme.wrong", null, "This storefront does not use this way of signing in");
  }

  public static MemberRuleBroken tokenRejected() {
    return new MemberRuleBroken(
        Kind.UNAUTHORIZED, "member.token.rejected", "token", "The enterprise did not accept this login token");
  }

  public static MemberRuleBroken enterpriseUnavailable() {
    return new MemberRuleBroken(
        Kind.UNAVAILABLE, "member.enterprise.unavailable", null, "The enterprise's login service did not answer; try again");
  }

  /** Issue 17: a partner sync names an inviter who is not a member of this product. */
  public static MemberRuleBroken unknownInviter(String invitedBy) {
    return new MemberRuleBroken(
        Kind.NOT_FOUND, "member.invitedBy.unknown", "invitedBy", "No member " + invitedBy + " in this product to have invited them");
  }

  /** Issue 17: nobody invites themselves. */
  public static MemberRuleBroken invitedBySelf() {
    return new MemberRuleBroken(Kind.INVALID, "member.invitedBy.self", "invitedBy", "A member cannot be invited by themselves");
  }
}

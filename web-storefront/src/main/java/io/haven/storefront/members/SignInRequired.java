package io.haven.storefront.members;

import io.haven.common.HavenException;

/** A member-only call without a member signed in to this product. */
public class SignInRequired extends HavenException {
  public SignInRequired() {
    super(Kind.UNAUTHORIZED, "member.signInRequired", null, "Sign in to this storefront first");
  }
}

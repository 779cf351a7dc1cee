package io.haven.storefront.members;

import io.haven.common.TenantContext;
import io.haven.members.boundary.MemberView;
import io.haven.storefront.tenancy.CurrentStorefront;
import io.haven.tenancy.boundary.StorefrontProduct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Optional;

/**
 * The member signed in to the current product, kept in the HTTP session under a key per appId: one
 * browser may be signed in to several products (of several enterprises), but a member of product X
 * is never signed in for product Y, because Y's key holds nothing. The stored product and tenant
 * are checked again on every read.
 */
@RequestScoped
public class MemberSession {

  private static final String KEY = "haven.member.";

  @Inject HttpServletRequest request;
  @Inject CurrentStorefront storefront;
  @Inject TenantContext tenant;

  /** The signed-in member's id; also names them as the actor of what this request changes. */
  public Optional<Long> memberId() {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    StorefrontProduct product = storefront.product();
    if (session.getAttribute(key()) instanceof SignedInMember member
        && member.productId() == product.productId()
        && member.tenantId() == product.tenantId()) {
      tenant.enterTenant(product.tenantId(), "member:" + member.memberId());
      return Optional.of(member.memberId());
    }
    return Optional.empty();
  }

  public long requireMemberId() {
    return memberId().orElseThrow(SignInRequired::new);
  }

  /**
   * Remembers the member. A session that existed before gets a new id first, so an id planted
   * before sign-in (session fixation) is worthless after it.
   */
  public void signIn(MemberView member) {
    StorefrontProduct product = storefront.product();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(key(), new SignedInMember(product.tenantId(), product.productId(), member.id()));
  }

  /**
   * Signs out of this product only. When no product is left in the session it gets a new id, so
   * the old cookie names nothing — but it is not invalidated: requests of the same browser still
   * running (a double tap, several tabs) hold the session object, and the container's security
   * layer reads it before any of our code runs; an invalidated session there is a 500 (seen with
   * 20 parallel sign-outs). The emptied session expires with the session timeout.
   */
  public void signOut() {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return;
    }
    try {
      session.removeAttribute(key());
      if (Collections.list(session.getAttributeNames()).stream().noneMatch(name -> name.startsWith(KEY))) {
        request.changeSessionId();
      }
    } catch (IllegalStateException alreadyEnded) {
      // the session timed out between our lookup and now: the member is signed out either way
    }
  }

  private String key() {
    return KEY + storefront.appId();
  }
}

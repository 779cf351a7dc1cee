package io.haven.admin.security;

import io.haven.common.TenantContext;
import io.haven.tenancy.boundary.ConsoleSignIn;
import io.haven.tenancy.boundary.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sets whose data every console request sees, before any page calls a boundary: an enterprise
 * user's requests see their enterprise only, a platform admin's see all tenants. The signed-in
 * user is cached in the HTTP session and checked again against the database every
 * {@link #RECHECK}, so a user disabled (or given another role) meanwhile loses the session within
 * that time instead of keeping it for 30 minutes.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class TenantScopeFilter extends HttpFilter {

  static final String USER = SignedInUser.class.getName();
  private static final String CHECKED_AT = TenantScopeFilter.class.getName() + ".checkedAt";
  private static final Duration RECHECK = Duration.ofSeconds(30);

  @Inject TenantContext tenant;
  @Inject ConsoleSignIn signIn;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    if (principal == null || tenant.hasTenant() || tenant.isAllTenants()) {
      // Not signed in (public pages, or the mechanism redirects to sign in), or an inner dispatch
      // of a request whose tenant is already set.
      chain.doFilter(request, response);
      return;
    }
    Optional<SignedInUser> user = current(request, principal.getName());
    if (user.isEmpty()) {
      ConsoleSession.end(request);
      ConsoleSession.redirect(request, response, "/login.xhtml?ended=true");
      return;
    }
    SignedInUser u = user.get();
    if (u.isPlatformAdmin()) {
      tenant.enterPlatform(u.username());
    } else {
      tenant.enterTenant(u.tenantId(), u.username());
    }
    chain.doFilter(request, response);
  }

  /** The cached user, re-read when stale; empty if they may no longer use this session. */
  private Optional<SignedInUser> current(HttpServletRequest request, String username) {
    HttpSession session = request.getSession();
    SignedInUser cached = (SignedInUser) session.getAttribute(USER);
    Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
    Instant now = Instant.now();
    if (cached != null && cached.username().equals(username) && checkedAt.plus(RECHECK).isAfter(now)) {
      return Optional.of(cached);
    }
    Optional<SignedInUser> fresh = signIn.identity(username);
    // The session's roles were fixed at sign-in: a changed role needs a new sign-in.
    if (fresh.isEmpty() || !request.isUserInRole(fresh.get().role().name())) {
      return Optional.empty();
    }
    session.setAttribute(USER, fresh.get());
    session.setAttribute(CHECKED_AT, now);
    return fresh;
  }
}

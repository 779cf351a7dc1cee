package io.haven.admin.security;

import io.haven.admin.console.ConsoleMessages;
import io.haven.tenancy.boundary.ConsoleSignIn;
import io.haven.tenancy.boundary.SignInThrottled;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in form: hands the typed credentials to the console's authentication mechanism, then
 * goes on to the page first asked for.
 */
@Named
@RequestScoped
public class SignInView {

  @Inject SecurityContext security;
  @Inject ConsoleMessages messages;
  @Inject ConsoleSignIn throttle;

  private String username;
  private String password;
  /** Set when the console ended a session itself (user disabled or role changed). */
  private boolean ended;

  /** Someone already signed in has nothing to do here. */
  public void redirectIfSignedIn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getUserPrincipal() != null) {
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
    } else if (ended) {
      messages.warn("signIn.ended");
    }
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    // The client's own address (not a forwarded header anyone could set): the throttle counts
    // failures per username and per address, and refuses before any password is hashed.
    String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
    if (throttled(address)) {
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            // Not a "new authentication": that would leave Soteria's caller-initiated flag in the
            // session after a failed attempt, and every protected page of the session would then
            // answer empty instead of leading here. (Someone signed in never sees this page.)
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      // The mechanism redirects to the page first asked for.
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
      default -> {
        password = null;
        if (!throttled(address)) {
          messages.error("signIn.failed");
        }
      }
    }
  }

  /** Shows the wait at the password field if this username or address must wait now. */
  private boolean throttled(String address) {
    try {
      throttle.requireNotThrottled(username, address);
      return false;
    } catch (SignInThrottled tooMany) {
      password = null;
      messages.report(tooMany, "signIn", tooMany.locked() ? tooMany.minutes() : tooMany.retryAfterSeconds());
      return true;
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isEnded() {
    return ended;
  }

  public void setEnded(boolean ended) {
    this.ended = ended;
  }
}

package io.haven.admin.coupons;

import io.haven.admin.console.ConsoleMessages;
import io.haven.common.HavenException;
import io.haven.coupons.boundary.AlreadyVerified;
import io.haven.coupons.boundary.CouponAtCounter;
import io.haven.coupons.boundary.Verifications;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * C4 at the counter, for verifiers on a phone-sized page: type the code, see the coupon, confirm,
 * see the result ("verified" or who verified it before). Each step is one boundary call; the
 * boundary decides everything (the verifier's store, scope, validity, once ever).
 */
@Named
@ViewScoped
public class CounterView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Verifications verifications;
  @Inject ConsoleMessages messages;

  private String code;
  private CouponAtCounter found;
  private CouponAtCounter verified;

  /** Verifiers see only the counter: the console's home sends them here. */
  public void sendVerifierToCounter() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.isUserInRole("VERIFIER")) {
      external.redirect(external.getRequestContextPath() + "/verify/index.xhtml");
    }
  }

  public void look() {
    found = null;
    verified = null;
    try {
      found = verifications.look(code);
    } catch (HavenException broken) {
      messages.report(broken, "counter");
    }
  }

  public void confirm() {
    try {
      verified = verifications.verify(found.code());
      found = null;
      code = null;
    } catch (AlreadyVerified twice) {
      found = null;
      if (twice.storeName() == null) {
        messages.report(twice, null);
      } else {
        messages.error("counter.alreadyVerifiedAt", twice.storeName(), new io.haven.admin.console.ConsoleTime().getAsString(null, null, twice.verifiedAt()));
      }
    } catch (HavenException broken) {
      messages.report(broken, null);
    }
  }

  public void next() {
    found = null;
    verified = null;
    code = null;
  }

  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public CouponAtCounter getFound() { return found; }
  public CouponAtCounter getVerified() { return verified; }
}

package io.haven.api.signature;

import io.haven.tenancy.boundary.CallerCredential;
import jakarta.enterprise.context.RequestScoped;

/**
 * The partner product whose signature this request carries, for resources that act on "the
 * calling product" (its tenant is already entered in {@code TenantContext}). Set only by
 * {@link SignatureCheck}, after the signature and the nonce were accepted.
 */
@RequestScoped
public class ApiCaller {

  private CallerCredential credential;

  void verified(CallerCredential credential) {
    this.credential = credential;
  }

  public long productId() {
    return verified().productId();
  }

  public String appId() {
    return verified().appId();
  }

  public long tenantId() {
    return verified().tenantId();
  }

  private CallerCredential verified() {
    if (credential == null) {
      // Unreachable through HTTP: the signature check runs before every resource.
      throw new IllegalStateException("request was not verified");
    }
    return credential;
  }
}

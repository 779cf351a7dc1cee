package io.haven.tenancy.boundary;

import java.util.List;

/** What the API needs to check a partner's signature: the tenant, product and valid secrets. */
public record CallerCredential(long tenantId, long productId, String appId, List<String> secrets) {
  public CallerCredential {
    secrets = List.copyOf(secrets);
  }
}

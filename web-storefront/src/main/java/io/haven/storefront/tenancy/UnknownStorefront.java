package io.haven.storefront.tenancy;

import io.haven.common.HavenException;

/**
 * No product has this appId (or it is not even shaped like one). Deliberately the same answer
 * either way, so appIds cannot be probed.
 */
public class UnknownStorefront extends HavenException {
  public UnknownStorefront() {
    super(Kind.NOT_FOUND, "storefront.notFound", null, "There is no storefront at this address");
  }
}

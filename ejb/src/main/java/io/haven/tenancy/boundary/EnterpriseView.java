package io.haven.tenancy.boundary;

import io.haven.tenancy.entity.Edition;
import io.haven.tenancy.entity.Enterprise;
import io.haven.tenancy.entity.LoginScheme;
import java.time.Instant;

/** An enterprise as the console shows it. */
public record EnterpriseView(
    long id,
    String name,
    Edition edition,
    LoginScheme loginScheme,
    String loginCallbackUrl,
    Instant loginSchemeConfirmedAt,
    String loginSchemeConfirmedBy,
    String timeZone,
    Instant createdAt) {

  static EnterpriseView of(Enterprise e) {
    return new EnterpriseView(
        e.getId(),
        e.getName(),
        e.getEdition(),
        e.getLoginScheme(),
        e.getLoginCallbackUrl(),
        e.getLoginSchemeConfirmedAt(),
        e.getLoginSchemeConfirmedBy(),
        e.getTimeZone(),
        e.getCreatedAt());
  }

  public boolean loginSchemeConfirmed() {
    return loginScheme != null;
  }
}

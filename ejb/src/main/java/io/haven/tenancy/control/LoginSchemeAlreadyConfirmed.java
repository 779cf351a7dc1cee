package io.haven.tenancy.control;

import io.haven.common.HavenException;
import io.haven.tenancy.entity.LoginScheme;

/** T4: the login scheme is confirmed once per enterprise and can never change. */
public class LoginSchemeAlreadyConfirmed extends HavenException {
  public LoginSchemeAlreadyConfirmed(LoginScheme confirmed) {
    super(
        Kind.CONFLICT,
        "tenancy.loginScheme.alreadyConfirmed",
        "scheme",
        "The login scheme is already confirmed as " + confirmed + " and cannot change");
  }
}

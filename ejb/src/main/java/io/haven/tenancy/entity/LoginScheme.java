package io.haven.tenancy.entity;

/** How members of an enterprise sign in; confirmed once per enterprise, never changed (T4). */
public enum LoginScheme {
  /** The enterprise's own accounts, validated through its login-state callback URL. */
  OWN_LOGIN,
  /** The enterprise's official account; needs third-party authorisation. */
  OWN_OFFICIAL_ACCOUNT,
  /** Platform-hosted member accounts (recommended). */
  HOSTED_LOGIN;

  public boolean needsCallbackUrl() {
    return this == OWN_LOGIN;
  }
}

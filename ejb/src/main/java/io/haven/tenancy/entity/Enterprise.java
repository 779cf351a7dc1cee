package io.haven.tenancy.entity;

import io.haven.tenancy.control.LoginSchemeAlreadyConfirmed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer of the platform and the tenant of all its data: its id is the tenant id carried by
 * every row it owns. Platform-level, so not itself tenant-filtered.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise {

  public static final int NAME_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Edition edition;

  @Enumerated(EnumType.STRING)
  @Column(name = "login_scheme", length = 32)
  private LoginScheme loginScheme;

  @Column(name = "login_callback_url", length = 500)
  private String loginCallbackUrl;

  @Column(name = "login_scheme_confirmed_at")
  private Instant loginSchemeConfirmedAt;

  @Column(name = "login_scheme_confirmed_by", length = 100)
  private String loginSchemeConfirmedBy;

  @Column(name = "time_zone", nullable = false, length = 40)
  private String timeZone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Enterprise() {}

  public Enterprise(String name, Edition edition, Instant now) {
    rename(name);
    this.edition = Objects.requireNonNull(edition);
    this.timeZone = "Asia/Shanghai";
    this.createdAt = now;
  }

  public void rename(String name) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("enterprise name must be 1.." + NAME_MAX + " characters");
    }
    this.name = name.strip();
  }

  public void changeEdition(Edition edition) {
    this.edition = Objects.requireNonNull(edition);
  }

  /**
   * Confirms how members sign in. Once only: the caller holds the row lock, so of two concurrent
   * confirmations the second sees the first and fails here.
   */
  public void confirmLoginScheme(LoginScheme scheme, String callbackUrl, String by, Instant now) {
    if (loginScheme != null) {
      throw new LoginSchemeAlreadyConfirmed(loginScheme);
    }
    this.loginScheme = Objects.requireNonNull(scheme);
    this.loginCallbackUrl = scheme.needsCallbackUrl() ? callbackUrl : null;
    this.loginSchemeConfirmedAt = now;
    this.loginSchemeConfirmedBy = by;
  }

  public boolean isLoginSchemeConfirmed() {
    return loginScheme != null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Edition getEdition() {
    return edition;
  }

  public LoginScheme getLoginScheme() {
    return loginScheme;
  }

  public String getLoginCallbackUrl() {
    return loginCallbackUrl;
  }

  public Instant getLoginSchemeConfirmedAt() {
    return loginSchemeConfirmedAt;
  }

  public String getLoginSchemeConfirmedBy() {
    return loginSchemeConfirmedBy;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

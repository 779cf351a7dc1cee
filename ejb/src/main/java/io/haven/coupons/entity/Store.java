package io.haven.coupons.entity;

import io.haven.common.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A physical store of the enterprise (C1), where coupons are verified. Names are unique in the enterprise. */
@Entity
@Table(name = "store")
public class Store extends TenantOwned {

  public static final int NAME_MAX = 100;
  public static final int ADDRESS_MAX = 200;
  public static final int PHONE_MAX = 32;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(length = ADDRESS_MAX)
  private String address;

  @Column(length = PHONE_MAX)
  private String phone;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Store() {}

  public Store(String name, String address, String phone, Instant now) {
    change(name, address, phone);
    this.createdAt = now;
  }

  public void change(String name, String address, String phone) {
    this.name = Objects.requireNonNull(name);
    this.address = address;
    this.phone = phone;
  }

  public String getName() { return name; }
  public String getAddress() { return address; }
  public String getPhone() { return phone; }
  public Instant getCreatedAt() { return createdAt; }
}

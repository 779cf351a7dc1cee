package io.haven.mall.boundary;

/** Where a member wants physical goods sent. */
public record ShippingAddress(String recipient, String phone, String address) {}

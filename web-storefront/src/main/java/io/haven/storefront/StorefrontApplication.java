package io.haven.storefront;

import jakarta.ws.rs.core.Application;

/**
 * The member storefront's JAX-RS application. web.xml maps it to the whole context root (/store),
 * because every URL starts with the product's appId; resources and providers are found by scanning.
 */
public class StorefrontApplication extends Application {}

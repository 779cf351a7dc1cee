package io.haven.system;

/** Where the system-test server answers. */
public final class Server {

  private Server() {}

  public static String base() {
    return "http://127.0.0.1:" + Integer.getInteger("haven.it.http-port", 8180);
  }

  public static String admin() {
    return base() + "/admin";
  }

  public static String store(String appId) {
    return base() + "/store/" + appId;
  }

  public static String api() {
    return base() + "/api/v1";
  }
}

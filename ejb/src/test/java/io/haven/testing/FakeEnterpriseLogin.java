package io.haven.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A stand-in for an enterprise's login-state callback (OWN_LOGIN), deployed with the tests:
 * "good-{id}" is a valid token for member {id}; "broken" makes it fail with 500; anything else
 * is not signed in.
 */
@Path("login-state")
public class FakeEnterpriseLogin {

  /** Where this endpoint answers inside the test server. */
  public static String url(String deploymentName) {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return "http://127.0.0.1:" + port + "/" + deploymentName + "/fake/login-state";
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response check(JsonObject request) {
    String token = request.getString("token", "");
    if (token.equals("broken")) {
      return Response.serverError().build();
    }
    if (!token.startsWith("good-")) {
      return Response.status(401).build();
    }
    String id = token.substring("good-".length());
    return Response.ok(Json.createObjectBuilder().add("memberId", id).add("nickname", "Member " + id).build()).build();
  }

  /** Mounts the fake under /fake in the test deployment. */
  @ApplicationPath("/fake")
  public static class Mount extends Application {}
}

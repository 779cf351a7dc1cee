package io.haven.storefront.members;

import io.haven.common.InvalidInput;
import io.haven.members.boundary.Members;
import io.haven.storefront.tenancy.CurrentStorefront;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The signed-in member's own profile: read and change nickname and birthday. */
@Path("{appId}/api/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {

  /**
   * What the profile form sends. The birthday is text (yyyy-MM-dd, or empty to clear it) so a bad
   * date is reported on its field rather than as an unreadable body.
   */
  public record ProfileChange(String nickname, String birthday) {}

  @Inject Members members;
  @Inject CurrentStorefront storefront;
  @Inject MemberSession session;

  @GET
  public MemberProfile profile() {
    return MemberProfile.of(members.profile(storefront.product().productId(), session.requireMemberId()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public MemberProfile change(@NotNull ProfileChange change) {
    long memberId = session.requireMemberId();
    return MemberProfile.of(
        members.changeProfile(storefront.product().productId(), memberId, change.nickname(), birthday(change.birthday())));
  }

  private static LocalDate birthday(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("birthday", "member.birthday.invalid", "Birthday must be a date like 1990-05-31");
    }
  }
}

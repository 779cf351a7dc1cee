package io.haven.storefront.members;

import io.haven.members.boundary.MemberView;
import java.time.LocalDate;

/**
 * The member as their own pages show them. No member id: the session says who they are. The phone
 * is masked as malls do (138****5678), in case someone looks over their shoulder.
 */
public record MemberProfile(String nickname, LocalDate birthday, String phone, String enterpriseMemberId) {

  public static MemberProfile of(MemberView member) {
    return new MemberProfile(member.nickname(), member.birthday(), masked(member.phone()), member.externalId());
  }

  static String masked(String phone) {
    if (phone == null) {
      return null;
    }
    if (phone.length() >= 8) {
      return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
    return "*".repeat(phone.length() - 2) + phone.substring(phone.length() - 2);
  }
}

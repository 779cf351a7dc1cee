package io.haven.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * What an award hands out, by goods category (R5): COUPON and CDK a jump link (CDK also one code
 * from the pool), POINTS a value for a product's members of a points type, CASH_RED_PACKET an
 * amount with merchant, activity and blessing texts; PHYSICAL nothing (shipped by hand),
 * DIRECT_CHARGE an optional link. Fields that do not belong to the category stay null. The
 * boundary checks the values and names the field; the factories only keep the shape right.
 */
@Embeddable
public class AwardConfig {

  public static final int LINK_MAX = 500;
  public static final int NAME_MAX = 64;
  public static final int BLESSING_MAX = 128;

  @Column(name = "award_link", length = LINK_MAX)
  private String link;

  @Column(name = "award_points")
  private Long points;

  @Column(name = "award_points_app_id", length = 32)
  private String pointsAppId;

  @Enumerated(EnumType.STRING)
  @Column(name = "award_points_type", length = 16)
  private PointsType pointsType;

  @Column(name = "award_amount_fen")
  private Long amountFen;

  @Column(name = "award_merchant_name", length = NAME_MAX)
  private String merchantName;

  @Column(name = "award_activity_name", length = NAME_MAX)
  private String activityName;

  @Column(name = "award_blessing", length = BLESSING_MAX)
  private String blessing;

  protected AwardConfig() {}

  public static AwardConfig none() {
    return new AwardConfig();
  }

  public static AwardConfig link(String link) {
    AwardConfig award = new AwardConfig();
    award.link = link;
    return award;
  }

  public static AwardConfig points(long points, String targetAppId, PointsType type) {
    AwardConfig award = new AwardConfig();
    award.points = points;
    award.pointsAppId = Objects.requireNonNull(targetAppId, "target appId");
    award.pointsType = Objects.requireNonNull(type, "points type");
    return award;
  }

  public static AwardConfig cashRedPacket(long amountFen, String merchantName, String activityName, String blessing) {
    AwardConfig award = new AwardConfig();
    award.amountFen = amountFen;
    award.merchantName = Objects.requireNonNull(merchantName, "merchant name");
    award.activityName = Objects.requireNonNull(activityName, "activity name");
    award.blessing = Objects.requireNonNull(blessing, "blessing");
    return award;
  }

  /** Jump link of COUPON / CDK / DIRECT_CHARGE awards. */
  public String getLink() {
    return link;
  }

  public Long getPoints() {
    return points;
  }

  /** The product whose members receive the points. */
  public String getPointsAppId() {
    return pointsAppId;
  }

  public PointsType getPointsType() {
    return pointsType;
  }

  public Long getAmountFen() {
    return amountFen;
  }

  public String getMerchantName() {
    return merchantName;
  }

  public String getActivityName() {
    return activityName;
  }

  public String getBlessing() {
    return blessing;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (link != null) out.append("link=").append(link).append(' ');
    if (points != null) out.append("points=").append(points).append('@').append(pointsAppId).append('/').append(pointsType).append(' ');
    if (amountFen != null) out.append("amountFen=").append(amountFen).append(' ').append(merchantName).append('/').append(activityName).append(' ');
    return out.toString().strip();
  }
}

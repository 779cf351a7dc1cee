package io.haven.activities.entity;

import io.haven.activities.control.FairDraw;
import io.haven.common.TenantOwned;
import io.haven.inventory.entity.PeriodLimit;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A marketing activity (A1–A3): what a play costs and how often a member may play, and the fair
 * draw's seed. Its life cycle: DRAFT → (publish) ONLINE ⇄ OFFLINE. Publishing makes the secret
 * seed and its commitment once; the seed itself stays on the server until the activity has ended
 * and is {@link #reveal revealed}. Settings are checked by {@link ActivitySettings} before they
 * reach the constructor.
 */
@Entity
@Table(name = "activity")
public class Activity extends TenantOwned {

  public static final int TITLE_MAX = 100;
  public static final int RULES_MAX = 4000;
  public static final int NO_PRIZE_TEXT_MAX = 100;
  public static final int UNLIMITED = -1;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_type", nullable = false, length = 12)
  private ActivityType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ActivityStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Presentation presentation;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = RULES_MAX)
  private String rules;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "points_per_play", nullable = false)
  private long pointsPerPlay;

  @Column(name = "free_plays_per_day", nullable = false)
  private int freePlaysPerDay;

  @Column(name = "plays_per_day", nullable = false)
  private int playsPerDay;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "count", column = @Column(name = "per_user_limit", nullable = false)),
    @AttributeOverride(name = "period", column = @Column(name = "per_user_period", length = 16))
  })
  private PeriodLimit perUser;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "count", column = @Column(name = "per_device_limit", nullable = false)),
    @AttributeOverride(name = "period", column = @Column(name = "per_device_period", length = 16))
  })
  private PeriodLimit perDevice;

  @Column(name = "no_prize_text", nullable = false, length = NO_PRIZE_TEXT_MAX)
  private String noPrizeText;

  @Column(name = "seed_commitment", length = 64)
  private String seedCommitment;

  @Column(name = "server_seed", length = 64)
  private String serverSeed;

  @Column(nullable = false)
  private boolean revealed;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Activity() {}

  public Activity(long productId, ActivitySettings s, Instant now) {
    this.productId = productId;
    this.status = ActivityStatus.DRAFT;
    this.createdAt = now;
    apply(s);
  }

  private void apply(ActivitySettings s) {
    this.type = s.type();
    this.presentation = s.presentation();
    this.title = s.title();
    this.rules = s.rules();
    this.startsAt = s.startsAt();
    this.endsAt = s.endsAt();
    this.pointsPerPlay = s.pointsPerPlay();
    this.freePlaysPerDay = s.freePlaysPerDay();
    this.playsPerDay = s.playsPerDay();
    this.perUser = s.perUser();
    this.perDevice = s.perDevice();
    this.noPrizeText = s.noPrizeText();
  }

  /**
   * New settings from the console's edit. The type may be switched only while a draft: after
   * publication members have played it as what it was.
   */
  public void change(ActivitySettings s) {
    if (status != ActivityStatus.DRAFT && s.type() != type) {
      throw new IllegalArgumentException("type");
    }
    apply(s);
  }

  public boolean isDraft() {
    return status == ActivityStatus.DRAFT;
  }

  /** Goes online; the first time, the seed is made and committed to — it never changes after. */
  public void publish() {
    if (serverSeed == null) {
      serverSeed = FairDraw.newSeed();
      seedCommitment = FairDraw.commitment(serverSeed);
    }
    status = ActivityStatus.ONLINE;
  }

  public void takeOffline() {
    status = ActivityStatus.OFFLINE;
  }

  public boolean hasEndedAt(Instant at) {
    return !at.isBefore(endsAt);
  }

  /** Makes the seed public; only once the activity has ended (no play can be drawn with it any more). */
  public boolean reveal(Instant now) {
    if (serverSeed == null || !hasEndedAt(now)) {
      return false;
    }
    revealed = true;
    return true;
  }

  public Long getProductId() { return productId; }
  public ActivityType getType() { return type; }

  /** How the storefront shows a play; the type's default for rows made before there was a choice. */
  public Presentation getPresentation() {
    return presentation == null ? Presentation.defaultFor(type) : presentation;
  }

  public ActivityStatus getStatus() { return status; }
  public String getTitle() { return title; }
  public String getRules() { return rules; }
  public Instant getStartsAt() { return startsAt; }
  public Instant getEndsAt() { return endsAt; }
  public long getPointsPerPlay() { return pointsPerPlay; }
  public int getFreePlaysPerDay() { return freePlaysPerDay; }
  public int getPlaysPerDay() { return playsPerDay; }
  public PeriodLimit getPerUser() { return perUser; }
  public PeriodLimit getPerDevice() { return perDevice; }
  public String getNoPrizeText() { return noPrizeText; }
  public String getSeedCommitment() { return seedCommitment; }
  public boolean isRevealed() { return revealed; }
  public Instant getCreatedAt() { return createdAt; }

  /** The seed once revealed; null before — it must not leave the server while plays can be drawn. */
  public String getRevealedSeed() {
    return revealed ? serverSeed : null;
  }

  /** The secret seed, for the draw only (package io.haven.activities; never put in a view). */
  public String seedForDraw() {
    return serverSeed;
  }
}

package io.haven.activities.boundary;

import io.haven.activities.control.Odds;
import io.haven.activities.entity.Activity;
import io.haven.activities.entity.Prize;
import io.haven.inventory.entity.PeriodLimit;
import java.time.Instant;
import java.util.List;

/**
 * An activity as its rules page and the console show it: settings, prizes with their exact odds
 * (ppm and the percentage), the no-prize outcome's share, and the fairness commitment. The seed is
 * there only once revealed, after the end.
 */
public record ActivityView(
    long id,
    long productId,
    String type,
    String status,
    String title,
    String rules,
    Instant startsAt,
    Instant endsAt,
    long pointsPerPlay,
    int freePlaysPerDay,
    int playsPerDay,
    String perUser,
    String perDevice,
    List<PrizeOdds> prizes,
    String noPrizeText,
    int noPrizePpm,
    String noPrizePercent,
    String seedCommitment,
    String revealedSeed,
    PeriodLimit perUserLimit,
    PeriodLimit perDeviceLimit,
    String presentation,
    long version) {

  /** One prize's odds and what is left of it. */
  public record PrizeOdds(
      long id, String name, String category, int weightPpm, String percent, long quantity, long remaining, int dailyCap, long subInventoryId) {
    static PrizeOdds of(Prize p) {
      return new PrizeOdds(p.getId(), p.getName(), p.getCategory().name(), p.getWeightPpm(), Odds.percent(p.getWeightPpm()), p.getQuantity(),
          p.getRemaining(), p.getDailyCap(), p.getSubInventoryId());
    }
  }

  public static ActivityView of(Activity a, List<Prize> prizes) {
    int noPrize = Odds.MILLION - prizes.stream().mapToInt(Prize::getWeightPpm).sum();
    return new ActivityView(a.getId(), a.getProductId(), a.getType().name(), a.getStatus().name(), a.getTitle(), a.getRules(), a.getStartsAt(),
        a.getEndsAt(), a.getPointsPerPlay(), a.getFreePlaysPerDay(), a.getPlaysPerDay(), a.getPerUser().toString(), a.getPerDevice().toString(),
        prizes.stream().map(PrizeOdds::of).toList(), a.getNoPrizeText(), noPrize, Odds.percent(noPrize), a.getSeedCommitment(), a.getRevealedSeed(), a.getPerUser(), a.getPerDevice(),
        a.getPresentation().name(), a.getVersion());
  }
}

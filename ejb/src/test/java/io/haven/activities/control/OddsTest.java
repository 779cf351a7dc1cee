package io.haven.activities.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Exact odds: every weight owns exactly its ppm of the million numbers, and a sample drawn shows it. */
class OddsTest {

  static final long NONE = 0;

  final Odds odds =
      Odds.of(List.of(new Odds.Weight(1, 1), new Odds.Weight(2, 100), new Odds.Weight(3, 10_000), new Odds.Weight(4, 250_000)));

  @Test
  void eachWeightOwnsExactlyItsNumbers() {
    Map<Long, Integer> owned = new HashMap<>();
    for (int n = 0; n < Odds.MILLION; n++) {
      owned.merge(odds.prizeFor(n).orElse(NONE), 1, Integer::sum);
    }
    assertThat(owned).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 1, 2L, 100, 3L, 10_000, 4L, 250_000, NONE, 739_899));
    assertThat(odds.noPrizePpm()).isEqualTo(739_899);
  }

  @Test
  void theRangesAreLaidOutInOrder() {
    assertThat(odds.prizeFor(0)).isEqualTo(OptionalLong.of(1));
    assertThat(odds.prizeFor(1)).isEqualTo(OptionalLong.of(2));
    assertThat(odds.prizeFor(100)).isEqualTo(OptionalLong.of(2));
    assertThat(odds.prizeFor(101)).isEqualTo(OptionalLong.of(3));
    assertThat(odds.prizeFor(260_100)).isEqualTo(OptionalLong.of(4));
    assertThat(odds.prizeFor(260_101)).isEmpty();
    assertThat(odds.prizeFor(999_999)).isEmpty();
  }

  @Test
  void weightsMayFillTheMillionButNotPassIt() {
    assertThat(Odds.of(List.of(new Odds.Weight(1, 1_000_000))).noPrizePpm()).isZero();
    assertThat(Odds.of(List.of()).noPrizePpm()).isEqualTo(1_000_000);
    assertThatThrownBy(() -> Odds.of(List.of(new Odds.Weight(1, 600_000), new Odds.Weight(2, 400_001))))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("1000001");
    assertThatThrownBy(() -> Odds.of(List.of(new Odds.Weight(1, -1)))).isInstanceOf(InvalidInput.class);
  }

  @Test
  void percentagesAreExact() {
    assertThat(Odds.percent(1)).isEqualTo("0.0001 %");
    assertThat(Odds.percent(250_000)).isEqualTo("25 %");
    assertThat(Odds.percent(739_899)).isEqualTo("73.9899 %");
    assertThat(Odds.percent(0)).isEqualTo("0 %");
  }

  /**
   * 200,000 fair draws through the odds: each outcome's count lies within 5 binomial standard
   * deviations of n·p (a chance miss about once in 1.7 million per outcome). The 1 ppm prize expects
   * 0.2 wins: it is plausible at 0–3 (Poisson(0.2) ≥ 4 has probability 5.6·10^-5), not required to be
   * exact. Seeds fixed: deterministic.
   */
  @Test
  void aLargeSampleShowsEveryShare() {
    String seed = "5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed";
    int n = 200_000;
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      counts.merge(odds.prizeFor(FairDraw.draw(seed, 99, i % 5000, 1 + i / 5000)).orElse(NONE), 1, Integer::sum);
    }
    Map<Long, Integer> ppm = Map.of(2L, 100, 3L, 10_000, 4L, 250_000, NONE, 739_899);
    ppm.forEach(
        (outcome, weight) -> {
          double p = weight / 1_000_000.0;
          double mean = n * p;
          double sigma = Math.sqrt(n * p * (1 - p));
          assertThat((double) counts.getOrDefault(outcome, 0)).as("outcome %s (%d ppm)", outcome, weight).isBetween(mean - 5 * sigma, mean + 5 * sigma);
        });
    assertThat(counts.getOrDefault(1L, 0)).as("the 1 ppm prize").isBetween(0, 3);
  }
}

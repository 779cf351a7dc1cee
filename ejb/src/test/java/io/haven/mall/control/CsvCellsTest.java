package io.haven.mall.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void formulaStartsAreNeutralised() {
    assertThat(CsvCells.neutral("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvCells.neutral("+86 138")).isEqualTo("'+86 138");
    assertThat(CsvCells.neutral("-1")).isEqualTo("'-1");
    assertThat(CsvCells.neutral("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.neutral("\tx")).isEqualTo("'\tx");
    assertThat(CsvCells.neutral("\rx")).isEqualTo("'\rx");
  }

  @Test
  void ordinaryTextStaysAsItIs() {
    assertThat(CsvCells.neutral("咖啡杯 = 好")).isEqualTo("咖啡杯 = 好");
    assertThat(CsvCells.neutral("13800000000")).isEqualTo("13800000000");
    assertThat(CsvCells.neutral("")).isEmpty();
    assertThat(CsvCells.neutral(null)).isEmpty();
  }
}

package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartsLinesTest {

  static final String GOOD = "{\"partName\":\"Door panel\",\"part\":\"door-panel\",\"partCategory\":\"single-sided-gloss-panel\","
      + "\"colour\":\"oak\",\"quantity\":2,\"batchNumber\":\"B1\",\"inspectionNumber\":\"Q1\",\"reason\":\"cracked\"}";

  @Test
  void readsJsonStringsJavaListsAndSpinValuesAlike() {
    assertThat(PartsLines.check("[" + GOOD + "]").lines()).singleElement()
        .satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
    Map<String, Object> line = Map.of("partName", "Leg", "partCategory", "hardware", "colour", "black",
        "quantity", 4L, "batchNumber", "B", "inspectionNumber", "Q", "reason", "lost", "size", "1.8 m");
    PartsLines.Checked fromJava = PartsLines.check(List.of(line));
    assertThat(fromJava.valid()).isTrue();
    assertThat(fromJava.lines().get(0).part()).isEqualTo(PartsProcess.OTHER_PART);
    assertThat(fromJava.lines().get(0).size()).isEqualTo("1.8");
    assertThat(PartsLines.check(PartsLines.toVariable(fromJava.lines())).lines()).hasSize(1);
  }

  @Test
  void namesEveryProblemWithItsLine() {
    PartsLines.Checked checked = PartsLines.check("[" + GOOD + ", {\"partName\":\"x\",\"part\":\"sofa\",\"quantity\":1.5}]");
    assertThat(checked.valid()).isFalse();
    assertThat(checked.lines()).isEmpty();
    assertThat(checked.problems()).contains("第 2 行：类别为必填项。", "第 2 行：产品颜色为必填项。",
        "第 2 行：数量须为 1 到 99 之间的整数。")
        .anyMatch(p -> p.startsWith("第 2 行：价目表项目须为"))
        .noneMatch(p -> p.startsWith("第 1 行"));
  }

  @Test
  void noLinesOrNoListIsAProblemNotAFailure() {
    assertThat(PartsLines.check(null).problems()).containsExactly("请至少填写一行配件。");
    assertThat(PartsLines.check("[]").problems()).containsExactly("请至少填写一行配件。");
    assertThat(PartsLines.check("{\"a\":1}").problems()).containsExactly("配件明细必须是逐行的列表。");
    assertThat(PartsLines.check("not json").valid()).isFalse();
  }

  @Test
  void unitPricesFromTheReviewFormByLineNumber() {
    assertThat(PartsLines.unitPrices("[{\"lineNo\":2,\"unitPrice\":12.5},{\"lineNo\":3}]"))
        .containsOnlyKeys(2).hasEntrySatisfying(2, p -> assertThat(p).isEqualByComparingTo("12.5"));
    assertThatThrownBy(() -> PartsLines.unitPrices("[{\"lineNo\":1,\"unitPrice\":-1}]"))
        .hasMessageContaining("must not be negative");
  }
}

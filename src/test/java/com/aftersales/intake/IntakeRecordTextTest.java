package com.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntakeRecordTextTest {

  @Test
  @DisplayName("the intake record names the first-contact commitment in Chinese, as staff read the case history")
  void theCommitmentOfTheIntakeRecordReadsInChinese() {
    assertThat(IntakeTransaction.commitmentText("24 hours")).isEqualTo("24 小时");
    assertThat(IntakeTransaction.commitmentText("2 working days")).isEqualTo("2 个工作日");
    assertThat(IntakeTransaction.commitmentText("1 working day")).isEqualTo("1 个工作日");
    assertThat(IntakeTransaction.commitmentText("3 days")).isEqualTo("3 天");
  }
}

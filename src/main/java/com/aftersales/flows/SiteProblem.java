package com.aftersales.flows;

/**
 * What a visit (installation, maintenance) found that needs a case of its own: nothing, a repair or parts. Form
 * variable {@code siteProblem}; {@link OpenFollowOnCaseDelegate} opens the case.
 */
public enum SiteProblem implements FormChoice {
  NONE("没有"),
  REPAIR("维修"),
  PARTS("补件");

  public static final String VARIABLE = "siteProblem";

  private final String text;

  SiteProblem(String text) {
    this.text = text;
  }

  @Override
  public String text() {
    return text;
  }

  public static SiteProblem of(String value) {
    return FormChoice.of(SiteProblem.class, VARIABLE, value);
  }
}

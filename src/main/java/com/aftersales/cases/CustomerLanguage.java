package com.aftersales.cases;

import java.util.Arrays;
import java.util.List;

/**
 * The language a customer is written to in (mails, from templates per language). Chinese unless the customer asks
 * for English at intake ({@code language} of the service request); a linked case keeps its origin's language.
 */
public enum CustomerLanguage {
  ZH_CN("zh-CN"),
  EN("en");

  public static final CustomerLanguage DEFAULT = ZH_CN;

  /** The tags the intake API accepts, as sent and stored (BCP 47). */
  public static final List<String> TAGS = Arrays.stream(values()).map(CustomerLanguage::tag).toList();

  private final String tag;

  CustomerLanguage(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  /** The language of a stored or sent tag; the default for null or one this application does not write in. */
  public static CustomerLanguage of(Object tag) {
    for (CustomerLanguage language : values()) {
      if (language.tag.equals(tag)) {
        return language;
      }
    }
    return DEFAULT;
  }
}

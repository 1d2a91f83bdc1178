package com.aftersales.photos;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code aftersales.photos.*}: limits on case photos. Both figures are the project's choice (the rulebooks name
 * none).
 *
 * @param maxSize largest photo accepted (default 8MB: a phone photo is 2-6 MB)
 * @param maxPerCase photos one case may hold (default 30)
 */
@ConfigurationProperties(prefix = "aftersales.photos")
public record PhotoProperties(DataSize maxSize, Integer maxPerCase) {

  public PhotoProperties {
    if (maxSize == null) {
      maxSize = DataSize.ofMegabytes(8);
    }
    if (maxPerCase == null) {
      maxPerCase = 30;
    }
    if (maxSize.toBytes() < 1024 || maxSize.toBytes() > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("aftersales.photos.max-size must be between 1KB and 1GB");
    }
    if (maxPerCase < 1) {
      throw new IllegalArgumentException("aftersales.photos.max-per-case must be at least 1");
    }
  }
}

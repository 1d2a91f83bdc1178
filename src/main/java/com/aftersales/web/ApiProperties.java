package com.aftersales.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.api.*}.
 *
 * @param maxBodyBytes largest request body the application's own API (/api/**) reads; bigger bodies are
 *     answered 413 before anything is parsed. Default 64 KB: a service request is at most ~5 KB of text.
 */
@ConfigurationProperties(prefix = "aftersales.api")
public record ApiProperties(Long maxBodyBytes) {

  public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  public ApiProperties {
    if (maxBodyBytes == null) {
      maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("aftersales.api.max-body-bytes must be at least 1024");
    }
  }
}

package com.aftersales.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.engine-api.*}: limits on the engine's REST API (/engine-rest) and the webapps' API
 * (/camunda/api).
 *
 * @param maxBodyBytes largest request body read there; bigger bodies are answered 413 before they are read.
 *     Default 1 MB: task completions, variable updates and queries are a few KB.
 * @param maxUploadBytes largest body of a deployment (POST /deployment/create) or a task attachment. Default
 *     20 MB: models, forms and decision tables are well under 1 MB each.
 */
@ConfigurationProperties(prefix = "aftersales.engine-api")
public record EngineApiProperties(Long maxBodyBytes, Long maxUploadBytes) {

  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

  public EngineApiProperties {
    if (maxBodyBytes == null) {
      maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    }
    if (maxUploadBytes == null) {
      maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("aftersales.engine-api.max-body-bytes must be at least 1024");
    }
    if (maxUploadBytes < maxBodyBytes) {
      throw new IllegalArgumentException(
          "aftersales.engine-api.max-upload-bytes must be at least aftersales.engine-api.max-body-bytes");
    }
  }
}

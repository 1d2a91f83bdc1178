package com.aftersales.photos;

import com.aftersales.web.ApiUploadLimit;
import jakarta.servlet.MultipartConfigElement;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request limits that follow from {@link PhotoProperties}: the photo upload path may send a photo of
 * {@code max-size} plus a margin for the multipart framing and the other fields; bigger bodies are refused with 413
 * before they are read (web.RequestSizeLimitFilter), and a photo just over the limit with 413 naming {@code file}
 * (PhotoService). The servlet's multipart limits are at least as large, so they never answer first.
 */
@Configuration
@EnableConfigurationProperties(PhotoProperties.class)
public class PhotoConfiguration {

  static final Pattern UPLOAD_PATH = Pattern.compile("^/api/cases/[^/]+/photos$");
  static final long MARGIN = 1024 * 1024;

  @Bean
  public ApiUploadLimit photoUploadLimit(PhotoProperties properties) {
    return new ApiUploadLimit(UPLOAD_PATH, properties.maxSize().toBytes() + MARGIN);
  }

  /** Parts go to disk beyond 1 MB rather than filling the heap. */
  @Bean
  public MultipartConfigElement multipartConfigElement(PhotoProperties properties) {
    long limit = properties.maxSize().toBytes() + 2 * MARGIN;
    return new MultipartConfigElement(null, limit, limit, (int) MARGIN);
  }
}

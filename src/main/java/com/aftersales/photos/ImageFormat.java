package com.aftersales.photos;

import java.util.Optional;

/**
 * The image formats a case photo may have, recognised by their magic bytes (whatever the upload declares): JPEG
 * ({@code FF D8 FF}), PNG (its 8-byte signature) and WebP ({@code RIFF....WEBP}).
 */
public enum ImageFormat {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  WEBP("image/webp", "webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final String contentType;
  private final String extension;

  ImageFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The format the bytes start with, or empty for anything else (text, PDF, GIF, a truncated file). */
  public static Optional<ImageFormat> detect(byte[] bytes) {
    if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (bytes.length >= 16 && startsWith(bytes, 0, new byte[] {'R', 'I', 'F', 'F'})
        && startsWith(bytes, 8, new byte[] {'W', 'E', 'B', 'P'})) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /** The format a declared content type names, if it is one of these (image/jpg counts as JPEG). */
  public static Optional<ImageFormat> ofContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
      return Optional.of(JPEG);
    }
    for (ImageFormat format : values()) {
      if (format.contentType.equals(type)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

package com.aftersales.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Real small images (drawn and encoded by ImageIO) and the multipart bodies that upload them. */
public final class PhotoTestData {

  private PhotoTestData() {}

  public static byte[] image(String format, Color color) {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 40, 30);
    g.setColor(Color.WHITE);
    g.drawLine(0, 0, 39, 29);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] jpeg() {
    return image("jpg", new Color(200, 60, 40));
  }

  public static byte[] png() {
    return image("png", new Color(40, 120, 200));
  }

  /** A multipart body: the file part (with its name and declared type) and, when not null, the kind. */
  public static MultiValueMap<String, Object> upload(byte[] bytes, String fileName, String declaredType, String kind) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    if (bytes != null) {
      HttpHeaders part = new HttpHeaders();
      part.setContentType(MediaType.parseMediaType(declaredType));
      body.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
        @Override
        public String getFilename() {
          return fileName;
        }
      }, part));
    }
    if (kind != null) {
      body.add("kind", kind);
    }
    return body;
  }

  public static HttpEntity<MultiValueMap<String, Object>> request(MultiValueMap<String, Object> body,
      Map<String, String> headers) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.forEach(h::add);
    return new HttpEntity<>(body, h);
  }
}

package com.aftersales.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The request with its body already read into memory, handed on to the rest of the chain unchanged: filters that
 * must look at a body before the handler (size limit, contact data) read it once.
 */
public final class BufferedRequest extends HttpServletRequestWrapper {
  private final byte[] body;
  private ServletInputStream stream;
  private BufferedReader reader;

  public BufferedRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  public byte[] body() {
    return body;
  }

  @Override
  public ServletInputStream getInputStream() {
    if (stream == null) {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      stream = new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already in memory");
        }
      };
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() {
    if (reader == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
      reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
    return reader;
  }
}

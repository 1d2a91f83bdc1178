package com.aftersales.web;

import java.util.regex.Pattern;

/**
 * An upload endpoint of the application's own API that takes more than {@code aftersales.api.max-body-bytes}: request
 * paths matching {@code path} may send bodies up to {@code maxBodyBytes} (a feature declares it as a bean, e.g.
 * photos.PhotoConfiguration). Bigger bodies are still refused with 413 before they are read; a chunked multipart
 * body (no declared length) is limited by the servlet's multipart limits, which the feature sets.
 */
public record ApiUploadLimit(Pattern path, long maxBodyBytes) {}

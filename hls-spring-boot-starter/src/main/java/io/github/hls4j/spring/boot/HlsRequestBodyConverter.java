package io.github.hls4j.spring.boot;

import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.json.InvalidJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads request bodies of hls4j's types with {@link HlsJson}: its limits, its strict structure and
 * its errors located in the model's public names. It writes nothing: responses go through Boot's
 * mapper, on which {@code HlsModule} is registered.
 */
final class HlsRequestBodyConverter extends AbstractHttpMessageConverter<Object> {

  /** The source named in the reader's messages. */
  static final String SOURCE = "request body";

  private static final String HLS_PACKAGE = "io.github.hls4j.";

  private final HlsJson json;
  private final int maxDocumentLength;

  HlsRequestBodyConverter(HlsJson json, int maxDocumentLength) {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = json;
    this.maxDocumentLength = maxDocumentLength;
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return clazz.getName().startsWith(HLS_PACKAGE);
  }

  @Override
  public boolean canWrite(Class<?> clazz, @Nullable MediaType mediaType) {
    return false;
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    byte[] body =
        input.getBody().readNBytes(Math.min(maxDocumentLength, Integer.MAX_VALUE - 16) + 1);
    boolean tooLarge = body.length > maxDocumentLength;
    try {
      Object read = json.read(new ByteArrayInputStream(body), SOURCE, clazz);
      if (tooLarge) { // the reader's own limit is higher than the starter's
        throw new InvalidJsonException(
            SOURCE, 0, 0, "", "the document is longer than " + maxDocumentLength + " bytes");
      }
      return read;
    } catch (InvalidJsonException e) {
      throw new InvalidRequestBodyException(e, tooLarge, input);
    }
  }

  @Override
  protected void writeInternal(Object value, HttpOutputMessage output) {
    throw new UnsupportedOperationException("HlsRequestBodyConverter reads request bodies only");
  }
}

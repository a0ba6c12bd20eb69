package io.github.hls4j.jackson2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import java.util.List;

/** hls-jackson2 meets the contract of every JSON module of hls4j, with Jackson 2. */
class HlsJsonTest extends FormatModuleContract {

  private static final HlsJson JSON = HlsJson.create();
  private static final JsonMapper USERS_MAPPER =
      JsonMapper.builder().addModule(new HlsModule()).build();

  @Override
  protected <T> T read(String json, String source, Class<T> type) {
    return JSON.read(json, source, type);
  }

  @Override
  protected <T> T read(
      String json, String source, Class<T> type, java.util.function.Consumer<String> warnings) {
    return JSON.read(json, source, type, warnings);
  }

  @Override
  protected String write(Object value) {
    return JSON.write(value);
  }

  @Override
  protected String writeRedacted(Object value) {
    return JSON.writeRedacted(value);
  }

  @Override
  protected String writeWithModule(Object value) throws Exception {
    return USERS_MAPPER.writeValueAsString(value);
  }

  @Override
  protected <T> T readWithModule(String json, Class<T> type) throws Exception {
    return USERS_MAPPER.readValue(json, type);
  }

  @Override
  protected List<BoardReport> readReportsWithModule(String json) throws Exception {
    return USERS_MAPPER.readValue(json, new TypeReference<List<BoardReport>>() {});
  }
}

package io.github.hls4j.jackson;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** hls-jackson meets the contract of every JSON module of hls4j, with Jackson 3. */
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
  protected String writeWithModule(Object value) {
    return USERS_MAPPER.writeValueAsString(value);
  }

  @Override
  protected <T> T readWithModule(String json, Class<T> type) {
    return USERS_MAPPER.readValue(json, type);
  }

  @Override
  protected List<BoardReport> readReportsWithModule(String json) {
    return USERS_MAPPER.readValue(json, new TypeReference<List<BoardReport>>() {});
  }
}

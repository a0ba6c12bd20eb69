package io.github.hls4j.jackson;

import io.github.hls4j.json.internal.JsonOutput;
import tools.jackson.core.JsonGenerator;

/** Jackson 3's generator as the walker's output. */
final class GeneratorOutput implements JsonOutput {

  private final JsonGenerator generator;

  GeneratorOutput(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }
}

package io.github.hls4j.party;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.NotFreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who takes part in a system, named as a document names them, with the role title they
 * hold, such as "Consultant in Public Health".
 *
 * <pre>{@code
 * Person author =
 *     Person.builder()
 *         .id(PartyId.of("alice-munro"))
 *         .name("Alice Munro")
 *         .roleTitle("Consultant in Public Health")
 *         .contact(ContactDetails.email("alice.munro@somerset.gov.uk"))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Person implements Party {

  Person() {}

  /**
   * Returns a new builder. The id and the name are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract PartyId id();

  @Override
  @NotFreeText(NotFreeText.Kind.NAME)
  public abstract String name();

  /**
   * Returns the title of the role the person holds, such as "Consultant in Public Health".
   *
   * @return the role title, if known
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> roleTitle();

  /**
   * Returns the organisation the person works for.
   *
   * @return the organisation's id, if known
   * @since 0.1.0
   */
  public abstract Optional<PartyId> organisation();

  /**
   * Returns how to reach the person.
   *
   * @return the contact details, if known
   * @since 0.1.0
   */
  public abstract Optional<ContactDetails> contact();

  /**
   * Returns whether the person takes part as a member of the public, such as a resident on a
   * working group or a carer in a learning space, rather than for an organisation. Such a person's
   * name is personal data: the {@code system/personal-name-in-text} rule finds it in free text, and
   * the learning digest removes it.
   *
   * @return {@code true} if the person is a member of the public; {@code false} by default
   * @since 0.1.0
   */
  @Value.Default
  public boolean memberOfPublic() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.notBlank("Person", "name", name());
    roleTitle().ifPresent(t -> Checks.notBlank("Person", "roleTitle", t));
  }

  /**
   * Builds a {@link Person}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalStateException} when the id or the name is missing and {@link IllegalArgumentException}
   * when the name or the role title is blank.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}

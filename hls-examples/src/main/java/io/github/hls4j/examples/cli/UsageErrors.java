package io.github.hls4j.examples.cli;

import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line picocli cannot parse, in the command's language: the problem in one line, worded
 * from the exception's type and fields (the option, the value, what was unmatched or missing),
 * never from picocli's English message; picocli's suggestions for a mistyped command or option; and
 * the pointer to the command's {@code --help}. The phrases are the {@code usage.} keys of {@code
 * command.properties}.
 */
final class UsageErrors {

  /** What an option's value is expected to be, told by the type the option holds. */
  enum Expected {
    CHOICE,
    DATE,
    FILE,
    WHOLE_NUMBER,
    FLAG,
    LABEL
  }

  private final Phrasebook words;

  UsageErrors(Phrasebook words) {
    this.words = words;
  }

  /** The problem, in one line, such as {@code Unknown option: '--bogus'}. */
  String problem(CommandLine.ParameterException e, String[] args) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      return missing(missing.getMissing(), args);
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten
        && overwritten.getOverwritten() != null) {
      return words.format("usage.repeated", Map.of("option", name(overwritten.getOverwritten())));
    }
    if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
      List<String> given = exclusiveGiven(e.getCommandLine().getCommandSpec().argGroups(), args);
      if (given.size() > 1) {
        return words.format("usage.exclusive", Map.of("options", String.join(", ", given)));
      }
    }
    ArgSpec arg = e.getArgSpec();
    String value = e.getValue();
    if (arg != null && value != null) {
      return words.format(
          arg.isOption() ? "usage.invalidValue" : "usage.invalidParameter",
          Map.of("option", name(arg), "expected", expected(arg), "value", quoted(value)));
    }
    return value != null
        ? words.format("usage.unreadableAt", Map.of("argument", quoted(value)))
        : words.phrase("usage.unreadable");
  }

  /**
   * picocli's suggestions for a mistyped command or option ({@code Did you mean: hls validate?}),
   * or empty when it has none.
   */
  Optional<String> suggestions(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)) {
      return Optional.empty();
    }
    List<String> suggested = unmatched.getSuggestions();
    if (suggested.isEmpty()) {
      return Optional.empty();
    }
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    List<String> each = new ArrayList<>();
    for (String s : suggested) {
      each.add(unmatched.isUnknownOption() ? s : String.join(" ", command, s));
    }
    return Optional.of(words.format("usage.didYouMean", Map.of("suggestions", or(each))));
  }

  /** The pointer to a command's help: {@code Try 'hls validate --help' for more information.} */
  String tryHelp(CommandLine command) {
    return words.format(
        "usage.tryHelp", Map.of("command", command.getCommandSpec().qualifiedName()));
  }

  /**
   * An argument nothing takes: an unknown option, an unknown command where the command has commands
   * and no parameters of its own, else an argument too many.
   */
  private String unmatched(CommandLine.UnmatchedArgumentException e) {
    List<String> unmatched = e.getUnmatched();
    if (unmatched.isEmpty()) {
      return words.phrase("usage.unreadable");
    }
    String first = String.valueOf(unmatched.get(0));
    CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
    String key =
        e.isUnknownOption()
            ? "usage.unknownOption"
            : !spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()
                ? "usage.unknownCommand"
                : "usage.unexpectedArgument";
    return words.format(key, Map.of("argument", quoted(first)));
  }

  /**
   * What is missing: the value of an option the command line names, else the required options and
   * parameters it does not name.
   */
  private String missing(List<ArgSpec> missing, String[] args) {
    if (missing.size() == 1
        && missing.get(0).isOption()
        && named((OptionSpec) missing.get(0), args)) {
      ArgSpec option = missing.get(0);
      return words.format(
          "usage.missingValue", Map.of("option", name(option), "expected", expected(option)));
    }
    boolean options = missing.stream().anyMatch(ArgSpec::isOption);
    String key =
        Phrasebook.key(
            "usage",
            options ? "missingOption" : "missingParameter",
            missing.size() == 1 ? "one" : "other");
    return words.format(
        key,
        Map.of(
            "missing",
            missing.stream().map(UsageErrors::synopsis).collect(Collectors.joining(", "))));
  }

  /**
   * The options of the command's groups of options that go one at a time, as the command line names
   * them.
   */
  private static List<String> exclusiveGiven(
      List<CommandLine.Model.ArgGroupSpec> groups, String[] args) {
    List<String> given = new ArrayList<>();
    for (CommandLine.Model.ArgGroupSpec group : groups) {
      if (group.exclusive()) {
        for (OptionSpec option : group.options()) {
          if (named(option, args)) {
            given.add(name(option));
          }
        }
      }
      given.addAll(exclusiveGiven(group.subgroups(), args));
    }
    return given;
  }

  /** Whether the command line names the option, alone ({@code --format}) or with its value. */
  private static boolean named(OptionSpec option, String[] args) {
    for (String arg : args) {
      for (String name : option.names()) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** What a value of the option is expected to be, in words. */
  private String expected(ArgSpec arg) {
    Class<?> type = valueType(arg);
    Expected expected = expected(type);
    String key = Phrasebook.key("usage", "expected", expected.name());
    return switch (expected) {
      case CHOICE ->
          words.format(
              key,
              Map.of(
                  "choices",
                  or(
                      Arrays.stream(type.getEnumConstants())
                          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                          .toList())));
      case LABEL -> words.format(key, Map.of("label", arg.paramLabel()));
      default -> words.phrase(key);
    };
  }

  static Expected expected(Class<?> type) {
    if (type.isEnum()) {
      return Expected.CHOICE;
    }
    if (type == LocalDate.class) {
      return Expected.DATE;
    }
    if (type == Path.class) {
      return Expected.FILE;
    }
    if (type == Integer.class || type == int.class) {
      return Expected.WHOLE_NUMBER;
    }
    if (type == Boolean.class || type == boolean.class) {
      return Expected.FLAG;
    }
    return Expected.LABEL;
  }

  /** The type of one value: the element's of a list. */
  private static Class<?> valueType(ArgSpec arg) {
    Class<?>[] auxiliary = arg.auxiliaryTypes();
    return arg.typeInfo().isMultiValue() && auxiliary.length > 0 ? auxiliary[0] : arg.type();
  }

  /**
   * An option by its longest name, a parameter by its label: {@code '--format'}, {@code 'FILE'}.
   */
  private static String name(ArgSpec arg) {
    return quoted(
        arg instanceof OptionSpec option
            ? option.longestName()
            : ((PositionalParamSpec) arg).paramLabel());
  }

  /** An option with its label, {@code '--board=ID'}, or a parameter's label, {@code 'FILE'}. */
  private static String synopsis(ArgSpec arg) {
    return quoted(
        arg instanceof OptionSpec option
            ? option.arity().max() == 0
                ? option.longestName()
                : String.join("=", option.longestName(), option.paramLabel())
            : arg.paramLabel());
  }

  /** Text from the command line, quoted and made printable on one line. */
  private static String quoted(String text) {
    return "'" + Printable.oneLine(text) + "'";
  }

  /** Names in a list, the last joined with "or": {@code text, json or html}. */
  private String or(List<String> names) {
    if (names.size() < 2) {
      return String.join("", names);
    }
    return words.format(
        "usage.or",
        Map.of(
            "first",
            String.join(", ", names.subList(0, names.size() - 1)),
            "last",
            names.get(names.size() - 1)));
  }
}

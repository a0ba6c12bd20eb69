package io.github.hls4j.examples.architecture;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The modules and packages of hls4j's main code, and what depends on what, read from the sources: a
 * file depends on each hls4j type it names in full, in an import or in its code (comments left
 * out). Tests and generated sources are not read.
 */
final class SourceGraph {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern NAMED = Pattern.compile("\\bio\\.github\\.hls4j(?:\\.[a-z]\\w*)+");
  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

  /** A main source file: its module, package, path and length in lines. */
  record Source(String module, String pkg, Path path, int lines) {}

  final List<Source> sources = new ArrayList<>();

  /** Each package's module. */
  final Map<String, String> moduleOf = new TreeMap<>();

  final MutableGraph<String> packages = GraphBuilder.directed().allowsSelfLoops(false).build();
  final MutableGraph<String> modules = GraphBuilder.directed().allowsSelfLoops(false).build();

  private SourceGraph() {}

  /** Reads every module's main sources under a checkout. */
  static SourceGraph of(Path root) {
    SourceGraph graph = new SourceGraph();
    Map<Source, String> texts = new TreeMap<>((a, b) -> a.path().compareTo(b.path()));
    try (Stream<Path> children = Files.list(root)) {
      for (Path module : children.sorted().toList()) {
        Path main = module.resolve("src/main/java");
        if (!Files.isDirectory(main)) {
          continue;
        }
        String name = module.getFileName().toString();
        graph.modules.addNode(name);
        try (Stream<Path> files = Files.walk(main)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
              continue; // module-info.java
            }
            Source source =
                new Source(name, pkg.group(1), root.relativize(file), (int) text.lines().count());
            graph.sources.add(source);
            graph.moduleOf.putIfAbsent(source.pkg(), name);
            graph.packages.addNode(source.pkg());
            texts.put(source, COMMENTS.matcher(text).replaceAll(""));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<Source, String> entry : texts.entrySet()) {
      Source from = entry.getKey();
      Matcher named = NAMED.matcher(entry.getValue());
      while (named.find()) {
        String target = graph.packageOf(named.group());
        if (target != null && !target.equals(from.pkg())) {
          graph.packages.putEdge(from.pkg(), target);
          String module = graph.moduleOf.get(target);
          if (!module.equals(from.module())) {
            graph.modules.putEdge(from.module(), module);
          }
        }
      }
    }
    return graph;
  }

  /** The longest known package that a dotted name starts with, or null. */
  private String packageOf(String name) {
    for (String candidate = name;
        candidate.contains(".");
        candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
      if (moduleOf.containsKey(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  boolean packagesHaveCycle() {
    return Graphs.hasCycle(packages);
  }

  /** The module graph as a Mermaid flowchart, each module above what it depends on. */
  String moduleChart() {
    StringBuilder chart = new StringBuilder("```mermaid\nflowchart BT\n");
    for (String module : new TreeSet<>(modules.nodes())) {
      chart.append("  ").append(id(module)).append("[").append(module).append("]\n");
    }
    for (String from : new TreeSet<>(modules.nodes())) {
      for (String to : new TreeSet<>(modules.successors(from))) {
        chart.append("  ").append(id(from)).append(" --> ").append(id(to)).append('\n');
      }
    }
    return chart.append("```\n").toString();
  }

  /** The package graph as a Mermaid flowchart, packages grouped by module. */
  String packageChart() {
    StringBuilder chart = new StringBuilder("```mermaid\nflowchart BT\n");
    Map<String, Set<String>> byModule = new TreeMap<>();
    moduleOf.forEach(
        (pkg, module) -> byModule.computeIfAbsent(module, m -> new TreeSet<>()).add(pkg));
    for (Map.Entry<String, Set<String>> module : byModule.entrySet()) {
      chart
          .append("  subgraph ")
          .append(id(module.getKey()))
          .append("_m[")
          .append(module.getKey())
          .append("]\n");
      for (String pkg : module.getValue()) {
        chart.append("    ").append(id(pkg)).append("[").append(shortName(pkg)).append("]\n");
      }
      chart.append("  end\n");
    }
    for (String from : new TreeSet<>(packages.nodes())) {
      for (String to : new TreeSet<>(packages.successors(from))) {
        chart.append("  ").append(id(from)).append(" --> ").append(id(to)).append('\n');
      }
    }
    return chart.append("```\n").toString();
  }

  /** The package graph as a table: each package, its module and the packages it depends on. */
  String packageTable() {
    StringBuilder table = new StringBuilder("| package | module | depends on |\n|---|---|---|\n");
    for (String pkg : new TreeSet<>(packages.nodes())) {
      List<String> targets =
          new TreeSet<>(packages.successors(pkg))
              .stream().map(SourceGraph::shortName).map(t -> "`" + t + "`").toList();
      table
          .append("| `")
          .append(shortName(pkg))
          .append("` | ")
          .append(moduleOf.get(pkg))
          .append(" | ")
          .append(targets.isEmpty() ? "nothing in hls4j" : String.join(", ", targets))
          .append(" |\n");
    }
    return table.toString();
  }

  static String shortName(String pkg) {
    return pkg.equals("io.github.hls4j")
        ? "io.github.hls4j"
        : pkg.substring("io.github.hls4j.".length());
  }

  private static String id(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "_");
  }
}

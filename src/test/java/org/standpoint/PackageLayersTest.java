package org.standpoint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline goes one way (docs/architecture.md): a package may use only packages on lower layers, never one on
 * its own layer or above, so there is no cycle and a reader knows which way a value flows. Read from the sources,
 * so a new reference anywhere in a class (an import, a qualified name, a Javadoc link) counts.
 */
class PackageLayersTest {
    /** Bottom first. Packages on one layer do not know each other. */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("model"),
            Set.of("iri", "query"),
            Set.of("nlp", "read"),
            Set.of("extract"),
            Set.of("resolve"),
            Set.of("rdf"),
            Set.of("store", "pipeline"),
            Set.of("correct", "link"),
            Set.of("ingest", "serve.page"),
            Set.of("serve"),
            Set.of("eval", "spark"),
            Set.of("train"),
            Set.of("cli"));

    private static final Path SOURCES = Path.of("src/main/java/org/standpoint");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.standpoint\\.([a-z.]+?)\\.[A-Z]");

    @Test
    void everyPackageHasALayer() {
        Set<String> layered = LAYERS.stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(layered, packages().keySet(), "a new package needs its place in LAYERS (and docs/architecture.md)");
    }

    @Test
    void packagesUseOnlyLowerLayers() {
        List<String> upward = new ArrayList<>();
        packages().forEach((pkg, files) -> {
            int layer = layer(pkg);
            for (Path file : files) {
                Matcher m = REFERENCE.matcher(read(file));
                while (m.find()) {
                    String used = m.group(1);
                    if (used.equals(pkg) || !packages().containsKey(used)) continue;
                    if (layer(used) >= layer) upward.add(pkg + " → " + used + " (" + SOURCES.relativize(file) + ")");
                }
            }
        });
        assertTrue(upward.isEmpty(), "references across or up the layers:\n" + String.join("\n", new TreeSet<>(upward)));
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) return i;
        }
        throw new AssertionError("package without a layer: " + pkg);
    }

    /** Package name (relative to org.standpoint) → its Java files, not those of its subpackages. */
    private static Map<String, List<Path>> packages() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.groupingBy(
                    f -> SOURCES.relativize(f.getParent()).toString().replace('/', '.'),
                    java.util.TreeMap::new, Collectors.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

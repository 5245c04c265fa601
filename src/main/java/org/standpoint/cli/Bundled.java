package org.standpoint.cli;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What ships inside the jar: the vocabulary, the saved queries and the demo article (see the pom's resources). */
final class Bundled {
    static final List<String> VOCABULARY = List.of("ontology/standpoint.ttl", "ontology/stance-scheme.ttl");
    static final String DEMO_ARTICLE = "demo/met-armed-patrols.txt";
    static final String QUERIES = "queries";

    private Bundled() {
    }

    /** The ontology and the SKOS schemes, for the vocab graph. */
    static Model vocabulary() {
        Model m = ModelFactory.createDefaultModel();
        for (String name : VOCABULARY) {
            try (InputStream in = open(name)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a resource byte for byte: the demo article's offsets index exactly its text. */
    static void copy(String name, Path target) {
        try (InputStream in = open(name)) {
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String name) {
        return Bundled.class.getClassLoader().getResource(name) != null;
    }

    /** The names of the saved queries ({@code queries/NAME.rq}), sorted. Works from a jar and from target/classes. */
    static List<String> queryNames() {
        URL dir = Bundled.class.getClassLoader().getResource(QUERIES);
        if (dir == null) return List.of();
        try {
            URI uri = dir.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    return names(fs.getPath("/" + QUERIES));
                }
            }
            return names(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // someone else's open view of the jar: read through a fresh one of our own instead of closing theirs
            String jar = uri.getSchemeSpecificPart();
            return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Bundled.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException("resource missing from the build: " + name);
        return in;
    }
}

package org.standpoint.query;

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

/** The saved queries inside the jar ({@code queries/NAME.rq}, see the pom's resources). */
final class BundledQueries {
    private static final String DIR = "queries";

    private BundledQueries() {
    }

    /** The query's text, or null when no query has that name. */
    static String text(String name) {
        try (InputStream in = BundledQueries.class.getClassLoader().getResourceAsStream(DIR + "/" + name + ".rq")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names, sorted. Works from a jar and from target/classes. */
    static List<String> names() {
        URL dir = BundledQueries.class.getClassLoader().getResource(DIR);
        if (dir == null) return List.of();
        try {
            URI uri = dir.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    return names(fs.getPath("/" + DIR));
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
}

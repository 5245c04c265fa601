package org.standpoint.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;

/**
 * A SPARQL query by name (a bundled {@code queries/NAME.rq}) or from a file, with its header (queries/README.md). The
 * command line runs them, the server offers them as examples, and the pages ask their questions through them, so a
 * page and {@code standpoint query} cannot give two answers to one question.
 */
public record SavedQuery(String name, String text) {
    /**
     * A path that exists wins; otherwise the bundled query of that name (with or without {@code .rq}).
     *
     * @throws IllegalArgumentException when neither exists, listing the bundled names
     */
    public static SavedQuery resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            try {
                return new SavedQuery(nameOrFile, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return named(nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile);
    }

    /**
     * The bundled query of that name.
     *
     * @throws IllegalArgumentException when there is none, listing the bundled names
     */
    public static SavedQuery named(String name) {
        String text = name.matches("[A-Za-z0-9_-]+") ? BundledQueries.text(name) : null;
        if (text == null) {
            throw new IllegalArgumentException("no saved query or file '" + name + "' (saved queries: "
                    + String.join(", ", BundledQueries.names()) + ")");
        }
        return new SavedQuery(name, text);
    }

    public static List<SavedQuery> bundled() {
        List<SavedQuery> all = new ArrayList<>();
        for (String name : BundledQueries.names()) all.add(named(name));
        return all;
    }

    /**
     * The query with its {@code # param:} lines filled in (see {@link QueryParameters}); the others keep their
     * defaults. The same text and values give the same parsed query: execute it, never change it.
     *
     * @throws IllegalArgumentException naming the parameter and the problem
     */
    public Query with(Map<String, List<String>> values) {
        return Prepared.query(text, values);
    }

    /** The {@code # title:} header; the name when the file has none. */
    public String title() {
        String title = header("title");
        return title.isEmpty() ? name : title;
    }

    /** The {@code # answers:} header, its continuation lines joined; empty when the file has none. */
    public String answers() {
        return header("answers");
    }

    /**
     * The {@code # parameters:} block as written, one line per line ("--param NAME=…" sets one); empty when the query
     * takes none.
     */
    public List<String> parameters() {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            String body = line.substring(1);
            if (!inside) {
                inside = body.strip().equals("parameters:");
            } else if (body.startsWith("   ") && !body.isBlank()) {
                lines.add(body.substring(3));
            } else {
                break;
            }
        }
        return lines;
    }

    private String header(String key) {
        String prefix = key + ":";
        StringBuilder sb = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            String body = line.substring(1);
            if (sb == null) {
                if (body.strip().startsWith(prefix)) sb = new StringBuilder(body.strip().substring(prefix.length()).strip());
            } else if (body.startsWith("  ") && !body.strip().isEmpty()) {
                // continuation lines are indented; the next "# key:" line is not
                sb.append(' ').append(body.strip());
            } else {
                break;
            }
        }
        return sb == null ? "" : sb.toString();
    }
}

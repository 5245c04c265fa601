package org.standpoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.standpoint.serve.page.ExampleQuery;

/** A SPARQL query by name (a bundled {@code queries/NAME.rq}) or from a file, with its header (queries/README.md). */
record SavedQuery(String name, String text) {
    /**
     * A path that exists wins; otherwise the bundled query of that name (with or without {@code .rq}).
     *
     * @throws IllegalArgumentException when neither exists, listing the bundled names
     */
    static SavedQuery resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            try {
                return new SavedQuery(nameOrFile, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        String name = nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile;
        String resource = Bundled.QUERIES + "/" + name + ".rq";
        if (name.matches("[A-Za-z0-9_-]+") && Bundled.exists(resource)) {
            return new SavedQuery(name, Bundled.text(resource));
        }
        throw new IllegalArgumentException("no saved query or file '" + nameOrFile + "' (saved queries: "
                + String.join(", ", Bundled.queryNames()) + ")");
    }

    static List<SavedQuery> bundled() {
        List<SavedQuery> all = new ArrayList<>();
        for (String name : Bundled.queryNames()) all.add(new SavedQuery(name, Bundled.text(Bundled.QUERIES + "/" + name + ".rq")));
        return all;
    }

    /** The {@code # title:} header; the name when the file has none. */
    String title() {
        String title = header("title");
        return title.isEmpty() ? name : title;
    }

    /** The {@code # answers:} header, its continuation lines joined; empty when the file has none. */
    String answers() {
        return header("answers");
    }

    /**
     * The {@code # parameters:} block as written, one line per line ("--param NAME=…" sets one); empty when the query
     * takes none.
     */
    List<String> parameters() {
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

    /** As the server offers it: among the query editor's examples and on the browse page. */
    ExampleQuery example() {
        return new ExampleQuery(name, title(), answers(), text);
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

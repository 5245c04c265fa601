package org.standpoint.cli;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What ships inside the jar for the commands: the vocabulary and the demo article (see the pom's resources). */
final class Bundled {
    static final List<String> VOCABULARY = List.of("ontology/standpoint.ttl", "ontology/stance-scheme.ttl");
    static final String DEMO_ARTICLE = "demo/met-armed-patrols.txt";

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

    /** Copies a resource byte for byte: the demo article's offsets index exactly its text. */
    static void copy(String name, Path target) {
        try (InputStream in = open(name)) {
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Bundled.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException("resource missing from the build: " + name);
        return in;
    }
}

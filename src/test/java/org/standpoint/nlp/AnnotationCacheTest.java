package org.standpoint.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cached annotation reads back as CoreNLP wrote it; a damaged entry is annotated again. */
class AnnotationCacheTest {
    private static final String TEXT = "Jane Roe said the plan would fail.\n\nShe told the council it was too late.";

    @Test
    void readsBackTokensParseAndCoreference(@TempDir Path dir) throws IOException {
        AnnotationCache cache = new AnnotationCache(dir);
        CoreDocument first = cache.apply(TEXT);
        CoreDocument second = cache.apply(TEXT);
        assertEquals(1, files(dir).size());
        assertEquals(tags(first), tags(second));
        assertEquals(first.sentences().get(0).dependencyParse().toString(), second.sentences().get(0).dependencyParse().toString());
        assertEquals(first.corefChains().size(), second.corefChains().size());
        assertEquals("Roe", second.tokens().get(1).word());

        Files.writeString(files(dir).get(0), "not an annotation");
        assertEquals(tags(first), tags(cache.apply(TEXT)));
    }

    private static List<String> tags(CoreDocument d) {
        return d.tokens().stream().map(t -> t.word() + "/" + t.tag() + "/" + t.ner() + "@" + t.beginPosition()).toList();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ser.gz")).toList();
        }
    }
}

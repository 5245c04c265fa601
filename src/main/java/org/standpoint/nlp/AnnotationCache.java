package org.standpoint.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.GenericAnnotationSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * CoreNLP annotations kept on disk, one file per text, keyed by the text and the annotator set. Training reads
 * hundreds of articles many times over and CoreNLP takes a second or more per article; a hit takes milliseconds.
 * Used by {@code train} and {@code eval}; {@code load} annotates afresh. A damaged file is annotated again.
 */
public final class AnnotationCache implements Function<String, CoreDocument> {
    private final Path dir;
    private final GenericAnnotationSerializer serializer = new GenericAnnotationSerializer(true);

    public AnnotationCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public CoreDocument apply(String text) {
        Path file = dir.resolve(key(text) + ".ser.gz");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return new CoreDocument(serializer.read(in).first);
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                // fall through: annotate again and overwrite
            }
        }
        CoreDocument doc = NlpPipeline.annotate(text);
        write(file, doc.annotation());
        return doc;
    }

    /**
     * Writes through a temporary file, so a reader never sees half an entry. An annotation that cannot be serialised
     * (seen once in 840 articles: a list CoreNLP shares between threads changed under the writer) is not cached.
     */
    private void write(Path file, Annotation annotation) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "annotation", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                serializer.write(annotation, out).close();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache " + file, e);
        } catch (RuntimeException e) {
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file stays; the next run writes a new one
            }
        }
    }

    private static String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(new java.util.TreeMap<>(NlpPipeline.properties()).toString().getBytes(StandardCharsets.UTF_8));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.standpoint.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.extract.TaggerModel;
import org.standpoint.extract.TokenFeatures;
import org.standpoint.extract.TokenSequence;
import org.standpoint.model.Article;
import org.standpoint.nlp.AnnotationCache;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training command end to end on a PolNeAR-shaped folder written here (invented sentences, BRAT standoff):
 * the real CoreNLP pipeline, cross-validation, the weights written and read back, and the model marking the
 * cue, source and content of a sentence it was trained on. Training twice gives the same bytes.
 */
class AttributionTrainingTest {
    private static final String[][] ARTICLES = {
            {"Jane Roe said the plan would fail.", "Jane Roe", "said", "the plan would fail"},
            {"The mayor told reporters that taxes would rise.", "The mayor", "told", "that taxes would rise"},
            {"Tom Bell warned that the bridge was unsafe.", "Tom Bell", "warned", "that the bridge was unsafe"},
            {"Critics said the scheme was a waste of money.", "Critics", "said", "the scheme was a waste of money"},
            {"Ann Lee argued that the school should stay open.", "Ann Lee", "argued", "that the school should stay open"},
            {"The council said the road would close in May.", "The council", "said", "the road would close in May"},
    };

    @Test
    void trainsCrossValidatesAndWritesAModelThatTagsWhatItLearned(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("polnear"));
        Files.createDirectories(corpus.resolve("text"));
        Files.createDirectories(corpus.resolve("attributions"));
        for (int i = 0; i < ARTICLES.length; i++) {
            String[] a = ARTICLES[i];
            String text = "Local news\n\n" + a[0] + "\n\nThe meeting ended at noon.\n";
            Files.writeString(corpus.resolve("text/a" + i + ".txt"), text);
            Files.writeString(corpus.resolve("attributions/a" + i + ".ann"), ann(text, a[1], a[2], a[3]));
        }
        Files.writeString(corpus.resolve("attributions/broken.ann"), "T1\tSource x y\tnobody\n");
        Files.writeString(corpus.resolve("text/broken.txt"), "Nothing here.\n");

        AnnotationCache cache = new AnnotationCache(dir.resolve("cache"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path model = dir.resolve("model.bin.gz");
        new AttributionTraining(corpus, cache, 1, 2, 10, new PrintStream(log, true)).run(model);
        String printed = log.toString();
        assertTrue(printed.contains("6 articles"), printed);
        assertTrue(printed.contains("cross-val"), printed);

        TaggerModel m;
        try (InputStream in = Files.newInputStream(model)) {
            m = TaggerModel.read(in);
        }
        String text = "Local news\n\n" + ARTICLES[0][0] + "\n\nThe meeting ended at noon.\n";
        TokenSequence seq = TokenFeatures.of(new Article("t", null, null, null, null, text, null), cache.apply(text)).get(1);
        int[] labels = m.decode(seq);
        assertEquals("B-SRC I-SRC B-CUE B-CON I-CON I-CON I-CON O", names(labels));

        Path again = dir.resolve("again.bin.gz");
        new AttributionTraining(corpus, cache, 1, 1, 10, new PrintStream(new ByteArrayOutputStream())).run(again);
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(again), "the same data gives the same weights");
    }

    private static String ann(String text, String source, String cue, String content) {
        List<String> lines = new ArrayList<>();
        int s = text.indexOf(source), c = text.indexOf(cue, s + source.length()), o = text.indexOf(content, c);
        lines.add("T1\tSource " + s + " " + (s + source.length()) + "\t" + source);
        lines.add("T2\tCue " + c + " " + (c + cue.length()) + "\t" + cue);
        lines.add("T3\tContent " + o + " " + (o + content.length()) + "\t" + content);
        lines.add("T4\tAttribution " + c + " " + (c + cue.length()) + "\t" + cue);
        lines.add("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1");
        return String.join("\n", lines) + "\n";
    }

    private static String names(int[] labels) {
        List<String> out = new ArrayList<>();
        for (int l : labels) out.add(TaggerModel.LABELS[l]);
        return String.join(" ", out);
    }
}

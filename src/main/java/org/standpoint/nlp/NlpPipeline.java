package org.standpoint.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * The one CoreNLP pipeline of a JVM. Loading takes 15–30 s and ~2 GB, so it is built once, lazily, and shared;
 * {@link StanfordCoreNLP#annotate} is thread-safe for distinct documents.
 *
 * <p>Requirements the extractor relies on: tokens with character offsets, sentences, POS, lemmas, NER
 * (with the fine-grained TITLE class for role words), basic dependencies, and coreference chains.
 */
public final class NlpPipeline {
    private static volatile StanfordCoreNLP pipeline;
    private static final java.util.regex.Pattern TITLE_STOP =
            java.util.regex.Pattern.compile("\\b(Coun|Cllr|Cllrs|Ald|Rt)\\.(?= +\\p{Lu})");

    private NlpPipeline() {
    }

    /** The annotators; the system property {@value #ANNOTATORS_PROPERTY} overrides them to measure a lighter set. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";
    public static final String ANNOTATORS_PROPERTY = "standpoint.annotators";

    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", System.getProperty(ANNOTATORS_PROPERTY, ANNOTATORS));
        p.setProperty("tokenize.language", "en");
        // Paragraph breaks end sentences: headlines and captions have no full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("coref.md.type", "dep");
        p.setProperty("threads", "1");
        return p;
    }

    /** Whether this JVM has built the pipeline yet: a command says so before the wait the first build costs. */
    public static boolean loaded() {
        return pipeline != null;
    }

    public static StanfordCoreNLP get() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(properties());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /**
     * Annotates a text. Token offsets index {@code text} itself, though CoreNLP sees a copy in which the full stop
     * of a title abbreviation its tokenizer does not know ("Coun. Joe Bloggs", "Cllr. Smith") is a space: that stop
     * would otherwise end the sentence and cut the title from the name. The copy has the same length.
     */
    public static CoreDocument annotate(String text) {
        CoreDocument doc = new CoreDocument(TITLE_STOP.matcher(text).replaceAll("$1 "));
        get().annotate(doc);
        return doc;
    }
}

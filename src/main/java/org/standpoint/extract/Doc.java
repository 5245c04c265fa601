package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import org.standpoint.model.Article;
import org.standpoint.model.Offsets;
import org.standpoint.model.Span;

import java.util.ArrayList;
import java.util.List;

/** An annotated article with the indexes the extractors share: sentences, paragraphs, token lookup by offset. */
final class Doc {
    final Article article;
    final String text;
    final CoreDocument core;
    final List<CoreSentence> sentences;
    final List<SemanticGraph> deps;
    private final Offsets offsets;
    private final int[] paragraphStarts;
    /** where each sentence's last token ends: sentenceOf is called for every mention and candidate */
    private final int[] sentenceEnds;

    Doc(Article article, CoreDocument core) {
        this.article = article;
        this.text = article.text();
        this.core = core;
        this.sentences = core.sentences();
        this.deps = new ArrayList<>();
        for (CoreSentence s : sentences) {
            SemanticGraph g = s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            deps.add(g != null ? g : s.dependencyParse());
        }
        this.offsets = new Offsets(text);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts.add(i + 1);
        }
        paragraphStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        sentenceEnds = sentences.stream().mapToInt(s -> s.tokens().get(s.tokens().size() - 1).endPosition()).toArray();
    }

    int charIndex(int codePoint) {
        return offsets.toCharIndex(codePoint);
    }

    Span span(int charBegin, int charEnd) {
        return offsets.span(charBegin, charEnd);
    }

    /** The range [b, e) without surrounding whitespace and clause punctuation. */
    int[] trim(int b, int e) {
        while (b < e && (Character.isWhitespace(text.charAt(b)) || ",;:–—-".indexOf(text.charAt(b)) >= 0)) b++;
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",;:.–—-".indexOf(text.charAt(e - 1)) >= 0)) e--;
        return new int[]{b, e};
    }

    int paragraphOf(int charPos) {
        int lo = 0, hi = paragraphStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphStarts[mid] <= charPos) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    int paragraphStart(int paragraph) {
        return paragraphStarts[paragraph];
    }

    int paragraphEnd(int paragraph) {
        return paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] - 1 : text.length();
    }

    /** The first sentence that ends after {@code charPos} (the last one for a position past the text). */
    int sentenceOf(int charPos) {
        int lo = 0, hi = sentenceEnds.length - 1;
        if (hi < 0) return -1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (charPos < sentenceEnds[mid]) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence).tokens();
    }

    /** The token at 1-based index {@code index} of a sentence, as CoreNLP's graphs number them. */
    CoreLabel token(int sentence, int index) {
        return tokens(sentence).get(index - 1);
    }

    static boolean isNounTag(String tag) {
        return tag != null && tag.startsWith("NN");
    }

    static boolean isNoun(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("NN");
    }

    static boolean isProper(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("NNP");
    }

    static boolean isVerb(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("VB");
    }

    static String lemma(CoreLabel t) {
        return t.lemma() == null ? Lexicon.lower(t.word()) : Lexicon.lower(t.lemma());
    }
}

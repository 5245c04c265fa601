package org.standpoint.extract;

/**
 * One paragraph's tokens as the attribution tagger sees them: their character ranges in the article text
 * (UTF-16 indexes, as CoreNLP gives them) and the feature strings of each token. A paragraph, not a sentence,
 * is the unit because a quote runs over several sentences.
 *
 * @param sentence for each token, its sentence index in the document
 * @param index    for each token, its 1-based index in that sentence (as CoreNLP's dependency graphs number them)
 */
public record TokenSequence(int[] begins, int[] ends, int[] sentence, int[] index, String[][] features) {
    public int size() {
        return begins.length;
    }
}

package org.standpoint.train;

import org.standpoint.extract.TokenSequence;

/** A paragraph's tokens with the gold label of each ({@link org.standpoint.extract.TaggerModel#LABELS}). */
record TaggedParagraph(String article, TokenSequence tokens, int[] gold) {
}

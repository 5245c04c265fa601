package org.standpoint.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Tokenises names for the label index: standard word breaks, lower case, accents folded. Folding matters for news:
 * the same person is written "Zoë" in one outlet and "Zoe" in another, and a user types the plain form. No stop
 * words and no stemming: names are not prose, and "The Met" must still match "met".
 */
final class LabelAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Wildcard and prefix terms ("Dál*") skip tokenisation but still go through this, so they fold the same way.
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

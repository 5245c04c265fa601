package org.standpoint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Span;

class QuoteLocatorTest {
    private static GoldArticle.Statement quote(String q) {
        return new GoldArticle.Statement("X", false, q, true, "neutral", "said", null);
    }

    private static List<QuoteLocator.Located> locate(String text, String... quotes) {
        return new QuoteLocator(text).locate(java.util.Arrays.stream(quotes).map(QuoteLocatorTest::quote).toList());
    }

    @Test
    void exactThenNormalisedThenNotFound() {
        String text = "Headline\n\nShe said the \u201cferry\u201d was\n  late again \u2013 twice. \uD83D\uDE00 Then: ok.";
        List<QuoteLocator.Located> l = locate(text, "the \u201cferry\u201d was", "the \"ferry\" was late again - twice",
                "Then: ok", "never written");
        assertEquals(QuoteLocator.Method.EXACT, l.get(0).method());
        assertEquals(QuoteLocator.Method.NORMALISED, l.get(1).method());
        assertEquals("the \u201cferry\u201d was\n  late again \u2013 twice", l.get(1).span().text());
        Span ok = l.get(2).span();
        // code points: the emoji before it counts once
        assertEquals(text.codePointCount(0, text.indexOf("Then")), ok.begin());
        assertEquals(QuoteLocator.Method.NOT_FOUND, l.get(3).method());
        assertNull(l.get(3).span());
    }

    @Test
    void aRepeatedQuoteIsTakenAfterThePreviousStatement() {
        String text = "Summary: tolls are unfair. Body one. Body two: tolls are unfair. End.";
        List<QuoteLocator.Located> l = locate(text, "Body two", "tolls are unfair");
        assertEquals(text.lastIndexOf("tolls are unfair"), l.get(1).span().begin());
        List<QuoteLocator.Located> twice = locate(text, "tolls are unfair", "tolls are unfair");
        assertEquals(text.indexOf("tolls"), twice.get(0).span().begin());
        assertEquals(text.lastIndexOf("tolls"), twice.get(1).span().begin());
        // with nothing before it, the first occurrence
        assertEquals(text.indexOf("tolls"), locate(text, "tolls are unfair").get(0).span().begin());
    }
}

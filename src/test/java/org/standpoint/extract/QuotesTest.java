package org.standpoint.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quote marks as news archives write them: curly, straight, two apostrophes, and paragraphs left open. */
class QuotesTest {
    private static List<String> quoted(String text) {
        return Quotes.find(text).stream().map(p -> text.substring(p.begin(), p.end())).toList();
    }

    @Test
    void curlyQuoteWithAnApostropheInside() {
        assertEquals(List.of("“Khan’s plan won’t work,”"), quoted("“Khan’s plan won’t work,” she said."));
    }

    @Test
    void twoApostrophesOpenAndClose() {
        String text = "''You'd think they would object,'' said Ms. Reed. ''Not one word.''";
        assertEquals(List.of("''You'd think they would object,''", "''Not one word.''"), quoted(text));
    }

    @Test
    void paragraphWithoutClosingMarkContinuesIntoTheNext() {
        String text = "He said: “The first part.\n\n“The second part.”\nNo quote here.";
        List<Quotes.Piece> pieces = Quotes.find(text);
        assertEquals(2, pieces.size());
        assertFalse(pieces.get(0).continuation());
        assertTrue(pieces.get(1).continuation());
        assertEquals("“The first part.", text.substring(pieces.get(0).begin(), pieces.get(0).end()));
    }

    @Test
    void nestedQuotesOfTheOtherStyleStayInside() {
        assertEquals(List.of("“He called it ‘a disgrace’ today.”"), quoted("“He called it ‘a disgrace’ today.” she said"));
    }
}

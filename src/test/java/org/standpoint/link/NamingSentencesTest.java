package org.standpoint.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamingSentencesTest {
    private static final String TEXT = "Liberty said it would go to court. The Liberty of London store was busy.\n"
            + "Shami Chakrabarti, Liberty's director, said: \"No.\" Libertyville is elsewhere. The EU agreed.";

    @Test
    void sentencesNamingAnActorByAnyNameAsWholeWords() {
        List<String> sentences = NamingSentences.split(TEXT);
        assertEquals(5, sentences.size(), sentences.toString());
        assertEquals(List.of("Liberty said it would go to court.", "The Liberty of London store was busy."),
                NamingSentences.naming(sentences, List.of("Liberty"), 2));
        assertEquals(List.of("Shami Chakrabarti, Liberty's director, said: \"No.\""),
                NamingSentences.naming(sentences, List.of("Shami Chakrabarti", "Chakrabarti"), 4));
        // a two-letter name counts only in capitals; lower-case forms ("the force") are no names
        assertEquals(List.of("The EU agreed."), NamingSentences.naming(sentences, List.of("EU", "the force"), 4));
        assertEquals(List.of(), NamingSentences.naming(sentences, List.of("Ed"), 4));
    }
}

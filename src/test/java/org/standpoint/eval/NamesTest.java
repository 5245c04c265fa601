package org.standpoint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void honorificsCasePunctuationAndApostrophesDoNotMatter() {
        assertEquals("harris", Names.normalize("Lord Harris"));
        assertEquals("harris", Names.normalize("HARRIS."));
        assertEquals("frances ogrady", Names.normalize("Frances O\u2019Grady"));
        assertEquals("frances ogrady", Names.normalize("Frances O'Grady"));
        assertEquals("met", Names.normalize("the Met"));
        assertEquals("ines perez", Names.normalize("Dr In\u00e9s P\u00e9rez"));
        // an honorific alone stays a name rather than vanishing
        assertEquals("lord", Names.normalize("Lord"));
    }

    @Test
    void lordHarrisMatchesHarrisThroughAliases() {
        var gold = Names.keys("Lord Harris", List.of("Harris"));
        var system = Names.keys("Toby Harris", List.of("Lord Harris"));
        assertTrue(Names.intersect(gold, system));
        assertTrue(Names.intersect(Names.keys("Lord Harris", List.of()), Names.keys("Harris", List.of())));
        assertFalse(Names.intersect(Names.keys("Lord Harris", List.of()), Names.keys("Kamala Harris", List.of())));
    }

    @Test
    void roleTitlesMatchByWholeWordContainmentEitherWay() {
        assertTrue(Names.titlesMatch("Member of the Harbour Trust", "member"));
        assertTrue(Names.titlesMatch("chair", "the former Chair"));
        assertTrue(Names.titlesMatch("Mayor of Springfield", "the mayor of Springfield"));
        assertFalse(Names.titlesMatch("member", "remembrancer"));
        assertFalse(Names.titlesMatch("treasurer", "chair"));
        assertFalse(Names.titlesMatch("", "chair"));
    }
}

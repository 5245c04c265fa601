package org.standpoint.serve.page;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EvidenceTest {
    @Test
    void offsetsAreCodePointsNotUtf16Units() {
        // "𝕏" is one code point and two UTF-16 units: a UTF-16 reading would shift the mark by one.
        String text = "Intro.\n𝕏 said “no way” today.\nNext.";
        int begin = text.codePointCount(0, text.indexOf('“'));
        int end = begin + "“no way”".length();
        Evidence e = Evidence.of(text, begin, end);
        assertEquals("𝕏 said ", e.before());
        assertEquals("“no way”", e.marked());
        assertEquals(" today.", e.after());
    }

    @Test
    void htmlEscapesAroundTheMark() {
        Evidence e = Evidence.of("a <b> & \"c\"", 6, 9);
        Map<String, Object> params = new HashMap<>();
        params.put("evidence", e);
        params.put("quote", null);
        String html = Templates.render("evidence", params).strip();
        // in text a quote needs no escaping; in an attribute the template escapes it
        assertEquals("a &lt;b&gt; <mark>&amp; \"</mark>c\"", html);
    }

    @Test
    void offsetsBeyondTheTextGiveNothing() {
        assertNull(Evidence.of("short", 2, 99));
        assertNull(Evidence.of("short", 3, 2));
        assertNull(Evidence.of(null, 0, 1));
    }
}

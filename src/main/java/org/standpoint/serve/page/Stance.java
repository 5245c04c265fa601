package org.standpoint.serve.page;

import java.util.Arrays;

import org.standpoint.rdf.STP;

/** The stance values as the pages show them: in this order, with these words and colours (CSS classes match). */
enum Stance {
    SUPPORT(STP.support.getURI(), "supports", "#2e7d32"),
    OPPOSE(STP.oppose.getURI(), "opposes", "#c62828"),
    CONDITIONAL(STP.conditional.getURI(), "conditionally supports", "#ef8f00"),
    NEUTRAL(STP.neutral.getURI(), "neutral", "#888888");

    final String iri;
    final String verb;
    final String colour;

    Stance(String iri, String verb, String colour) {
        this.iri = iri;
        this.verb = verb;
        this.colour = colour;
    }

    /** The CSS class of the stance: "support", "oppose", ... */
    String css() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** An unknown value (a vocabulary newer than the pages) reads as neutral rather than breaking the page. */
    static Stance of(String iri) {
        return Arrays.stream(values()).filter(s -> s.iri.equals(iri)).findFirst().orElse(NEUTRAL);
    }
}

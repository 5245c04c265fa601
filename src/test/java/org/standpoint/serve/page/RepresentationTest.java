package org.standpoint.serve.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RepresentationTest {
    @Test
    void browsersGetThePage() {
        assertEquals(Representation.HTML, Representation.choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", null));
        assertEquals(Representation.HTML, Representation.choose(null, null));
        assertEquals(Representation.HTML, Representation.choose("*/*", null));
        assertEquals(Representation.HTML, Representation.choose("image/png", null));
    }

    @Test
    void rdfClientsGetTheDescription() {
        assertEquals(Representation.TURTLE, Representation.choose("text/turtle", null));
        assertEquals(Representation.JSONLD, Representation.choose("application/ld+json", null));
        assertEquals(Representation.TURTLE, Representation.choose("text/turtle;q=0.9, application/ld+json;q=0.5", null));
        assertEquals(Representation.JSONLD, Representation.choose("text/html;q=0.1, application/ld+json", null));
        assertEquals(Representation.TURTLE, Representation.choose("text/html", "ttl"));
        assertEquals(Representation.RDFXML, Representation.choose("application/rdf+xml", null));
        assertEquals(Representation.RDFXML, Representation.choose(null, "rdf"));
    }
}

package org.standpoint.serve.page;

import java.util.Locale;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/** What a request for a resource gets: its page, or its description in an RDF syntax. */
enum Representation {
    HTML("text/html", null),
    TURTLE("text/turtle", Lang.TURTLE),
    JSONLD("application/ld+json", Lang.JSONLD),
    NTRIPLES("application/n-triples", Lang.NTRIPLES),
    RDFXML("application/rdf+xml", Lang.RDFXML);

    /** Offered in this order: on a tie (a browser's {@code *}/{@code *}) the page wins. */
    private static final AcceptList OFFERS = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    final String mediaType;
    final Lang lang;

    Representation(String mediaType, Lang lang) {
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /**
     * {@code ?format=} first (a link in a page cannot set a header), then {@code Accept}. Anything unmatched gets the
     * page: a client that asks for nothing we have is most likely a person.
     */
    static Representation choose(String accept, String format) {
        if (format != null) {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "ttl", "turtle" -> { return TURTLE; }
                case "jsonld", "json-ld", "json" -> { return JSONLD; }
                case "nt", "ntriples" -> { return NTRIPLES; }
                case "rdf", "xml", "rdfxml" -> { return RDFXML; }
                case "html" -> { return HTML; }
                default -> { }
            }
        }
        if (accept == null || accept.isBlank()) return HTML;
        MediaType best;
        try {
            best = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException malformed) {
            return HTML;
        }
        if (best == null) return HTML;
        for (Representation r : values()) if (r.mediaType.equals(best.getContentTypeStr())) return r;
        return HTML;
    }
}

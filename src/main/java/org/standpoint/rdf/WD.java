package org.standpoint.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * Wikidata as its SPARQL service exposes it: entity, direct-claim, statement and qualifier namespaces, and the few
 * items and properties the linker reads. Item ids here are classes and properties, never actors: those come from the
 * linker (docs/vocabularies.md).
 */
public final class WD {
    /** {@code wd:} items. */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** {@code wdt:} truthy (best-rank) claims. */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    /** {@code p:} from an item to its statement nodes. */
    public static final String CLAIM = "http://www.wikidata.org/prop/";
    /** {@code ps:} from a statement node to its value. */
    public static final String STATEMENT = "http://www.wikidata.org/prop/statement/";
    /** {@code pq:} qualifiers of a statement node. */
    public static final String QUALIFIER = "http://www.wikidata.org/prop/qualifier/";

    /** {@code wikibase:} Wikibase's own ontology ({@code wikibase:sitelinks}). */
    public static final String WIKIBASE = "http://wikiba.se/ontology#";
    /** How many Wikimedia sites have an article on the item: a popularity prior. */
    public static final Property SITELINKS = Vocab.property(WIKIBASE, "sitelinks");

    /** Wikidata's public query service, the default endpoint of {@code standpoint link}. */
    public static final String PUBLIC_ENDPOINT = "https://query.wikidata.org/sparql";
    /** The English Wikipedia, as sitelinks name it ({@code schema:isPartOf}). */
    public static final Resource ENGLISH_WIKIPEDIA = Vocab.resource("https://en.wikipedia.org/", "");

    /** human */
    public static final String HUMAN = "Q5";
    /** organization; parties, agencies and forces reach it through {@code P31/P279*} */
    public static final String ORGANIZATION = "Q43229";

    public static final String INSTANCE_OF = "P31";
    public static final String SUBCLASS_OF = "P279";
    public static final String POSITION_HELD = "P39";
    public static final String PARTY = "P102";
    public static final String MEMBER_OF = "P463";
    public static final String EMPLOYER = "P108";
    public static final String CITIZENSHIP = "P27";
    public static final String COUNTRY = "P17";
    public static final String BORN = "P569";
    public static final String DIED = "P570";
    public static final String START = "P580";
    public static final String END = "P582";

    private WD() {
    }

    public static Property direct(String pid) {
        return Vocab.property(DIRECT, pid);
    }

    /** The Q-id of a {@code wd:} IRI, or null when it is not one. */
    public static String qid(String iri) {
        return iri != null && iri.startsWith(ENTITY) ? iri.substring(ENTITY.length()) : null;
    }
}

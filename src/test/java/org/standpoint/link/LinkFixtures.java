package org.standpoint.link;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.NIF;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;
import org.standpoint.store.Store;

/**
 * A small store built by hand as docs/data-model.md describes, whose actors the Wikidata fixture
 * ({@code src/test/resources/link/wikidata-fixture.ttl}) has look-alikes for, and the right answer for each.
 */
public final class LinkFixtures {
    static final String BASE = Iris.DEFAULT_BASE;
    static final String KEY_A = "a1a1a1a1a1a1";
    static final String KEY_B = "b2b2b2b2b2b2";

    /** Actor → the fixture item it is, or null when it should stay unlinked. */
    public static final Map<String, String> GOLD = new LinkedHashMap<>();

    static {
        GOLD.put(person("stephen-house"), "Q9400001");
        GOLD.put(person("toby-harris"), "Q9400010");
        GOLD.put(person("sadiq-khan"), "Q9400020");
        GOLD.put(person("cressida-dick"), "Q9400030");
        GOLD.put(person("len-duvall"), "Q9400040");
        GOLD.put(person("john-smith"), null);
        GOLD.put(person("priya-sharma"), null);
        GOLD.put(org("metropolitan-police"), "Q9300001");
        GOLD.put(org("labour-party"), "Q9300003");
        GOLD.put(org("house-of-lords"), "Q9300008");
        GOLD.put(org("london-assembly"), "Q9300011");
    }

    private LinkFixtures() {
    }

    public static String person(String slug) {
        return BASE + "person/" + slug;
    }

    public static String org(String slug) {
        return BASE + "org/" + slug;
    }

    /** Opens a store in {@code dir} holding the two articles and their registry entries. */
    public static Store store(Path dir) {
        return store(dir, true);
    }

    /** The same, with or without publication dates on the articles. */
    public static Store store(Path dir, boolean dated) {
        Store store = Store.open(dir);
        Model ra = ModelFactory.createDefaultModel();
        Model a = article(KEY_A, dated ? "2018-05-10" : null, XSDDatatype.XSDdate);
        personEntry(ra, "stephen-house", "Stephen House", null);
        personEntry(ra, "cressida-dick", "Cressida Dick", "Dame", "the Commissioner");
        personEntry(ra, "toby-harris", "Toby Harris", "Lord", "Lord Harris");
        personEntry(ra, "sadiq-khan", "Sadiq Khan", null, "Khan", "the Mayor");
        personEntry(ra, "john-smith", "John Smith", null);
        orgEntry(ra, "metropolitan-police", "Metropolitan Police", "the Met", "the force");
        orgEntry(ra, "labour-party", "Labour Party", "Labour");
        orgEntry(ra, "house-of-lords", "House of Lords");
        orgEntry(ra, "sadiq-khan-s-office", "Sadiq Khan's office").addProperty(RDF.type, STP.Office)
                .addProperty(STP.speaksFor, ra.createResource(person("sadiq-khan")));
        for (String s : new String[] {"stephen-house", "cressida-dick", "toby-harris", "sadiq-khan", "john-smith"})
            mentions(a, KEY_A, person(s));
        for (String s : new String[] {"metropolitan-police", "labour-party", "house-of-lords", "sadiq-khan-s-office"})
            mentions(a, KEY_A, org(s));
        // one statement per speaker is enough for the saved queries that start from speakers
        for (String s : new String[] {"stephen-house", "toby-harris", "sadiq-khan"})
            a.createResource(BASE + "statement/" + KEY_A + "-" + s).addProperty(RDF.type, STP.Statement)
                    .addProperty(STP.speaker, a.createResource(person(s)));
        membership(a, ra, KEY_A, "stephen-house", "Assistant Commissioner", "metropolitan-police");
        membership(a, ra, KEY_A, "cressida-dick", "Commissioner", "metropolitan-police");
        membership(a, ra, KEY_A, "toby-harris", "peer", "labour-party");
        membership(a, ra, KEY_A, "sadiq-khan", "Mayor of London", null);
        membership(a, ra, KEY_A, "sadiq-khan", "mayor", "labour-party");
        store.writeArticle(new Iris(BASE).articleGraph(KEY_A), a, ra);

        Model rb = ModelFactory.createDefaultModel();
        Model b = article(KEY_B, dated ? "2017-11" : null, XSDDatatype.XSDgYearMonth);
        personEntry(rb, "len-duvall", "Len Duvall", null);
        personEntry(rb, "priya-sharma", "Priya Sharma", null);
        orgEntry(rb, "london-assembly", "London Assembly");
        orgEntry(rb, "labour-party", "Labour Party", "Labour");
        for (String s : new String[] {"len-duvall", "priya-sharma"}) mentions(b, KEY_B, person(s));
        for (String s : new String[] {"london-assembly", "labour-party"}) mentions(b, KEY_B, org(s));
        membership(b, rb, KEY_B, "len-duvall", "chair of the police and crime committee", "london-assembly");
        membership(b, rb, KEY_B, "len-duvall", "member", "labour-party");
        store.writeArticle(new Iris(BASE).articleGraph(KEY_B), b, rb);
        return store;
    }

    private static Model article(String key, String date, XSDDatatype type) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(BASE + "article/" + key)
                .addProperty(RDF.type, SCHEMA.NewsArticle).addProperty(RDF.type, NIF.Context)
                .addProperty(NIF.isString, "text of " + key);
        if (date != null) m.getResource(BASE + "article/" + key).addLiteral(SCHEMA.datePublished, m.createTypedLiteral(date, type));
        return m;
    }

    private static void mentions(Model a, String key, String actor) {
        a.add(a.createResource(BASE + "article/" + key), SCHEMA.mentions, a.createResource(actor));
    }

    private static Resource personEntry(Model r, String slug, String label, String honorific, String... alts) {
        Resource p = r.createResource(person(slug)).addProperty(RDF.type, FOAF.Person)
                .addProperty(RDF.type, SCHEMA.Person).addProperty(RDF.type, FOAF.Agent).addProperty(RDFS.label, label);
        if (honorific != null) p.addProperty(SCHEMA.honorificPrefix, honorific);
        for (String alt : alts) p.addProperty(SKOS.altLabel, alt);
        return p;
    }

    private static Resource orgEntry(Model r, String slug, String label, String... alts) {
        Resource o = r.createResource(org(slug)).addProperty(RDF.type, ORG.Organization)
                .addProperty(RDF.type, SCHEMA.Organization).addProperty(RDF.type, FOAF.Agent).addProperty(RDFS.label, label);
        for (String alt : alts) o.addProperty(SKOS.altLabel, alt);
        return o;
    }

    private static void membership(Model a, Model r, String key, String member, String role, String org) {
        Resource roleNode = r.createResource(BASE + "role/" + role.toLowerCase().replace(' ', '-'))
                .addProperty(RDF.type, ORG.Role).addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.prefLabel, role);
        String tail = org != null ? org + "-" + role.toLowerCase().replace(' ', '-') : role.toLowerCase().replace(' ', '-');
        Resource m = a.createResource(BASE + "membership/" + member + "--" + tail)
                .addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, a.createResource(person(member)))
                .addProperty(ORG.role, roleNode)
                .addLiteral(STP.current, true);
        if (org != null) m.addProperty(ORG.organization, a.createResource(org(org)));
        mentions(a, key, person(member));
    }
}

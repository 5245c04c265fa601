package org.standpoint.iri;

import org.standpoint.model.Span;

/**
 * Every IRI Standpoint mints, from one configurable base, and the named graphs of a store (docs/data-model.md,
 * "Named graphs"): the bottom of the pipeline, so every stage names things the same way. Actor IRIs come from
 * normalised names only (see {@link Slugs}); article-scoped things carry the article key, so re-extraction gives
 * the same IRIs.
 */
public record Iris(String base) {
    public static final String DEFAULT_BASE = "https://w3id.org/standpoint/id/";

    public Iris {
        base = normalise(base);
    }

    /** No base means the default; a base without its trailing slash would glue "graph/" onto its last segment. */
    public static String normalise(String base) {
        if (base == null || base.isBlank()) return DEFAULT_BASE;
        return base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String articleGraph(String articleKey) {
        return base + "graph/article/" + articleKey;
    }

    /** Canonical actors, roles and issues shared by all articles. */
    public String registryGraph() {
        return base + "graph/registry";
    }

    /**
     * A user's corrections (merged or split actors, renamed or merged issues). Only correction commands write it;
     * loading never does, so corrections survive reloads and apply to every article resolved after them.
     */
    public String correctionsGraph() {
        return base + "graph/corrections";
    }

    /**
     * Per holder, issue and stance, the number of statements and the latest one; per membership, when it was seen.
     * Derived from the article graphs and kept in step by every write.
     */
    public String positionsGraph() {
        return base + "graph/positions";
    }

    /** The ontology and its SKOS schemes. */
    public String vocabGraph() {
        return base + "graph/vocab";
    }

    public String article(String articleKey) {
        return base + "article/" + articleKey;
    }

    /** The key of an article IRI of this base, or null when it is none. */
    public String articleKey(String articleIri) {
        String prefix = article("");
        if (!articleIri.startsWith(prefix) || articleIri.length() == prefix.length()) return null;
        return articleIri.substring(prefix.length());
    }

    public String activity(String articleKey) {
        return base + "activity/" + articleKey;
    }

    public String software() {
        return base + "software/standpoint";
    }

    public String person(String name) {
        return base + "person/" + Slugs.of(name);
    }

    /** A person known by one name word only: scoped to the article, since the name alone does not identify them. */
    public String localPerson(String articleKey, String name) {
        return base + "person/" + articleKey + "-" + Slugs.of(name);
    }

    /** The actor one article's mention of {@code actorIri} is split into when the user names none. */
    public String splitActor(String actorIri, String articleKey) {
        return actorIri + "-" + articleKey;
    }

    /** The record of a split in the corrections graph: one per article and actor. */
    public String split(String articleKey, String actorIri) {
        return base + "correction/split-" + articleKey + "-" + Slugs.of(actorIri.substring(base.length()));
    }

    public String organisation(String name) {
        return base + "org/" + Slugs.of(name);
    }

    public String group(String articleKey, String label) {
        return base + "group/" + articleKey + "-" + Slugs.of(label);
    }

    public String document(String articleKey, String label) {
        return base + "document/" + articleKey + "-" + Slugs.of(label);
    }

    public String roleScheme() {
        return base + "role";
    }

    public String role(String label) {
        return base + "role/" + Slugs.of(label);
    }

    public String issueScheme() {
        return base + "issue";
    }

    public String issue(String key) {
        return base + "issue/" + Slugs.of(key);
    }

    /**
     * One membership per member and organisation (or role when no organisation is named); both when both. A role
     * concept's slug gives the same IRI as its label, so a membership can be minted again from its stored role.
     */
    public String membership(String memberIri, String orgIri, String role) {
        String member = lastSegment(memberIri);
        String tail = orgIri != null ? lastSegment(orgIri) + "-" + Slugs.of(role) : Slugs.of(role);
        return base + "membership/" + member + "--" + tail;
    }

    public String statement(String articleKey, Span content) {
        return base + "statement/" + articleKey + "-" + content.begin() + "-" + content.end();
    }

    /** An article's reading of one of its issues ({@code id} article-local). */
    public String issueReading(String articleKey, String id) {
        return article(articleKey) + "#issue_" + id;
    }

    public String span(String articleKey, Span span) {
        return article(articleKey) + "#offset_" + span.begin() + "_" + span.end();
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}

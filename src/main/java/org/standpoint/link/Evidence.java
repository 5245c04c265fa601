package org.standpoint.link;

/**
 * The kinds of evidence beyond name, type, roles, dates and stated members, each of which can be switched off to
 * measure what it adds ({@code BbcDevLinkQualityTest} prints precision and recall without each).
 */
public enum Evidence {
    /** the item's description and classes against the sentences that name the actor (MiniLM embeddings) */
    DESCRIPTION,
    /** the item's country against the countries of the items linked in the same articles */
    ARTICLE_COUNTRY,
    /** items linked in the same articles that name the candidate, or that it names (party, body, employer) */
    CO_OCCURRENCE,
    /** Wikimedia sitelinks: a small prior for a well-known item, never enough alone */
    POPULARITY
}

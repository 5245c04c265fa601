package org.standpoint.model;

/**
 * What a set of statements is about.
 *
 * @param id    article-local id
 * @param label readable label drawn from the article
 * @param key   normalised key that the same issue gets in every article (the IRI is minted from it)
 */
public record Issue(String id, String label, String key) {
}

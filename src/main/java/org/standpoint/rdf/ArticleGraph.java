package org.standpoint.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * What one article contributes to the store: its own named graph (replaced on reload) and the registry
 * triples of the cross-article actors, roles and issues it names (added, never removed).
 */
public record ArticleGraph(String graphIri, Model article, Model registry) {
}

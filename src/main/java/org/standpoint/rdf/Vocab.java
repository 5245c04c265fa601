package org.standpoint.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Shared helpers of the vocabulary constant classes: one class per vocabulary, as Jena's own {@code RDF}, {@code SKOS}. */
final class Vocab {
    private Vocab() {
    }

    static Resource resource(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    static Property property(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}

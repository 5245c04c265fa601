package org.standpoint.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** NLP Interchange Format 2.0 core, {@code nif:}. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Resource Context = Vocab.resource(NS, "Context");
    public static final Resource String = Vocab.resource(NS, "String");
    public static final Resource OffsetBasedString = Vocab.resource(NS, "OffsetBasedString");

    public static final Property isString = Vocab.property(NS, "isString");
    public static final Property beginIndex = Vocab.property(NS, "beginIndex");
    public static final Property endIndex = Vocab.property(NS, "endIndex");
    public static final Property anchorOf = Vocab.property(NS, "anchorOf");
    public static final Property referenceContext = Vocab.property(NS, "referenceContext");

    private NIF() {
    }
}

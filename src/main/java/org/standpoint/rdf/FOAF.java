package org.standpoint.rdf;

import org.apache.jena.rdf.model.Resource;

/** The FOAF terms Standpoint uses, {@code foaf:}. */
public final class FOAF {
    public static final String NS = "http://xmlns.com/foaf/0.1/";

    public static final Resource Person = Vocab.resource(NS, "Person");
    public static final Resource Agent = Vocab.resource(NS, "Agent");
    public static final Resource Group = Vocab.resource(NS, "Group");

    private FOAF() {
    }
}

package org.standpoint.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** PROV-O, {@code prov:}. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Activity = Vocab.resource(NS, "Activity");
    public static final Resource SoftwareAgent = Vocab.resource(NS, "SoftwareAgent");
    public static final Resource Entity = Vocab.resource(NS, "Entity");

    public static final Property wasGeneratedBy = Vocab.property(NS, "wasGeneratedBy");
    public static final Property wasAssociatedWith = Vocab.property(NS, "wasAssociatedWith");
    public static final Property wasDerivedFrom = Vocab.property(NS, "wasDerivedFrom");
    public static final Property endedAtTime = Vocab.property(NS, "endedAtTime");
    public static final Property generatedAtTime = Vocab.property(NS, "generatedAtTime");
    public static final Property wasAttributedTo = Vocab.property(NS, "wasAttributedTo");

    private PROV() {
    }
}

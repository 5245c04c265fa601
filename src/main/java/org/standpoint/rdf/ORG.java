package org.standpoint.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The W3C Organization Ontology, {@code org:}. */
public final class ORG {
    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Resource Organization = Vocab.resource(NS, "Organization");
    public static final Resource Membership = Vocab.resource(NS, "Membership");
    public static final Resource Role = Vocab.resource(NS, "Role");

    public static final Property member = Vocab.property(NS, "member");
    public static final Property organization = Vocab.property(NS, "organization");
    public static final Property role = Vocab.property(NS, "role");
    public static final Property subOrganizationOf = Vocab.property(NS, "subOrganizationOf");

    private ORG() {
    }
}

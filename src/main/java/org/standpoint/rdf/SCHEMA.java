package org.standpoint.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The schema.org terms Standpoint uses, {@code schema:} (http form, as DESIGN.md fixes it). */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";

    public static final Resource NewsArticle = Vocab.resource(NS, "NewsArticle");
    public static final Resource Person = Vocab.resource(NS, "Person");
    public static final Resource Organization = Vocab.resource(NS, "Organization");
    public static final Resource CreativeWork = Vocab.resource(NS, "CreativeWork");
    public static final Resource Quotation = Vocab.resource(NS, "Quotation");

    public static final Property headline = Vocab.property(NS, "headline");
    public static final Property url = Vocab.property(NS, "url");
    public static final Property datePublished = Vocab.property(NS, "datePublished");
    public static final Property publisher = Vocab.property(NS, "publisher");
    public static final Property mentions = Vocab.property(NS, "mentions");
    public static final Property honorificPrefix = Vocab.property(NS, "honorificPrefix");
    public static final Property name = Vocab.property(NS, "name");
    public static final Property description = Vocab.property(NS, "description");
    public static final Property softwareVersion = Vocab.property(NS, "softwareVersion");

    private SCHEMA() {
    }
}

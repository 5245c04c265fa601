package org.standpoint.rdf;

/** DBpedia resources, {@code dbr:}: one per English Wikipedia article. */
public final class DBR {
    public static final String NS = "http://dbpedia.org/resource/";

    private DBR() {
    }
}

package org.standpoint.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import java.io.OutputStream;

/** The output formats of {@code extract}. Triple formats print the union of the graphs. */
enum OutputFormat {
    TRIG, NQUADS, TTL, JSONLD, JSON;

    void write(OutputStream out, Dataset dataset) {
        switch (this) {
            case TRIG -> RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS);
            case NQUADS -> RDFDataMgr.write(out, dataset, Lang.NQUADS);
            case JSONLD -> RDFDataMgr.write(out, dataset, RDFFormat.JSONLD11_PRETTY);
            case TTL -> RDFDataMgr.write(out, dataset.getUnionModel(), RDFFormat.TURTLE_BLOCKS);
            case JSON -> throw new IllegalStateException("json is the extraction model, not RDF");
        }
    }
}

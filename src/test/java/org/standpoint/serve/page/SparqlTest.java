package org.standpoint.serve.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** The pages' readers of query rows: a bad value written by hand is a missing value, not a 500. */
class SparqlTest {
    @Test
    void anOffsetThatIsNotAnIntegerCountsAsAbsent() {
        QuerySolutionMap row = new QuerySolutionMap();
        row.add("good", ResourceFactory.createTypedLiteral("12", XSDDatatype.XSDnonNegativeInteger));
        row.add("bad", ResourceFactory.createTypedLiteral("twelve", XSDDatatype.XSDnonNegativeInteger));
        row.add("huge", ResourceFactory.createTypedLiteral("99999999999999999999", XSDDatatype.XSDinteger));
        row.add("iri", ResourceFactory.createResource("urn:x:12"));
        assertEquals(12, Sparql.integer(row, "good"));
        assertEquals(-1, Sparql.integer(row, "bad"));
        assertEquals(-1, Sparql.integer(row, "huge"));
        assertEquals(-1, Sparql.integer(row, "iri"));
        assertEquals(-1, Sparql.integer(row, "absent"));
    }
}

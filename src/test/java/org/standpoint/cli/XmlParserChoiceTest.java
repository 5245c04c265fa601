package org.standpoint.cli;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.util.JenaXMLInput;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLInputFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #18: every run printed "ERROR JenaXMLInput - Problem setting StAX property … accessExternalDTD" because a
 * StAX parser on the classpath (Hadoop's shaded Woodstox, from Spark) rejects the property. The test classpath has
 * that parser; after a command has run, Jena's XML input must be set up without a word on stderr.
 */
class XmlParserChoiceTest {
    private static final String RDF_XML = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:foaf="http://xmlns.com/foaf/0.1/">
              <foaf:Person rdf:about="http://example.org/len-duvall"><foaf:name>Len Duvall</foaf:name></foaf:Person>
            </rdf:RDF>
            """;

    @Test
    void jenaReadsXmlWithoutAnErrorLineWhenAForeignStaxParserIsOnTheClasspath() {
        String foreign = ServiceLoader.load(XMLInputFactory.class).stream()
                .map(p -> p.type().getName()).filter(n -> !n.startsWith("com.sun.")).collect(Collectors.joining(", "));
        assumeTrue(!foreign.isEmpty(), "no StAX parser besides the JDK's on this classpath");

        assertEquals(0, Main.run(new PrintStream(new ByteArrayOutputStream()), System.err, "--version"));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        Model m;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            JenaXMLInput.initXMLInputFactory(XMLInputFactory.newInstance());
            m = RDFParser.fromString(RDF_XML, Lang.RDFXML).toModel();
        } finally {
            System.setErr(saved);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertFalse(said.contains("ERROR") || said.contains("StAX"), "stderr with " + foreign + ": " + said);
        assertTrue(m.listObjects().toList().stream().anyMatch(o -> o.toString().equals("Len Duvall")), m::toString);
    }
}

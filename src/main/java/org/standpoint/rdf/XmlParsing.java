package org.standpoint.rdf;

import javax.xml.stream.XMLInputFactory;

/**
 * Jena parses RDF/XML and SPARQL XML results with whichever StAX parser the classpath offers first, and logs an
 * ERROR on every run when that parser rejects the security property Jena sets (no external DTDs). Hadoop's shaded
 * Woodstox, which Spark puts on the classpath, is such a parser. The JDK's own accepts the property, so every entry
 * point asks for it before Jena reads anything, unless the user chose a parser with the standard system property.
 */
public final class XmlParsing {
    private static final String STAX_FACTORY = XMLInputFactory.class.getName();
    private static final String JDK_STAX = "com.sun.xml.internal.stream.XMLInputFactoryImpl";

    private XmlParsing() {
    }

    public static void useJdkParser() {
        if (System.getProperty(STAX_FACTORY) == null) {
            System.setProperty(STAX_FACTORY, JDK_STAX);
        }
    }
}

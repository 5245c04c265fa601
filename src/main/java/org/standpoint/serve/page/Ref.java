package org.standpoint.serve.page;

/** Something a page links to: its IRI and the name to show for it. */
record Ref(String iri, String label) {
    Ref {
        if (label == null || label.isBlank()) label = localName(iri);
    }

    /** Without a label, the last path segment reads better than a whole IRI ("lord-harris"). */
    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}

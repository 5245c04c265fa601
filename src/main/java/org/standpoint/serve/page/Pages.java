package org.standpoint.serve.page;

import org.standpoint.query.SavedQuery;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/** Adds the browsable side to a Fuseki server: resource pages under {@code /id/}, {@code /browse}, the UI changes. */
public final class Pages {
    private Pages() {
    }

    /**
     * @param base     the base the data IRIs were minted under: {@code /id/X} serves {@code {base}X}
     * @param examples the saved queries, for the editor's examples and the browse page
     */
    public static void register(FusekiServer.Builder fuseki, Dataset dataset, String base, List<SavedQuery> examples) {
        LocalPaths paths = new LocalPaths(base);
        Sparql sparql = new Sparql(dataset);
        fuseki.addServlet(LocalPaths.ID + "*", new ResourceServlet(paths, sparql))
              .addServlet(LocalPaths.BROWSE, new HomeServlet(new HomePage(paths, sparql, examples)))
              .addFilter("/*", new UiFilter(paths, examples));
    }
}

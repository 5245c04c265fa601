package org.standpoint.serve;

import java.net.URL;
import java.util.Set;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki web UI plus the read-only {@code /$/} endpoints it talks to: server and dataset descriptions, ping,
 * statistics, the (empty) task list and the syntax validators of the query editor.
 *
 * <p>This stands in for Fuseki's {@code FMod_Admin} + {@code FMod_UI} pair. FMod_Admin would also mount dataset
 * creation and deletion, backup and compaction, read dataset configurations from a {@code run/} directory
 * it creates in the working directory, and leave their protection to a {@code shiro.ini}; a public read-only
 * server wants none of that, so those endpoints are never registered and answer 404.
 */
final class PublicInfoModule implements FusekiModule {
    /** Where the jena-fuseki-ui jar keeps the single-page app. */
    private static final String UI_INDEX = "webapp/index.html";

    @Override
    public String name() {
        return "Standpoint public info and UI";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/$/datasets/*", new ReadOnlyDatasets())
               .addServlet("/$/server", new ActionServerStatus())
               .enablePing(true)
               .enableStats(true)
               // Lists background tasks for the UI's Tasks page; nothing here ever starts one, so it stays empty.
               .enableTasks(true)
               // Pure parsers, no state: the query editor calls them as the user types.
               .addServlet("/$/validate/query", new QueryValidator())
               .addServlet("/$/validate/update", new UpdateValidator())
               .addServlet("/$/validate/iri", new IRIValidator())
               .addServlet("/$/validate/langtag", new LangTagValidator())
               .addServlet("/$/validate/data", new DataValidator());
        String ui = uiLocation();
        if (ui == null) Fuseki.configLog.warn("jena-fuseki-ui is not on the classpath: serving SPARQL without the UI");
        else builder.staticFileBase(ui);
    }

    /** The UI's directory inside its jar ("jar:file:...!/webapp/"), as FusekiServer's static file base takes it. */
    private static String uiLocation() {
        URL index = PublicInfoModule.class.getClassLoader().getResource(UI_INDEX);
        if (index == null) return null;
        String s = index.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }
}

package org.standpoint.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The public query endpoint, with SELECT results read whole before the first byte is sent. Streamed, a query that hit
 * its timeout (or a regular expression's deadline) after some rows had gone out ended as a 200 whose body was cut off
 * mid-way ("Query cancelled due to timeout" inside 152 MB of JSON); read first, it ends as the documented 503. So a
 * result is also bounded: more rows than {@code maxRows} is an error that says to page with LIMIT and OFFSET, not a
 * server holding millions of rows in memory. CONSTRUCT and DESCRIBE results are already built whole by Fuseki.
 */
final class BufferedQuery extends SPARQL_QueryDataset {
    private final int maxRows;

    BufferedQuery(int maxRows) {
        this.maxRows = maxRows;
    }

    /** A form body Jetty cannot parse (invalid UTF-8, say) is the client's mistake: 400, not Fuseki's 500. */
    @Override
    public void validate(HttpAction action) {
        try {
            super.validate(action);
        } catch (BadMessageException e) {
            ServletOps.error(e.getCode(), "the request body cannot be read as a form (is it UTF-8?)");
        }
    }

    /**
     * A query nested too deeply for the stack (a UNION of 30,000 branches) is refused with 400 and one log line; it
     * gave a 500 and a thousand-line trace.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.error(400, "the query is nested too deeply to run here (a UNION of thousands of branches?): split it");
        } catch (ServiceAllowList.Refused e) {
            ServletOps.error(403, e.getMessage());
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryString) {
        try {
            return super.executeQuery(action, exec, query, queryString);
        } catch (TextIndexException e) {
            throw badTextQuery(e);
        }
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (result.isRowSet()) {
            RowSet rows = result.rowSet();
            List<Binding> read = new ArrayList<>();
            try {
                while (rows.hasNext()) {
                    if (read.size() == maxRows) {
                        rows.close();
                        ServletOps.error(400, "the answer has more than " + maxRows + " rows: page through it with LIMIT and OFFSET");
                    }
                    read.add(rows.next());
                }
            } catch (TextIndexException e) {
                throw badTextQuery(e);
            }
            result = new QueryExecResult(RowSetStream.create(rows.getResultVars(), read.iterator()));
        }
        super.sendResults(action, result, prologue);
    }

    /** A text:query string Lucene cannot read (an unclosed regular expression, "/re(/") is the client's: 400, not 500. */
    private static RuntimeException badTextQuery(TextIndexException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new ActionErrorException(400, "text:query cannot read its search string: " + cause.getMessage(), null);
    }
}

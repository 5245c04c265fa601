package org.standpoint.serve;

import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code /$/datasets} as the UI needs it, and no more: listing and describing datasets, but neither creating
 * (POST) nor deleting (DELETE) them. Fuseki's own admin relies on Shiro to keep those from the public; this server
 * has no admin users at all, so the operations are simply not there.
 */
final class ReadOnlyDatasets extends ActionDatasets {
    @Override
    protected void performPost(HttpAction action) {
        ServletOps.errorMethodNotAllowed(action.getRequestMethod(), "Datasets are read-only on this server");
    }

    @Override
    protected void performDelete(HttpAction action) {
        ServletOps.errorMethodNotAllowed(action.getRequestMethod(), "Datasets are read-only on this server");
    }
}

package org.standpoint.serve;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Basic authentication in which a malformed {@code Authorization} header (not base64, no colon) counts as no
 * credentials: the public endpoints answer as to anyone, the update endpoint asks for a login (401). Jetty's own
 * authenticator let the decoder's exception through, and every request carrying such a header, public or not,
 * got a 500 with the exception's text.
 */
final class LenientBasicAuthenticator extends BasicAuthenticator {
    @Override
    public AuthenticationState validateRequest(Request request, Response response, Callback callback) throws ServerAuthException {
        try {
            return super.validateRequest(request, response, callback);
        } catch (IllegalArgumentException malformed) {
            return super.validateRequest(withoutCredentials(request), response, callback);
        }
    }

    private static Request withoutCredentials(Request request) {
        HttpFields headers = HttpFields.build(request.getHeaders()).remove(HttpHeader.AUTHORIZATION).asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        };
    }
}

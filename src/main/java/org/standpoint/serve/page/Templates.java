package org.standpoint.serve.page;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The pages' HTML templates ({@code src/main/jte}), compiled to Java when the project builds, so a typo in one fails
 * the build, not a request. Every {@code ${…}} in them is escaped for where it stands (text or attribute).
 */
final class Templates {
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, Templates.class.getPackageName());

    private Templates() {
    }

    /** "1 statement", "12 statements": the count every page shows. */
    static String statements(int n) {
        return n + (n == 1 ? " statement" : " statements");
    }

    /** @param name the template's file name without {@code .jte} */
    static String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(name + ".jte", params, out);
        return out.toString();
    }
}

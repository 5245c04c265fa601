package org.standpoint.serve.page;

/**
 * A saved query the server offers: among the examples of the UI's query editor, and on the browse page.
 *
 * @param name    file name without {@code .rq}
 * @param title   what the editor's example button says
 * @param answers the question it answers, one line
 * @param text    the SPARQL, with its default parameters
 */
public record ExampleQuery(String name, String title, String answers, String text) {
}

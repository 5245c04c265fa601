package org.standpoint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.read.TestFiles.read;
import static org.standpoint.read.TestFiles.write;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Article;

class WebDebrisTest {
    @TempDir
    Path dir;

    @Test
    void pageFurnitureBetweenParagraphsIsDroppedAndParagraphsStayOneBlankLineApart() {
        String pasted = "Council to close library\n\nThe council will close the library, it said.\nSAVE ARTICLE\n\n"
                + "Getty Images/iStock\n\nResidents said they were angry.\n\nShare this\n\nMost Read\n";
        assertEquals("Council to close library\n\nThe council will close the library, it said.\n\n"
                + "Residents said they were angry.\n", WebDebris.strip(pasted));
    }

    @Test
    void proseCrossheadsListsAndTheHeadlineStay() {
        assertFalse(WebDebris.isDebris("He said it was wrong"), "a sentence without its full stop is still a sentence");
        assertFalse(WebDebris.isDebris("\u201cNo way\u201d"), "a quotation");
        assertFalse(WebDebris.isDebris("- cut fares by 5%"), "a list item opens with no capital");
        assertFalse(WebDebris.isDebris("Mr Khan added:"), "a line introducing the next paragraph's quote");
        assertFalse(WebDebris.isDebris("The council, the mayor and the police will all meet on Tuesday to decide"),
                "longer than a page's button or credit");
        String text = "Armed patrols\n\nA short article.\n";
        assertEquals(text, WebDebris.strip(text));
    }

    @Test
    void aLineInsideAParagraphIsText() {
        String text = "Headline\n\nFirst line of a paragraph\nand its second line.\n";
        assertEquals(text, WebDebris.strip(text));
    }

    @Test
    void theReaderStoresTheTextWithoutDebrisAndKeepsTheKeyTheWholeTextGave() {
        String body = "Met considers armed patrols\n\nThe force is considering it.\nLOADINGERROR LOADING\n\n"
                + "PA Wire/PA Images\n\n\u201cIt will inspire fear,\u201d he said.\n\nClose\n\nWhat's Hot\n";
        Path file = write(dir, "met.txt", body);
        Article cleaned = read(file).articles().get(0);
        assertEquals("Met considers armed patrols\n\nThe force is considering it.\n\n\u201cIt will inspire fear,\u201d he said.\n",
                cleaned.text());
        Article verbatim = new ArticleReader().verbatim().readAll(java.util.List.of(file)).articles().get(0);
        assertEquals(body, verbatim.text());
        assertEquals(verbatim.key(), cleaned.key());
        assertTrue(cleaned.text().indexOf("inspire") > 0);
    }
}

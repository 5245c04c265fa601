package org.standpoint.cli;

import org.standpoint.query.SavedQuery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Store;

/**
 * The user path in a real browser (Debian's headless Chromium): open the UI, run a saved query from the
 * editor's examples, see Lord Harris, follow his IRI from the results to his page, see his quote highlighted.
 *
 * <p>Skipped where {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing ({@code .ci/run} installs
 * them). The driver is named explicitly, so Selenium never tries to download one. Screenshots go to
 * {@code target/screenshots}, or to the folder in {@code -Dstandpoint.screenshots=DIR} (docs/screenshots for the
 * README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String EXAMPLE = "Who opposes an issue";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Store store;
    private StandpointServer server;
    private WebDriver browser;
    private Path profile;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Debian chromium + chromium-driver: the browser test is skipped");
        store = Store.open(Seed.database());
        server = StandpointServer.create().store(store).port(0)
                .examples(SavedQuery.bundled()).build().start();
        profile = Files.createTempDirectory("standpoint-chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(2400, 1350));
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop();
        if (store != null) store.close();
        if (profile != null) deleteTree(profile);
    }

    @Test
    void savedQueryInTheUiLeadsToTheActorPageWithTheQuoteHighlighted() throws IOException {
        try {
            userPath();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure.png");
            throw e;
        }
    }

    @Test
    void aJournalistSearchesOpensAnOrganisationAndReadsAnArticleWithoutSparql() throws IOException {
        try {
            journalistPath();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure-journalist.png");
            throw e;
        }
    }

    private void journalistPath() throws IOException {
        String root = "http://localhost:" + server.port();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(root + "/browse");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        WebElement box = wait.until(d -> visible(d, By.cssSelector("main form.search input[name=q]")));
        box.sendKeys("metropolitan");
        box.submit();
        By hit = By.cssSelector("ul.found li a");
        WebElement met = wait.until(d -> visible(d, hit));
        assertEquals("Metropolitan Police", met.getText());
        screenshot("browse-search.png");
        met.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/id/org/metropolitan-police"));
        List<String> members = new ArrayList<>();
        for (WebElement row : browser.findElements(By.xpath("//h2[.='Members']/following-sibling::table[1]//tr[td]")))
            members.add(row.findElements(By.tagName("td")).get(0).getText() + "|" + row.findElements(By.tagName("td")).get(1).getText());
        assertTrue(members.contains("Cressida Dick|commissioner"), members::toString);
        screenshot("organisation-page.png");
        browser.findElement(By.xpath("//h2[.='Articles']/following-sibling::ul[1]//a")).click();
        wait.until(d -> d.getCurrentUrl().contains("/id/article/"));
        List<String> said = new ArrayList<>();
        for (WebElement w : browser.findElements(By.cssSelector("ol li .said"))) said.add(w.getText());
        assertTrue(said.stream().anyMatch(w -> w.contains(Seed.HARRIS_QUOTE)), said::toString);
        ((ChromeDriver) browser).executeScript("document.querySelector('h2:last-of-type').scrollIntoView()");
        screenshot("article-statements.png");
    }

    private void userPath() throws IOException {
        String root = "http://localhost:" + server.port();
        browser.get(root + "/#/dataset/standpoint/query");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);

        // The saved query is one of the editor's example buttons; clicking it fills the editor.
        // The editor is created a moment after the page, and a click before that is lost: click until it shows.
        By example = By.xpath("//span[contains(@class,'badge')][normalize-space()='" + EXAMPLE + "']");
        wait.until(d -> {
            if (d.findElement(By.id("yasqe")).getText().contains("# title: " + EXAMPLE)) return true;
            WebElement button = visible(d, example);
            if (button != null) button.click();
            return false;
        });
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(d -> d.findElement(By.id("yasr")).getText().contains("Lord Harris"));
        // The result links to Harris's IRI point at his page on this server (links.js), not at the public base.
        By harrisLink = By.cssSelector("#yasr a[href$='/id/person/lord-harris']");
        WebElement harris = wait.until(d -> d.findElements(harrisLink).stream().findFirst().orElse(null));
        assertTrue(harris.getAttribute("href").startsWith(root + "/id/"), harris.getAttribute("href"));
        // For the README: the bar, the examples, the query and its results in one picture (the window is tall enough).
        ((ChromeDriver) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("ui-query-result.png");

        String ui = browser.getWindowHandle();
        // A truncated cell takes the first click to expand itself (the UI's "Ellipse" mode) and redraws, so the
        // link is looked up afresh each time; the next click follows it, into a new tab as every result link does.
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            if (d.getWindowHandles().size() > 1) return true;
            d.findElements(harrisLink).stream().findFirst().ifPresent(this::clickWhereVisible);
            return false;
        });
        for (String handle : browser.getWindowHandles()) if (!handle.equals(ui)) browser.switchTo().window(handle);
        wait.until(d -> d.getCurrentUrl().endsWith("/id/person/lord-harris"));
        WebElement h1 = wait.until(d -> visible(d, By.tagName("h1")));
        assertTrue(h1.getText().contains("Harris"), h1.getText());
        List<String> marks = new ArrayList<>();
        for (WebElement m : browser.findElements(By.tagName("mark"))) marks.add(m.getText());
        assertTrue(marks.stream().anyMatch(m -> m.contains(Seed.HARRIS_QUOTE)), marks::toString);
        browser.manage().window().setSize(new Dimension(1280, 900));
        screenshot("actor-page.png");
    }

    /**
     * Clicks the link at a point where it is what the user sees: inside a results cell a long IRI overflows its box,
     * so the centre a plain WebDriver click aims at may be the cell's own text beside it.
     */
    private void clickWhereVisible(WebElement link) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((ChromeDriver) browser).executeScript(
                "var a = arguments[0]; a.scrollIntoView({block: 'center'});"
                + "for (var r of a.getClientRects()) for (var x = r.left + 2; x < r.right; x += 4) {"
                + "  var y = r.top + r.height / 2; if (document.elementFromPoint(x, y) === a) return [x, y]; }"
                + "return null;", link);
        if (point == null) return;   // not laid out yet: the caller's wait tries again
        new Actions(browser).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
    }

    private static WebElement visible(WebDriver d, By by) {
        return d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("standpoint.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path dir) {
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

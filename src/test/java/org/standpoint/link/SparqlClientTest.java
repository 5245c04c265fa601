package org.standpoint.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Timeouts, rate limit and IRIs: the parts of linking that need no fixture data. */
class SparqlClientTest {
    /** A port that accepts connections (the OS backlog does) but never answers: the request must time out. */
    @Test
    void silentServerTimesOutCleanly() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            String url = "http://localhost:" + silent.getLocalPort() + "/sparql";
            SparqlClient client = new SparqlClient(EndpointSettings.of(url).withTimeout(Duration.ofMillis(300))
                    .withRetries(1, Duration.ofMillis(10)));
            long start = System.nanoTime();
            EndpointException e = assertThrows(EndpointException.class, () -> client.select("ASK {}"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("cannot reach " + url + ": timed out after 300 ms (2 attempts)", e.getMessage());
            assertEquals(2, client.requests());
            assertTrue(millis < 5_000, "took " + millis + " ms");
        }
    }

    @Test
    void rateLimiterSpacesRequests() throws Exception {
        RateLimiter limiter = new RateLimiter(20);
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) limiter.acquire();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 190, "5 requests at 20/s need 200 ms, took " + millis);
    }

    @Test
    void dbpediaIrisFollowWikipediaTitles() {
        assertEquals("http://dbpedia.org/resource/Toby_Harris,_Baron_Harris_of_Haringey",
                DbpediaIri.of("Toby Harris, Baron Harris of Haringey"));
        assertEquals("http://dbpedia.org/resource/Stephen_House_(police_officer)", DbpediaIri.of("Stephen House (police officer)"));
        assertEquals("http://dbpedia.org/resource/Frances_O’Grady", DbpediaIri.of("Frances O’Grady"));
        assertEquals("http://dbpedia.org/resource/What%3F_%22Quotes%22", DbpediaIri.of("What? \"Quotes\""));
    }

    @Test
    void datesOfMixedPrecision() {
        assertEquals("2016", Dates.iso("2016-01-01T00:00:00Z"));
        assertEquals("2016-02-01", Dates.iso("2016-02-01T00:00:00Z"));
        assertTrue(Dates.within("2018-05-10", "2016-02-01", "2019"));
        assertTrue(Dates.within("2019-06", "2016-02-01", "2019"), "year precision end covers the whole year");
        assertTrue(!Dates.within("2018-05-10", "1970", "1975"));
        assertTrue(Dates.within("2018-05", null, null));
    }
}

package org.standpoint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "2018-05-14 | 2018-05-14",
        "2018-5-4 | 2018-05-04",
        "2018/05/14 | 2018-05-14",
        "2018-05-14T10:00:00Z | 2018-05-14",
        "2018-05-14T23:30:00-05:00 | 2018-05-14",
        "2018-05-14 10:00 | 2018-05-14",
        "14 May 2018 | 2018-05-14",
        "14th May, 2018 | 2018-05-14",
        "Monday 14 May 2018 10:04 BST | 2018-05-14",
        "Mon, 14 May 2018 10:00:00 GMT | 2018-05-14",
        "May 14, 2018 | 2018-05-14",
        "Sept. 3, 2018 | 2018-09-03",
        "september 3 2018 | 2018-09-03",
        "May 2018 | 2018-05",
        "2018-05 | 2018-05",
        "2018 | 2018",
        "unknown | NULL",
        "05/06/2018 | NULL",
        "2018-02-30 | NULL",
        "2018-13 | NULL",
        "31 February 2018 | NULL",
        "'' | NULL",
    })
    void normalisesCommonForms(String raw, String iso) {
        assertEquals(iso, Dates.normalise(raw));
    }
}

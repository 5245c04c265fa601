package org.standpoint.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates to ISO form at the precision written ({@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy}).
 * A time part is dropped, never converted to another zone: the date is the one the publisher printed.
 * Numeric day/month orders other than year-first (05/06/2018) are ambiguous between UK and US use and give null.
 */
final class Dates {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";

    private static final Pattern ISO_DAY = Pattern.compile("^" + YEAR + "[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T\\s])");
    private static final Pattern ISO_MONTH = Pattern.compile("^" + YEAR + "-(\\d{1,2})$");
    private static final Pattern ISO_YEAR = Pattern.compile("^" + YEAR + "$");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<![\\d\\p{L}])" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?!\\d)",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(?<!\\p{L})" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR =
            Pattern.compile("^" + MONTH + ",?\\s+" + YEAR + "$", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The ISO date, or null when absent, unparseable ("unknown") or impossible (31 February). */
    static String normalise(String raw) {
        String s = Texts.blankToNull(raw);
        if (s == null) {
            return null;
        }
        Matcher m;
        if ((m = ISO_DAY.matcher(s)).find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if ((m = ISO_MONTH.matcher(s)).find()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? m.group(1) + "-" + two(month) : null;
        }
        if ((m = ISO_YEAR.matcher(s)).find()) {
            return m.group(1);
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).find()) {
            return day(m.group(3), month(m.group(2)), m.group(1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).find()) {
            return day(m.group(3), month(m.group(1)), m.group(2));
        }
        if ((m = MONTH_YEAR.matcher(s)).find()) {
            return m.group(2) + "-" + two(Integer.parseInt(month(m.group(1))));
        }
        return null;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static String day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}

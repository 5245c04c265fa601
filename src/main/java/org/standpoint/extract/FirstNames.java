package org.standpoint.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of English first names, from the list CoreNLP's coreference ships in its models jar
 * (about 14,600 names), so "She said" can be matched to "Theresa May" before any pronoun has pointed at her.
 */
final class FirstNames {
    private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static volatile Map<String, Integer> genders;

    private FirstNames() {
    }

    /** +1 for a masculine first name, -1 for a feminine one, 0 when unknown. */
    static int gender(String fullName) {
        String first = fullName.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return map().getOrDefault(first, 0);
    }

    private static Map<String, Integer> map() {
        Map<String, Integer> m = genders;
        if (m != null) return m;
        synchronized (FirstNames.class) {
            if (genders == null) {
                Map<String, Integer> read = new HashMap<>();
                try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
                    if (in != null) {
                        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                        for (String line; (line = r.readLine()) != null; ) {
                            String[] f = line.split("\\s+");
                            if (f.length < 2) continue;
                            read.put(f[0].toLowerCase(Locale.ROOT), f[1].equals("MALE") ? 1 : f[1].equals("FEMALE") ? -1 : 0);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + RESOURCE, e);
                }
                genders = read;
            }
            return genders;
        }
    }
}

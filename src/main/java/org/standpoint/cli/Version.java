package org.standpoint.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The software version, filtered into {@code standpoint.properties} by the build. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/standpoint.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[]{"standpoint " + current()};
    }
}

package org.standpoint.serve;

import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.security.UserStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Jetty-style password file ({@code user: password[, role…]}, passwords plain or {@code MD5:}/{@code
 * OBF:}/{@code CRYPT:}) once. Fuseki's own {@code passwordFile} watches the file with a scanner thread that
 * outlives the server; the users of a running server do not change behind its back here.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    static UserStore read(Path file) {
        UserStore users = new UserStore();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                int colon = l.indexOf(':');
                if (l.isEmpty() || l.startsWith("#") || colon <= 0) continue;
                String user = l.substring(0, colon).strip();
                String rest = l.substring(colon + 1).strip();
                int comma = rest.indexOf(',');
                String password = (comma < 0 ? rest : rest.substring(0, comma)).strip();
                JettySecurityLib.addUser(users, user, password);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + file, e);
        }
        return users;
    }
}

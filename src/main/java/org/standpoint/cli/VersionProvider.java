package org.standpoint.cli;

import org.standpoint.pipeline.Version;
import picocli.CommandLine;

/** {@code standpoint --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"standpoint " + Version.current()};
    }
}

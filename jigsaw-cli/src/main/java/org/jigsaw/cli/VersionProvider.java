package org.jigsaw.cli;

import picocli.CommandLine;

/** Reads the version Maven stamped into the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"jigsaw " + (v == null ? "development build" : v)};
    }
}

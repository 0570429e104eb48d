package org.jigsaw.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Spark and Scala versions the job jar was compiled and shaded against (written by the build
 * into {@code built-for.properties}). Spark keeps binary compatibility within a feature release
 * (4.2.x), not across them: that is what a cluster's Spark must match.
 */
public record BuiltFor(String sparkVersion, String scalaBinaryVersion) {

    public static BuiltFor load() {
        try (InputStream in = BuiltFor.class.getResourceAsStream("built-for.properties")) {
            if (in == null) throw new IllegalStateException("built-for.properties missing from the job's classes: rebuild jigsaw-spark");
            Properties p = new Properties();
            p.load(in);
            return new BuiltFor(p.getProperty("spark.version"), p.getProperty("scala.binary.version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code version} is the same feature release ({@code major.minor}) as the one built for. */
    public boolean sameFeatureRelease(String version) {
        return featureRelease(version).equals(featureRelease(sparkVersion));
    }

    /** {@code 4.2.0} → {@code 4.2}; {@code 4.2.0-SNAPSHOT} → {@code 4.2}. */
    static String featureRelease(String version) {
        String[] parts = version.trim().split("[.-]");
        return parts.length < 2 ? version.trim() : parts[0] + "." + parts[1];
    }
}

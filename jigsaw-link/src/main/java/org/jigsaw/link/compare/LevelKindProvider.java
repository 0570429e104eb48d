package org.jigsaw.link.compare;

import java.util.Map;

/**
 * Level kinds a module adds from above ({@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/org.jigsaw.link.compare.LevelKindProvider}). They join
 * {@link LevelKinds#installed()} on every JVM that has the module, Spark executors included. A
 * kind's name may not clash with a built-in or another provider's.
 */
public interface LevelKindProvider {

    /** Kind name as written in {@code linkage.yaml} → its factory. */
    Map<String, LevelKinds.Factory> levelKinds();
}

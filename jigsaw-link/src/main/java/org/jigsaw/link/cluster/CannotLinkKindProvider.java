package org.jigsaw.link.cluster;

import java.util.Map;

/**
 * Cannot-link rule kinds a module adds from above ({@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/org.jigsaw.link.cluster.CannotLinkKindProvider}).
 */
public interface CannotLinkKindProvider {

    /** Kind name as written under {@code clustering.cannot_link} → the kind. */
    Map<String, CannotLinkKinds.Kind> cannotLinkKinds();
}

package org.jigsaw.link.plugin;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/** The kinds a registry ships with: its built-in ones plus every provider's on the class path. */
public final class Providers {

    private Providers() {
    }

    /**
     * {@code builtIn} with the entries of every {@code provider} {@link ServiceLoader} finds; a name
     * registered twice is an error, so no provider can silently replace a kind.
     *
     * @param what the registry's name in the error ("level kind")
     */
    public static <P, V> Map<String, V> merge(Map<String, V> builtIn, Class<P> provider, Function<P, Map<String, V>> entries, String what) {
        Map<String, V> all = new HashMap<>(builtIn);
        for (P p : ServiceLoader.load(provider, provider.getClassLoader())) {
            entries.apply(p).forEach((name, value) -> {
                if (all.putIfAbsent(name, value) != null) {
                    throw new IllegalStateException(what + " '" + name + "' is registered twice (" + p.getClass().getName() + ")");
                }
            });
        }
        return all;
    }
}

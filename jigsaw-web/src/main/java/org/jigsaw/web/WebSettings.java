package org.jigsaw.web;

import java.nio.file.Path;

/**
 * How the dashboard is served.
 *
 * @param area          the area folder (snapshots/, users.yaml, agreements/, review/, audit/)
 * @param bind          address to listen on; 127.0.0.1 unless put behind a TLS proxy
 * @param port          0 picks a free port (tests)
 * @param serviceName   shown in the header
 */
public record WebSettings(Path area, String bind, int port, String serviceName) {

    public static WebSettings of(Path area, String bind, int port) {
        return new WebSettings(area, bind, port, "Jigsaw SEND dashboard");
    }
}

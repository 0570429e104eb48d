package org.jigsaw.web.auth;

import org.jigsaw.govern.Role;

/** A signed-in user as the dashboard knows them; never carries a password or a token. */
public record Principal(String username, String displayName, Role role) {
}
